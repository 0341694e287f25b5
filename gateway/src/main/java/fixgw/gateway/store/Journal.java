package fixgw.gateway.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * An append-only log of records in numbered segment files ({@code name-0000000000000000001.journal}, ...). Each
 * record is framed as {@code [int length][int crc32c][payload]} and written with one {@code write} call, so after
 * a kill the file holds whole records followed at most by one torn one, which {@link #replay} recognises and cuts
 * off. How appends reach the disk is the journal's {@link Sync}; a segment that is synced is filled with zeros
 * before it is used (see {@link #fillWithZeros}), and the zeros after its last record read as its end.
 *
 * <p>This is the fast half of a {@link JournaledMap}: appending is a system call, where a MapDB commit creates,
 * syncs and deletes a log file. MapDB then takes the journal's contents in periodic checkpoints, after which whole
 * segments are deleted.
 *
 * <p>Thread-safe: appends may come from a {@link GroupSync} thread while the owner rotates; {@link #sync()} takes
 * no lock.
 */
final class Journal implements Syncable, AutoCloseable {

    /** When appended records are forced to the disk. */
    enum Sync {
        /** Never: the operating system writes them when it likes (a kill of the process loses nothing). */
        NONE,
        /** Each append, before it returns. */
        EACH_APPEND,
        /** When {@link #sync()} is called (a {@link GroupSync}), and for each segment before it is closed. */
        ON_REQUEST
    }

    private static final int HEADER_BYTES = JournalBatch.HEADER_BYTES;
    private static final int MAX_RECORD_BYTES = 64 * 1024 * 1024;
    /** Bounds of a syncing segment's preallocation, which follows what the segment before it took. */
    static final long MIN_PREALLOCATION = 1 << 20;
    static final long MAX_PREALLOCATION = 64L << 20;

    private final Path directory;
    private final String name;
    private final Sync sync;
    private final CRC32C crc = new CRC32C();
    private final ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.BIG_ENDIAN);
    /** Volatile for {@link #sync()} from another thread; written by the owner. */
    private volatile FileChannel channel;
    private long segment;
    /** Whether a record went into the current segment: a rotation of an empty one would only make files. */
    private boolean appendedToSegment;
    /** Bytes written into the current segment. */
    private long written;
    /** What the next syncing segment is filled with zeros to, before it is used. */
    private long preallocation = MIN_PREALLOCATION;
    /** No segment numbered below this is left: {@link #deleteBefore} lists the directory only to delete some. */
    private long oldestPresent;
    /** Held through a rotation, so that two never interleave. */
    private final Object rotating = new Object();

    /** Opens a new segment after the highest one present in {@code directory}; replay the older ones first. */
    Journal(Path directory, String name, Sync sync) {
        this.directory = directory;
        this.name = name;
        this.sync = sync;
        List<Long> existing = segments(directory, name);
        this.segment = existing.isEmpty() ? 0 : existing.get(existing.size() - 1);
        this.oldestPresent = existing.isEmpty() ? 0 : existing.get(0);
        rotate();
    }

    /** Appends one record; when this returns it survives a kill of the process (and a power cut if syncing). */
    synchronized void append(ByteBuffer payload) {
        header.clear();
        frame(payload, header);
        write(new ByteBuffer[] {header, payload});
    }

    /**
     * Appends the records of {@code batch} in order, with one {@code write} for all of them; when this returns they
     * survive a kill of the process (and a power cut if syncing). A kill during the write leaves a prefix of them and
     * at most one torn. The batch is left as it was, checksums filled in: {@linkplain JournalBatch#clear clear} it.
     */
    synchronized void append(JournalBatch batch) {
        if (!batch.isEmpty()) {
            write(new ByteBuffer[] {batch.framed(crc)});
        }
    }

    /** Writes {@code payload}'s frame header into {@code into}, ready to be written. */
    private ByteBuffer frame(ByteBuffer payload, ByteBuffer into) {
        if (!payload.hasRemaining()) {
            throw new IllegalArgumentException("an empty record would read as the end of the segment");
        }
        crc.reset();
        crc.update(payload.duplicate());
        return into.putInt(payload.remaining()).putInt((int) crc.getValue()).flip();
    }

    private void write(ByteBuffer[] frames) {
        try {
            appendedToSegment = true;
            ByteBuffer last = frames[frames.length - 1];
            while (last.hasRemaining()) {
                written += channel.write(frames);
            }
            if (sync == Sync.EACH_APPEND) {
                channel.force(false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to journal " + file(segment), e);
        }
    }

    /**
     * At {@link Sync#ON_REQUEST}, forces every record appended before this call to the disk (otherwise there is
     * nothing to do). Safe from any thread, also while the owner appends or rotates (a segment rotated away was
     * forced before it was closed).
     */
    @Override
    public void sync() throws IOException {
        if (sync != Sync.ON_REQUEST) {
            return; // synced with each append, or never
        }
        FileChannel current = channel;
        if (current == null) {
            return;
        }
        try {
            current.force(false);
        } catch (ClosedChannelException e) {
            // rotated or closed meanwhile: closing forced it first
        }
    }

    /**
     * Starts the next segment, unless nothing was appended to the current one; appends after this go to the
     * segment whose number it returns. The new file is created (and at a syncing level its directory entry synced)
     * before appends are held, so they wait only for the switch.
     */
    long rotate() {
        synchronized (rotating) {
            long next;
            synchronized (this) {
                if (channel != null && !appendedToSegment) {
                    return segment;
                }
                next = segment + 1;
                preallocation = Math.min(MAX_PREALLOCATION, Math.max(MIN_PREALLOCATION, 2 * written));
            }
            FileChannel created = create(next);
            synchronized (this) {
                closeChannel();
                channel = created;
                segment = next;
                appendedToSegment = false;
                written = 0;
            }
            return next;
        }
    }

    private FileChannel create(long number) {
        try {
            FileChannel created = FileChannel.open(file(number), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            if (sync != Sync.NONE) {
                fillWithZeros(created, preallocation);
                syncDirectory();
            }
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create journal segment " + file(number), e);
        }
    }

    /**
     * Writes at least {@code bytes} zeros from the start of {@code channel}, forces them, and rewinds it: what a new
     * syncing segment is filled with before it is used. A sync of records written over blocks the file already has
     * only flushes them, where one that grows the file also commits the file system's journal, which waits for every
     * other file's sync in flight (here about twice as long, 0.4 against 0.2 ms, while MapDB's checkpoints sync beside
     * it). {@link #replay} reads zeros as the end of the records.
     */
    static void fillWithZeros(FileChannel channel, long bytes) throws IOException {
        ByteBuffer zeros = ByteBuffer.allocate(64 * 1024);
        for (long position = 0; position < bytes; position += zeros.capacity()) {
            zeros.clear();
            while (zeros.hasRemaining()) {
                channel.write(zeros, position + zeros.position());
            }
        }
        channel.force(false);
        channel.position(0);
    }

    /** Deletes every segment numbered below {@code firstKept}: their records are checkpointed elsewhere. */
    synchronized void deleteBefore(long firstKept) {
        if (firstKept <= oldestPresent) {
            return; // every tenant reports after each checkpoint: most calls have nothing to delete
        }
        for (long old : segments(directory, name)) {
            if (old < firstKept) {
                try {
                    Files.deleteIfExists(file(old));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot delete journal segment " + file(old), e);
                }
            }
        }
        oldestPresent = firstKept; // only now: a segment that could not be deleted is tried again next time
    }

    synchronized long segment() {
        return segment;
    }

    @Override
    public synchronized void close() {
        closeChannel();
    }

    /**
     * Reads every record of the segments numbered from {@code firstSegment} on, oldest first. A torn record at the
     * end of the newest segment (a write cut short by a kill) is cut off the file; damage anywhere else means the
     * journal cannot be trusted.
     *
     * @throws UnreadableStoreException if a record other than the last one is damaged
     */
    static void replay(Path directory, String name, long firstSegment, Consumer<ByteBuffer> records) {
        replay(directory, name, firstSegment, (segment, record) -> records.accept(record));
    }

    /** As {@link #replay(Path, String, long, Consumer)}, telling each record's segment number. */
    static void replay(Path directory, String name, long firstSegment, SegmentRecords records) {
        List<Long> segments = segments(directory, name);
        for (int i = 0; i < segments.size(); i++) {
            long number = segments.get(i);
            if (number >= firstSegment) {
                replaySegment(directory.resolve(fileName(name, number)), i == segments.size() - 1,
                        record -> records.accept(number, record));
            }
        }
    }

    /** Takes the records of a replay with the number of the segment each was in. */
    interface SegmentRecords {
        void accept(long segment, ByteBuffer record);
    }

    private static void replaySegment(Path file, boolean newest, Consumer<ByteBuffer> records) {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer bytes = ByteBuffer.allocate(Math.toIntExact(in.size()));
            while (bytes.hasRemaining() && in.read(bytes) >= 0) {
                // read the whole segment: segments are cut at every checkpoint, so they stay small
            }
            bytes.flip();
            CRC32C crc = new CRC32C();
            while (bytes.hasRemaining()) {
                int start = bytes.position();
                if (zerosFollow(bytes)) {
                    return; // the unused rest of a preallocated segment
                }
                ByteBuffer payload = nextRecord(bytes, crc);
                if (payload == null) {
                    if (!newest) {
                        throw new UnreadableStoreException(file, new IOException("damaged record at " + start));
                    }
                    in.truncate(start); // the torn tail of a write that never completed: it was never acknowledged
                    return;
                }
                records.accept(payload);
            }
        } catch (IOException e) {
            throw new UnreadableStoreException(file, e);
        }
    }

    /**
     * Whether what follows the position is zeros to the end; reads on only when a header's worth of them comes
     * first (a record's header is never zero: its length is positive), so the whole tail is read at most once.
     */
    private static boolean zerosFollow(ByteBuffer bytes) {
        int header = Math.min(HEADER_BYTES, bytes.remaining());
        for (int i = 0; i < header; i++) {
            if (bytes.get(bytes.position() + i) != 0) {
                return false;
            }
        }
        for (int i = bytes.position() + header; i < bytes.limit(); i++) {
            if (bytes.get(i) != 0) {
                return false; // not a preallocated tail: nextRecord finds it damaged
            }
        }
        return true;
    }

    /** The next whole, intact record's payload, or null if what follows is torn or damaged. */
    private static ByteBuffer nextRecord(ByteBuffer bytes, CRC32C crc) {
        if (bytes.remaining() < HEADER_BYTES) {
            return null;
        }
        int length = bytes.getInt();
        int expected = bytes.getInt();
        if (length <= 0 || length > MAX_RECORD_BYTES || length > bytes.remaining()) {
            return null;
        }
        ByteBuffer payload = bytes.slice(bytes.position(), length);
        crc.reset();
        crc.update(payload.duplicate());
        if ((int) crc.getValue() != expected) {
            return null;
        }
        bytes.position(bytes.position() + length);
        return payload;
    }

    private static List<Long> segments(Path directory, String name) {
        String prefix = name + "-";
        List<Long> numbers = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.map(path -> path.getFileName().toString())
                    .filter(file -> file.startsWith(prefix) && file.endsWith(".journal"))
                    .map(file -> file.substring(prefix.length(), file.length() - ".journal".length()))
                    .mapToLong(Journal::segmentNumber)
                    .filter(number -> number >= 0)
                    .forEach(numbers::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list journal directory " + directory, e);
        }
        numbers.sort(null);
        return numbers;
    }

    /** The number in a segment file's name, or -1 if the file is not one of ours. */
    private static long segmentNumber(String digits) {
        if (digits.length() != 19 || !digits.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private Path file(long number) {
        return directory.resolve(fileName(name, number));
    }

    private static String fileName(String name, long number) {
        return String.format("%s-%019d.journal", name, number);
    }

    /** Makes a new segment's directory entry durable, so a power cut cannot lose the file itself. */
    private void syncDirectory() throws IOException {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        }
    }

    private void closeChannel() {
        if (channel != null) {
            try {
                if (sync == Sync.ON_REQUEST) {
                    channel.force(false); // a group sync after this finds the new segment, not this one
                }
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close journal segment " + file(segment), e);
            }
            channel = null;
        }
    }
}
