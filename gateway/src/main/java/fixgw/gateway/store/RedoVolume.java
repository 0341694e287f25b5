package fixgw.gateway.store;

import org.mapdb.DataInput2;
import org.mapdb.volume.Volume;
import org.mapdb.volume.VolumeFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The volume of a MapDB file that makes each MapDB commit all or nothing on the main file.
 *
 * <p>Why: MapDB 3.1.0's {@code StoreWAL.commit()} writes its write-ahead log, then copies the changes into the main
 * file in place and deletes the log, but it never replays a log on open ({@code WriteAheadLog.open} has no caller,
 * and index values are not even logged). A kill while the changes are being copied leaves the main file half
 * updated: the next open fails, or reads garbage. Here the main file's writes are held in memory until MapDB
 * calls {@link #sync()} at the end of its commit; then they are written as one checksummed redo record over the
 * start of {@code <file>.redo} and copied into the main file. {@link #recover(Path, boolean)}, called before the
 * file is opened, completes a copy a kill interrupted (a complete redo record) or drops one that never reached the
 * main file (a torn record). The redo file stays open and is written over from commit to commit, and deleted on
 * close: creating, syncing and deleting a file per commit cost metadata syncs on the disk the journal syncs on. A
 * record left behind after its copy completed is the newest write of every byte it holds (the next commit writes
 * over the record before it touches the main file), so recovery copying it again changes nothing.
 *
 * <p>At {@code disk} durability the main file is synced with one {@code fdatasync} of the file, not with MapDB's
 * {@code MappedFileVol.sync()}: on Linux both write the same pages (an {@code msync} is an {@code fsync} of a range of
 * the file), but MapDB makes one {@code msync} per megabyte slice of its mapping, and on ext4 each asks the disk to
 * flush its cache, dirty or not. With 260 MB of orders that was some 260 flushes per sync, 650 a second at 1,000
 * orders a second, and the journal's syncs queued behind them (strace -T, 2026-12-07; one fdatasync instead: the
 * unpaced rate at {@code disk} 9% higher, its ack p50 6% lower, side by side).
 *
 * <p>StoreWAL writes the main file only inside {@code commit()} (and when it creates the file), with every lock
 * held, and reads it through a read-only view; reads still see held writes, should one come between.
 *
 * <p>Thread-safety: synchronized; StoreWAL serializes its commits anyway.
 */
final class RedoVolume extends DelegatingVolume {

    private static final String SUFFIX = ".redo";

    private final Path mainFile;
    private final Path redoFile;
    private final boolean syncToDisk;
    private final RedoRecord pending = new RedoRecord();
    /** Opened at the first commit that writes, kept until close. */
    private FileChannel redo;
    /** The main file, to sync it at {@code disk} durability; opened at the first sync. */
    private FileChannel main;

    private RedoVolume(Volume delegate, Path mainFile, boolean syncToDisk) {
        super(delegate);
        this.mainFile = mainFile;
        this.redoFile = redoFileOf(mainFile);
        this.syncToDisk = syncToDisk;
    }

    /**
     * Volumes for a MapDB store: {@code mainFile} gets a redo volume over {@code mainBase}'s, every other file
     * (the write-ahead log) {@code otherBase}'s own.
     *
     * @param syncToDisk whether the redo record and the main file are synced to disk (DISK durability)
     */
    static VolumeFactory factory(VolumeFactory mainBase, VolumeFactory otherBase, Path mainFile,
                                 boolean syncToDisk) {
        String main = mainFile.toString();
        return new VolumeFactory() {
            @Override
            public Volume makeVolume(String file, boolean readOnly, long fileLockWait, int sliceShift,
                                     long initSize, boolean fixedSize) {
                if (!main.equals(file)) {
                    return otherBase.makeVolume(file, readOnly, fileLockWait, sliceShift, initSize, fixedSize);
                }
                return new RedoVolume(mainBase.makeVolume(file, readOnly, fileLockWait, sliceShift, initSize,
                        fixedSize), mainFile, syncToDisk);
            }

            @Override
            public boolean exists(String file) {
                return main.equals(file) ? mainBase.exists(file) : otherBase.exists(file);
            }

            @Override
            public boolean handlesReadonly() {
                return mainBase.handlesReadonly() && otherBase.handlesReadonly();
            }
        };
    }

    /**
     * Finishes or drops the commit a kill interrupted: a complete redo record is copied into {@code mainFile}
     * (again, if it was already: the same bytes), a torn one is dropped (the main file was not touched yet).
     */
    static void recover(Path mainFile, boolean syncToDisk) throws IOException {
        Path redo = redoFileOf(mainFile);
        if (!Files.exists(redo)) {
            return;
        }
        List<RedoRecord.Write> writes = RedoRecord.decode(ByteBuffer.wrap(Files.readAllBytes(redo)));
        if (writes != null && Files.exists(mainFile)) {
            try (FileChannel channel = FileChannel.open(mainFile, StandardOpenOption.WRITE)) {
                for (RedoRecord.Write write : writes) {
                    writeFully(channel, write.offset(), ByteBuffer.wrap(write.bytes()));
                }
                if (syncToDisk) {
                    channel.force(true);
                }
            }
        }
        Files.delete(redo);
    }

    static Path redoFileOf(Path mainFile) {
        return mainFile.resolveSibling(mainFile.getFileName() + SUFFIX);
    }

    /** Ends MapDB's commit: the held writes reach the main file as one unit. */
    @Override
    public synchronized void sync() {
        try {
            if (!pending.isEmpty()) {
                if (redo == null) {
                    redo = FileChannel.open(redoFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                            StandardOpenOption.TRUNCATE_EXISTING);
                }
                writeFully(redo, 0, pending.finished());
                if (syncToDisk) {
                    redo.force(false);
                }
                pending.applyTo(delegate);
                pending.clear();
            }
            if (syncToDisk) {
                syncMainFile();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + redoFile + " or sync " + mainFile, e);
        }
    }

    private void syncMainFile() throws IOException {
        if (main == null) {
            main = FileChannel.open(mainFile, StandardOpenOption.WRITE);
        }
        main.force(false);
    }

    /**
     * Makes the redo file unreadable as a record: once the main file is truncated, copying its last record in again
     * would write past the new end.
     */
    private void invalidateRedo() throws IOException {
        if (redo != null) {
            writeFully(redo, 0, ByteBuffer.allocate(Integer.BYTES)); // no magic: read as torn, dropped
            if (syncToDisk) {
                redo.force(false);
            }
        }
    }

    // ---- writes are held until sync()

    @Override
    public synchronized void putLong(long offset, long value) {
        pending.addLong(offset, value);
    }

    @Override
    public synchronized void putInt(long offset, int value) {
        pending.addInt(offset, value);
    }

    @Override
    public synchronized void putByte(long offset, byte value) {
        pending.addByte(offset, value);
    }

    @Override
    public synchronized void putData(long offset, byte[] src, int srcPos, int srcSize) {
        pending.add(offset, src, srcPos, srcSize);
    }

    @Override
    public synchronized void putData(long offset, ByteBuffer buf) {
        pending.add(offset, buf);
    }

    @Override
    public synchronized void clear(long startOffset, long endOffset) {
        pending.addZeros(startOffset, Math.toIntExact(endOffset - startOffset));
    }

    // ---- reads see held writes

    @Override
    public synchronized long getLong(long offset) {
        return pending.isEmpty() ? delegate.getLong(offset) : ByteBuffer.wrap(read(offset, Long.BYTES)).getLong();
    }

    @Override
    public synchronized int getInt(long offset) {
        return pending.isEmpty() ? delegate.getInt(offset) : ByteBuffer.wrap(read(offset, Integer.BYTES)).getInt();
    }

    @Override
    public synchronized byte getByte(long offset) {
        return pending.isEmpty() ? delegate.getByte(offset) : read(offset, 1)[0];
    }

    @Override
    public synchronized DataInput2 getDataInput(long offset, int size) {
        return pending.isEmpty() ? delegate.getDataInput(offset, size)
                : new DataInput2.ByteArray(read(offset, size));
    }

    @Override
    public synchronized void getData(long offset, byte[] bytes, int bytesPos, int size) {
        if (pending.isEmpty()) {
            delegate.getData(offset, bytes, bytesPos, size);
        } else {
            System.arraycopy(read(offset, size), 0, bytes, bytesPos, size);
        }
    }

    /** The file's bytes with the held writes laid over them in the order they were made. */
    private byte[] read(long offset, int size) {
        byte[] bytes = new byte[size];
        long available = Math.min(size, Math.max(0, delegate.length() - offset));
        if (available > 0) {
            delegate.getData(offset, bytes, 0, (int) available);
        }
        pending.overlay(offset, bytes, size);
        return bytes;
    }

    // ---- the rest is the file's, but for held writes

    @Override
    public synchronized void truncate(long size) {
        pending.dropFrom(size);
        try {
            invalidateRedo();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + redoFile, e);
        }
        delegate.truncate(size);
    }

    /** Closes the file; the redo file goes too (every record in it was copied: MapDB commits before it closes). */
    @Override
    public synchronized void close() {
        pending.clear(); // never committed: MapDB drops what it did not commit
        try {
            closeChannels();
            Files.deleteIfExists(redoFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + redoFile, e);
        } finally {
            delegate.close();
        }
    }

    private void closeChannels() throws IOException {
        try (FileChannel r = redo; FileChannel m = main) {
            redo = null;
            main = null;
        }
    }

    private static void writeFully(FileChannel channel, long position, ByteBuffer bytes) throws IOException {
        long at = position;
        while (bytes.hasRemaining()) {
            at += channel.write(bytes, at);
        }
    }
}
