package fixgw.gateway.store;

import org.mapdb.DataInput2;
import org.mapdb.volume.FileChannelVol;
import org.mapdb.volume.Volume;
import org.mapdb.volume.VolumeFactory;

import java.io.File;
import java.nio.ByteBuffer;

/**
 * A MapDB file volume whose {@link #sync()} does nothing: every write still goes to the operating system through
 * a {@code FileChannel} at once, so a killed process loses nothing written, but nothing waits for the disk. That
 * is process durability without paying a disk sync per commit (MapDB syncs its write-ahead log on every commit
 * otherwise, even with {@code fileSyncDisable()}; see {@link Durability}).
 *
 * <p>Thread-safety as the wrapped {@link FileChannelVol}.
 */
final class UnsyncedVolume extends Volume {

    /** Makes unsynced file-channel volumes, for the store and its write-ahead log alike. */
    static final VolumeFactory FACTORY = new VolumeFactory() {
        @Override
        public Volume makeVolume(String file, boolean readOnly, long fileLockWait, int sliceShift, long initSize,
                                 boolean fixedSize) {
            return new UnsyncedVolume(FileChannelVol.FACTORY.makeVolume(file, readOnly, fileLockWait, sliceShift,
                    initSize, fixedSize));
        }

        @Override
        public boolean exists(String file) {
            return FileChannelVol.FACTORY.exists(file);
        }

        @Override
        public boolean handlesReadonly() {
            return FileChannelVol.FACTORY.handlesReadonly();
        }
    };

    private final Volume file;

    private UnsyncedVolume(Volume file) {
        this.file = file;
    }

    @Override
    public void sync() {
        // deliberately nothing: the writes are already with the operating system
    }

    @Override
    public void ensureAvailable(long offset) {
        file.ensureAvailable(offset);
    }

    @Override
    public void truncate(long size) {
        file.truncate(size);
    }

    @Override
    public void putLong(long offset, long value) {
        file.putLong(offset, value);
    }

    @Override
    public void putInt(long offset, int value) {
        file.putInt(offset, value);
    }

    @Override
    public void putByte(long offset, byte value) {
        file.putByte(offset, value);
    }

    @Override
    public void putData(long offset, byte[] src, int srcPos, int srcSize) {
        file.putData(offset, src, srcPos, srcSize);
    }

    @Override
    public void putData(long offset, ByteBuffer buf) {
        file.putData(offset, buf);
    }

    @Override
    public long getLong(long offset) {
        return file.getLong(offset);
    }

    @Override
    public int getInt(long offset) {
        return file.getInt(offset);
    }

    @Override
    public byte getByte(long offset) {
        return file.getByte(offset);
    }

    @Override
    public DataInput2 getDataInput(long offset, int size) {
        return file.getDataInput(offset, size);
    }

    @Override
    public void getData(long offset, byte[] bytes, int bytesPos, int size) {
        file.getData(offset, bytes, bytesPos, size);
    }

    @Override
    public void close() {
        file.close();
    }

    @Override
    public int sliceSize() {
        return file.sliceSize();
    }

    @Override
    public boolean isSliced() {
        return file.isSliced();
    }

    @Override
    public long length() {
        return file.length();
    }

    @Override
    public boolean isReadOnly() {
        return file.isReadOnly();
    }

    @Override
    public File getFile() {
        return file.getFile();
    }

    @Override
    public boolean getFileLocked() {
        return file.getFileLocked();
    }

    @Override
    public void clear(long startOffset, long endOffset) {
        file.clear(startOffset, endOffset);
    }
}
