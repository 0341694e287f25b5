package fixgw.gateway.store;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Values as a {@link JournaledMap} writes them into its MapDB file: {@code [int length][value][zeros]}, padded to
 * the next power of two (at least {@link #MIN_BYTES}).
 *
 * <p>Why: MapDB reuses freed space only for a record of the same size class (16-byte steps). Chunks of orders and
 * messages are rewritten at ever different sizes as they fill, so without padding the freed space was rarely
 * reused and the files settled at about three times their data. With a few size classes a rewrite fits the space
 * an earlier one freed; the padding costs at most as much again, and only in the file, not in the journal.
 */
final class SizeClasses {

    static final int MIN_BYTES = 64;

    private SizeClasses() {
    }

    static byte[] pad(byte[] value) {
        int size = Math.max(MIN_BYTES, Integer.highestOneBit(value.length + Integer.BYTES - 1) << 1);
        return ByteBuffer.allocate(size).putInt(value.length).put(value).array();
    }

    /** The value {@link #pad} was given, or null for null. */
    static byte[] unpad(byte[] stored) {
        if (stored == null) {
            return null;
        }
        int length = ByteBuffer.wrap(stored).getInt();
        return Arrays.copyOfRange(stored, Integer.BYTES, Integer.BYTES + length);
    }
}
