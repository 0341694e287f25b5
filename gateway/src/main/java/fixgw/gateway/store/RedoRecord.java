package fixgw.gateway.store;

import org.mapdb.volume.Volume;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The main-file writes of one MapDB commit, held in the layout of the redo record that will carry them to the
 * disk: {@code magic, count, (offset, length, bytes)..., CRC32 of all before it}. One buffer, reused from commit to
 * commit: each write was copied into an array of its own and all of them again into the record at sync, a twentieth
 * of what a checkpoint allocated (async-profiler, allocation samples).
 *
 * <p>Not thread-safe.
 */
final class RedoRecord {

    private static final int MAGIC = 0x5245444f; // "REDO"
    private static final int HEADER_BYTES = Integer.BYTES * 2;
    private static final int WRITE_HEADER_BYTES = Long.BYTES + Integer.BYTES;
    private static final int INITIAL_BYTES = 64 * 1024;
    /** A buffer grown beyond this by a large commit is dropped after it, so one commit does not hold memory. */
    private static final int RETAINED_BYTES = 16 * 1024 * 1024;

    private ByteBuffer bytes = emptyBuffer(INITIAL_BYTES);
    private long[] offsets = new long[256];
    private int[] starts = new int[256];
    private int count;

    /** Bytes to write at an offset of the main file, as {@link #decode} reads them back. */
    record Write(long offset, byte[] bytes) {
    }

    boolean isEmpty() {
        return count == 0;
    }

    void add(long offset, byte[] source, int from, int length) {
        reserve(offset, length).put(source, from, length);
    }

    void add(long offset, ByteBuffer source) {
        reserve(offset, source.remaining()).put(source);
    }

    void addLong(long offset, long value) {
        reserve(offset, Long.BYTES).putLong(value);
    }

    void addInt(long offset, int value) {
        reserve(offset, Integer.BYTES).putInt(value);
    }

    void addByte(long offset, byte value) {
        reserve(offset, 1).put(value);
    }

    void addZeros(long offset, int length) {
        ByteBuffer out = reserve(offset, length);
        Arrays.fill(out.array(), out.position(), out.position() + length, (byte) 0);
        out.position(out.position() + length);
    }

    /** Lays the held writes that overlap {@code [offset, offset + size)} over {@code into}, in the order made. */
    void overlay(long offset, byte[] into, int size) {
        byte[] array = bytes.array();
        for (int i = 0; i < count; i++) {
            long from = Math.max(offset, offsets[i]);
            long to = Math.min(offset + size, offsets[i] + length(i));
            if (from < to) {
                System.arraycopy(array, starts[i] + (int) (from - offsets[i]), into, (int) (from - offset),
                        (int) (to - from));
            }
        }
    }

    /** Drops the writes that start at or beyond {@code size} (the file is truncated there). */
    void dropFrom(long size) {
        RedoRecord kept = new RedoRecord();
        for (int i = 0; i < count; i++) {
            if (offsets[i] < size) {
                kept.add(offsets[i], bytes.array(), starts[i], length(i));
            }
        }
        bytes = kept.bytes;
        offsets = kept.offsets;
        starts = kept.starts;
        count = kept.count;
    }

    /** The finished record, ready to be written; valid until the next change. */
    ByteBuffer finished() {
        ensure(Long.BYTES);
        bytes.putInt(Integer.BYTES, count);
        CRC32 crc = new CRC32();
        crc.update(bytes.array(), 0, bytes.position());
        bytes.putLong(bytes.position(), crc.getValue());
        return bytes.duplicate().limit(bytes.position() + Long.BYTES).position(0);
    }

    /** Writes every held write into {@code volume}, in the order made. */
    void applyTo(Volume volume) {
        for (int i = 0; i < count; i++) {
            volume.putData(offsets[i], bytes.array(), starts[i], length(i));
        }
    }

    void clear() {
        if (bytes.capacity() > RETAINED_BYTES) {
            bytes = emptyBuffer(INITIAL_BYTES);
        } else {
            bytes.position(HEADER_BYTES);
        }
        count = 0;
    }

    /** The record {@code writes} would be: what a commit of them writes to the redo file. */
    static ByteBuffer encode(List<Write> writes) {
        RedoRecord record = new RedoRecord();
        for (Write write : writes) {
            record.add(write.offset(), write.bytes(), 0, write.bytes().length);
        }
        return record.finished();
    }

    /**
     * The writes of a complete record, or null for a torn or foreign one. Bytes after the record's checksum are not
     * read: the redo file is written over from its start, and a longer record before it leaves its tail there.
     */
    static List<Write> decode(ByteBuffer in) {
        try {
            if (in.getInt() != MAGIC) {
                return null;
            }
            int count = in.getInt();
            List<Write> writes = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                long offset = in.getLong();
                int length = in.getInt();
                if (length < 0 || length > in.remaining()) {
                    return null;
                }
                byte[] bytes = new byte[length];
                in.get(bytes);
                writes.add(new Write(offset, bytes));
            }
            CRC32 crc = new CRC32();
            crc.update(in.array(), 0, in.position());
            return in.getLong() == crc.getValue() ? writes : null;
        } catch (RuntimeException torn) { // BufferUnderflowException and friends: cut short by the kill
            return null;
        }
    }

    private int length(int write) {
        return bytes.getInt(starts[write] - Integer.BYTES);
    }

    /** Starts a write of {@code length} bytes at {@code offset}: the buffer to put them into, positioned. */
    private ByteBuffer reserve(long offset, int length) {
        ensure(WRITE_HEADER_BYTES + length);
        if (count == offsets.length) {
            offsets = Arrays.copyOf(offsets, count * 2);
            starts = Arrays.copyOf(starts, count * 2);
        }
        bytes.putLong(offset).putInt(length);
        offsets[count] = offset;
        starts[count] = bytes.position();
        count++;
        return bytes;
    }

    private void ensure(int more) {
        if (bytes.remaining() < more) {
            long capacity = Math.max(2L * bytes.capacity(), (long) bytes.position() + more);
            ByteBuffer larger = ByteBuffer.allocate(Math.toIntExact(capacity));
            bytes = larger.put(bytes.flip());
        }
    }

    private static ByteBuffer emptyBuffer(int capacity) {
        return ByteBuffer.allocate(capacity).putInt(MAGIC).putInt(0);
    }
}
