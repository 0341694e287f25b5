package fixgw.gateway.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Several maps committing to one journal, each a tenant of it. */
class SharedJournalTest {

    @TempDir
    Path dir;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private static SharedJournal journal(Path directory) {
        return new SharedJournal(directory, "journal", Journal.Sync.NONE);
    }

    private static JournaledMap map(Path directory, String name, SharedJournal journal) {
        return new JournaledMap(directory.resolve(name + ".db"), name, Durability.PROCESS, journal, null);
    }

    @Test
    void eachMapRecoversItsOwnCommitsFromTheOneJournal() {
        Path live = live();
        try (SharedJournal journal = journal(live);
             JournaledMap orders = map(live, "orders", journal);
             JournaledMap session = map(live, "session", journal)) {
            orders.put("key", bytes("order"));
            orders.commit();
            session.put("key", bytes("message"));
            session.commit();
            orders.put("other", bytes("order 2"));
            orders.commit();
            copyFiles(live, dir); // what a kill now would leave: the commits are in the journal only
        }

        try (SharedJournal journal = journal(dir);
             JournaledMap orders = map(dir, "orders", journal);
             JournaledMap session = map(dir, "session", journal)) {
            assertThat(text(orders.get("key"))).isEqualTo("order");
            assertThat(text(orders.get("other"))).isEqualTo("order 2");
            assertThat(text(session.get("key"))).isEqualTo("message");
            assertThat(session.get("other")).isNull();
        }
        assertThat(journalSegments(dir)).hasSize(1);
    }

    @Test
    void aFileCheckpointedWithAJournalNowGoneReplaysAllOfTheSharedOne() {
        Path live = live();
        // a map with a journal of its own, as before journals were shared, checkpointed up to its segment 4
        try (JournaledMap own = new JournaledMap(live, "orders", Durability.PROCESS)) {
            for (int i = 0; i < 3; i++) {
                own.put("old " + i, bytes("before"));
                own.commit();
                own.checkpoint();
            }
        }
        journalSegments(live).forEach(SharedJournalTest::delete); // what it left: an empty segment

        try (SharedJournal journal = journal(live);
             JournaledMap orders = map(live, "orders", journal)) {
            assertThat(journal.segment()).isLessThan(4);
            orders.put("key", bytes("after"));
            orders.commit();
            copyFiles(live, dir); // a kill before any checkpoint: the commit is in the shared journal only
        }

        try (SharedJournal journal = journal(dir);
             JournaledMap orders = map(dir, "orders", journal)) {
            assertThat(text(orders.get("key"))).isEqualTo("after");
            assertThat(text(orders.get("old 2"))).isEqualTo("before");
        }
    }

    @Test
    void keepsASegmentUntilEveryMapHasCheckpointedWhatItCommittedThere() {
        try (SharedJournal journal = journal(dir);
             JournaledMap orders = map(dir, "orders", journal);
             JournaledMap session = map(dir, "session", journal)) {
            orders.put("key", bytes("order"));
            orders.commit();
            session.put("key", bytes("message"));
            session.commit();
            Path written = journalSegments(dir).get(0);

            orders.checkpoint(journal.rotate());
            assertThat(written).exists(); // the session's commit is only there

            session.checkpoint(journal.rotate());
            assertThat(written).doesNotExist();
            assertThat(journalSegments(dir)).hasSize(1);
        }
    }

    @Test
    void aRotationOfASegmentNothingWasWrittenToMakesNoFile() {
        try (SharedJournal journal = journal(dir)) {
            long first = journal.rotate();

            assertThat(journal.rotate()).isEqualTo(first);
            assertThat(journalSegments(dir)).hasSize(1);
        }
    }

    @Test
    void aMapWhoseFileWasRemovedStartsEmptyAndDoesNotTakeTheRecordsLeftUnderItsName() throws IOException {
        killAfterCommittingKey("session", "old numbering");
        Files.delete(dir.resolve("session.db")); // the way to start a session over

        try (SharedJournal journal = journal(dir);
             JournaledMap session = map(dir, "session", journal)) {
            assertThat(session.get("key")).isNull();
        }
    }

    @Test
    void whileDeletionIsHeldTheRecordsOfAMapOpenedLaterAreKept() {
        killAfterCommittingKey("orders", "order", "session", "message");

        Path written = journalSegments(dir).get(0);
        try (SharedJournal journal = journal(dir)) {
            journal.holdDeletion();
            try (JournaledMap orders = map(dir, "orders", journal)) {
                orders.checkpoint(journal.rotate());
                assertThat(written).exists(); // a crash now must still find the session's record on disk
                try (JournaledMap session = map(dir, "session", journal)) {
                    journal.releaseUnclaimed();
                    assertThat(text(session.get("key"))).isEqualTo("message");
                    assertThat(written).doesNotExist(); // both have it in their files now
                }
            }
        }
    }

    @Test
    void releasingDropsTheRecordsNoMapClaimed() {
        killAfterCommittingKey("orders", "order", "gone", "never claimed");

        try (SharedJournal journal = journal(dir)) {
            journal.holdDeletion();
            try (JournaledMap orders = map(dir, "orders", journal)) {
                journal.releaseUnclaimed();
                assertThat(journalSegments(dir)).hasSize(1); // the one written to before the kill is gone
                assertThat(text(orders.get("key"))).isEqualTo("order");
            }
        }
    }

    /**
     * Commits "key" in each named map, all on one journal (arguments: map, value, map, value, ...), and leaves in
     * {@link #dir} what a kill right after would leave: the commits in the journal only.
     */
    private void killAfterCommittingKey(String... mapsAndValues) {
        Path live = live();
        try (SharedJournal journal = journal(live)) {
            List<JournaledMap> maps = new ArrayList<>();
            for (int i = 0; i < mapsAndValues.length; i += 2) {
                JournaledMap map = map(live, mapsAndValues[i], journal);
                maps.add(map);
                map.put("key", bytes(mapsAndValues[i + 1]));
                map.commit();
            }
            copyFiles(live, dir);
            maps.forEach(JournaledMap::close);
        }
    }

    private Path live() {
        try {
            return Files.createDirectory(dir.resolve("live"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> journalSegments(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".journal")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyFiles(Path from, Path to) {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
