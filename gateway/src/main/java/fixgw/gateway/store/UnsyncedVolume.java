package fixgw.gateway.store;

import org.mapdb.DataInput2;
import org.mapdb.volume.FileChannelVol;
import org.mapdb.volume.Volume;
import org.mapdb.volume.VolumeFactory;

import java.io.File;
import java.nio.ByteBuffer;

/**
 * A MapDB file volume whose {@link #sync()} does nothing: every write still goes to the operating system through
 * {@link FileChannelVol} when it is made, but nothing waits for the disk. MapDB's write-ahead log syncs its own
 * file on every commit whatever {@code DBMaker} is told, so a store that is durable against a process kill but
 * not against a power cut needs its volumes built here. {@code FileChannelVol} is final, hence delegation.
 *
 * <p>Thread-safety as {@link FileChannelVol}'s, which MapDB's store relies on.
 */
final class UnsyncedVolume extends Volume {

    /** Makes file channel volumes that never sync. */
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

    private final Volume delegate;

    private UnsyncedVolume(Volume delegate) {
        this.delegate = delegate;
    }

    @Override
    public void sync() {
        // deliberately nothing: the writes already reached the operating system, which is what PROCESS promises
    }

    @Override
    public void ensureAvailable(long offset) {
        delegate.ensureAvailable(offset);
    }

    @Override
    public void truncate(long size) {
        delegate.truncate(size);
    }

    @Override
    public void putLong(long offset, long value) {
        delegate.putLong(offset, value);
    }

    @Override
    public void putInt(long offset, int value) {
        delegate.putInt(offset, value);
    }

    @Override
    public void putByte(long offset, byte value) {
        delegate.putByte(offset, value);
    }

    @Override
    public void putData(long offset, byte[] src, int srcPos, int srcSize) {
        delegate.putData(offset, src, srcPos, srcSize);
    }

    @Override
    public void putData(long offset, ByteBuffer buf) {
        delegate.putData(offset, buf);
    }

    @Override
    public long getLong(long offset) {
        return delegate.getLong(offset);
    }

    @Override
    public int getInt(long offset) {
        return delegate.getInt(offset);
    }

    @Override
    public byte getByte(long offset) {
        return delegate.getByte(offset);
    }

    @Override
    public DataInput2 getDataInput(long offset, int size) {
        return delegate.getDataInput(offset, size);
    }

    @Override
    public void getData(long offset, byte[] bytes, int bytesPos, int size) {
        delegate.getData(offset, bytes, bytesPos, size);
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public boolean isClosed() {
        return delegate.isClosed();
    }

    @Override
    public int sliceSize() {
        return delegate.sliceSize();
    }

    @Override
    public boolean isSliced() {
        return delegate.isSliced();
    }

    @Override
    public long length() {
        return delegate.length();
    }

    @Override
    public boolean isReadOnly() {
        return delegate.isReadOnly();
    }

    @Override
    public File getFile() {
        return delegate.getFile();
    }

    @Override
    public boolean getFileLocked() {
        return delegate.getFileLocked();
    }

    @Override
    public void clear(long startOffset, long endOffset) {
        delegate.clear(startOffset, endOffset);
    }
}
