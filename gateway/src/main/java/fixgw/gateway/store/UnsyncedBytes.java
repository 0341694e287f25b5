package fixgw.gateway.store;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * A growable byte array to encode into, like {@link java.io.ByteArrayOutputStream} without its locks: the codecs
 * write field by field through a {@link java.io.DataOutputStream}, which calls {@code write} for every byte of an
 * int, and each of those took a lock. Not thread-safe: one encoding, on one thread.
 *
 * <p>{@link #encode} encodes into a buffer each thread reuses: a buffer per encoding, and its growth, were a sixth of
 * what the engine thread's state-store commits allocated (async-profiler, allocation samples).
 */
final class UnsyncedBytes extends OutputStream {

    /** Writes one encoding. */
    @FunctionalInterface
    interface Encoding {
        void writeTo(DataOutputStream out) throws IOException;
    }

    private static final int REUSED_BYTES = 1024;
    /** A reused buffer grown beyond this is dropped after the encoding, so one large order does not hold memory. */
    private static final int RETAINED_BYTES = 64 * 1024;
    private static final ThreadLocal<UnsyncedBytes> REUSED = ThreadLocal.withInitial(
            () -> new UnsyncedBytes(REUSED_BYTES));

    private boolean lent;
    /** Kept with the buffer: it keeps its own scratch arrays for strings and longs, reused with it. */
    private final DataOutputStream data = new DataOutputStream(this);

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

    /** What {@code encoding} writes, as an array of its own. */
    static byte[] encode(Encoding encoding) {
        UnsyncedBytes reused = REUSED.get();
        UnsyncedBytes bytes = reused.lent ? new UnsyncedBytes(REUSED_BYTES) : reused; // lent: an encoding within one
        bytes.lent = true;
        try {
            encoding.writeTo(bytes.data);
            bytes.data.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            bytes.lent = false;
            bytes.size = 0;
            if (bytes.bytes.length > RETAINED_BYTES) {
                bytes.bytes = new byte[REUSED_BYTES];
            }
        }
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
