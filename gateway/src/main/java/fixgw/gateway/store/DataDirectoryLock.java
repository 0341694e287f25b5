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

/**
 * One gateway at a time per data directory: an exclusive lock on {@value #FILE} in it, taken before any other file
 * there is read or written and held until the storage is closed. A second gateway started on the same directory
 * (a restart while the old process is still shutting down, two instances by mistake) would otherwise replay and
 * delete the first one's redo file and start journal segments the first then fails to create; it stops at once
 * instead, naming the process that holds the lock. The operating system drops the lock when its process dies, even
 * by SIGKILL, so a crash never leaves the directory locked. The file stays (removing it would let two processes
 * each lock a file of their own); it holds the holder's process id, for the message.
 */
final class DataDirectoryLock implements AutoCloseable {

    static final String FILE = "gateway.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
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
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new IllegalStateException("data directory " + directory + " is in use by another gateway ("
                        + holder(channel) + " holds " + file + "): stop that one first, or give this one a directory"
                        + " of its own");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n")
                    .getBytes(StandardCharsets.US_ASCII)), 0);
            return new DataDirectoryLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock data directory " + directory + " (" + file + ")", e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this JVM, through another channel
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
        }
    }
}
