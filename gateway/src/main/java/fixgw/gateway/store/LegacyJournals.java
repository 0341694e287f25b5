package fixgw.gateway.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Journal segments of the layout before every store shared one journal: {@code orders-*.journal} beside
 * {@code orders.db}, and a {@code <session>-*.journal} beside each session's file in {@code sessions}. A clean stop of
 * the version that wrote them leaves them empty, and they are deleted. One that holds records was left by a crash:
 * they are commits its store's file does not have yet, written in that version's record format, so start-up stops
 * rather than lose them (the version that wrote them moves them into the file when it is started and stopped).
 */
final class LegacyJournals {

    private static final Logger LOG = LoggerFactory.getLogger(LegacyJournals.class);

    /** Where the store files are: the journals this version writes are {@code journal-*.journal} in the first. */
    private final Path dataDirectory;
    private final Path sessionDirectory;
    private final String sharedJournal;

    LegacyJournals(Path dataDirectory, Path sessionDirectory, String sharedJournal) {
        this.dataDirectory = dataDirectory;
        this.sessionDirectory = sessionDirectory;
        this.sharedJournal = sharedJournal + "-";
    }

    /**
     * Deletes the empty segments of the old layout.
     *
     * @throws UnreadableStoreException naming the first segment that holds records; then nothing is deleted
     */
    void removeEmpty() {
        List<Path> segments = find();
        for (Path segment : segments) {
            if (holdsRecords(segment)) {
                throw new UnreadableStoreException(segment, "a journal of an older gateway version (from before "
                        + "journals were shared) that holds commits its store has not taken yet (left by a crash). "
                        + "Start the version that wrote it on this data directory and stop it cleanly, which moves "
                        + "them into the store, then start this version; nothing was changed");
            }
        }
        for (Path segment : segments) {
            try {
                Files.delete(segment);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete empty journal segment " + segment, e);
            }
            LOG.info("storage: deleted {}, an empty journal segment of the layout before journals were shared",
                    segment);
        }
    }

    private List<Path> find() {
        List<Path> found = new ArrayList<>();
        for (Path file : list(dataDirectory)) {
            String name = file.getFileName().toString();
            if (name.endsWith(".journal") && !name.startsWith(sharedJournal)) {
                found.add(file);
            }
        }
        for (Path file : list(sessionDirectory)) {
            if (file.getFileName().toString().endsWith(".journal")) {
                found.add(file); // the session stores keep no journal of their own now
            }
        }
        return found;
    }

    private static List<Path> list(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    /** A segment's records start at its first byte; a syncing one was filled with zeros before it was used. */
    private static boolean holdsRecords(Path segment) {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(segment)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] != 0) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            throw new UnreadableStoreException(segment, e);
        }
    }
}
