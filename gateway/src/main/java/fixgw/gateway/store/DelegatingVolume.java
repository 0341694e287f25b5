package fixgw.gateway.store;

import org.mapdb.DataInput2;
import org.mapdb.volume.Volume;

import java.io.File;
import java.nio.ByteBuffer;

/**
 * A MapDB volume that hands every call to another: the base of the volumes here that change one part of what a
 * file volume does ({@code FileChannelVol} is final, hence delegation).
 *
 * <p>Thread-safety as the delegate's.
 */
abstract class DelegatingVolume extends Volume {

    protected final Volume delegate;

    DelegatingVolume(Volume delegate) {
        this.delegate = delegate;
    }

    @Override
    public void sync() {
        delegate.sync();
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
