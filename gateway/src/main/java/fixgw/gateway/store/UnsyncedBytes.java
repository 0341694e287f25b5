package fixgw.gateway.store;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable byte array to encode into, like {@link java.io.ByteArrayOutputStream} without its locks: the codecs
 * write field by field through a {@link java.io.DataOutputStream}, which calls {@code write} for every byte of an
 * int, and each of those took a lock. Not thread-safe: one encoding, on one thread.
 */
final class UnsyncedBytes extends OutputStream {

    private byte[] bytes;
    private int size;

    UnsyncedBytes(int initialCapacity) {
        bytes = new byte[Math.max(16, initialCapacity)];
    }

    @Override
    public void write(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] source, int offset, int length) {
        ensure(length);
        System.arraycopy(source, offset, bytes, size, length);
        size += length;
    }

    /** A copy of what was written. */
    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
