package fixgw.gateway.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One gateway at a time per data directory: an exclusive lock on {@value #FILE} in it, taken before any other file
 * there is read or written and held until the storage is closed. A second gateway started on the same directory
 * (a restart while the old process is still shutting down, two instances by mistake) would otherwise replay and
 * delete the first one's redo file and start journal segments the first then fails to create; it stops at once
 * instead, naming the process that holds the lock. The operating system drops the lock when its process dies, even
 * by SIGKILL, so a crash never leaves the directory locked. The file stays (removing it would let two processes
 * each lock a file of their own); it holds the holder's process id, for the message.
 *
 * <p>Within one JVM the directories held are also kept in a set, checked before the file is opened: the lock is the
 * operating system's per process, and closing any channel to the file, such as that of a second attempt refused
 * with {@link OverlappingFileLockException}, would release it for good while Java still reports it valid.
 */
final class DataDirectoryLock implements AutoCloseable {

    static final String FILE = "gateway.lock";
    /** The directories this JVM holds, by real path. */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path directory;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(Path directory, FileChannel channel, FileLock lock) {
        this.directory = directory;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks {@code directory}, which must exist.
     *
     * @throws IllegalStateException if another process (or another storage in this one) holds it
     */
    static DataDirectoryLock acquire(Path directory) {
        Path file = directory.resolve(FILE);
        Path held = realPath(directory);
        if (!HELD.add(held)) {
            throw inUse(directory, "pid " + ProcessHandle.current().pid(), file);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw inUse(directory, holder(channel), file);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n")
                    .getBytes(StandardCharsets.US_ASCII)), 0);
            return new DataDirectoryLock(held, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            HELD.remove(held);
            throw new UncheckedIOException("cannot lock data directory " + directory + " (" + file + ")", e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            HELD.remove(held);
            throw e;
        }
    }

    private static IllegalStateException inUse(Path directory, String holder, Path file) {
        return new IllegalStateException("data directory " + directory + " is in use by another gateway (" + holder
                + " holds " + file + "): stop that one first, or give this one a directory of its own");
    }

    private static Path realPath(Path directory) {
        try {
            return directory.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock data directory " + directory, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // this JVM holds it through a channel of its own (not through this class)
        }
    }

    /** What the holder wrote into the file ("pid 1234"), or a placeholder if it cannot be read. */
    private static String holder(FileChannel channel) {
        try {
            ByteBuffer bytes = ByteBuffer.allocate(64);
            channel.read(bytes, 0);
            String text = new String(bytes.array(), 0, bytes.position(), StandardCharsets.US_ASCII).trim();
            return text.isEmpty() ? "a process" : text;
        } catch (IOException e) {
            return "a process";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the failure being reported matters more
            }
        }
    }

    /** Releases the lock; the file stays. */
    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the lock of " + FILE, e);
        } finally {
            HELD.remove(directory);
        }
    }
}
