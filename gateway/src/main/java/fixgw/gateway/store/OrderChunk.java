package fixgw.gateway.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The stored orders whose store sequence numbers share one chunk number ({@code sequence / SIZE}): for each slot
 * the order id and the order's encoded state, or nothing once the order has left the store. One value of the order
 * store's {@link JournaledMap}.
 *
 * <p>Why chunks: a checkpoint costs a MapDB put per key it moves; with a key per order (and one per ClOrdID, and
 * one for the eviction queue) the checkpoint thread cost more CPU than the engine. The journal holds each changed
 * order under a key of its own ({@link #encodeSlot}); the checkpoint folds them into their chunk
 * ({@link ChunkFold}), so a chunk reaches MapDB about once per checkpoint. Rewriting the whole chunk in the journal
 * whenever one of its orders changed cost the engine a few kilobytes of encoding and copying per commit.
 *
 * <p>Not thread-safe, and changed only through {@link #copy()}: the store changes a copy and keeps it only once its
 * commit has succeeded (a checkpoint's fold changes only chunks it decoded itself).
 */
final class OrderChunk {

    /** Orders per chunk. */
    static final int SIZE = 32;

    private final String[] orderIds;
    private final byte[][] states;

    private OrderChunk(String[] orderIds, byte[][] states) {
        this.orderIds = orderIds;
        this.states = states;
    }

    static OrderChunk empty() {
        return new OrderChunk(new String[SIZE], new byte[SIZE][]);
    }

    static long numberOf(long sequence) {
        return sequence / SIZE;
    }

    static int slotOf(long sequence) {
        return (int) (sequence % SIZE);
    }

    OrderChunk copy() {
        return new OrderChunk(orderIds.clone(), states.clone());
    }

    void set(int slot, String orderId, byte[] state) {
        orderIds[slot] = orderId;
        states[slot] = state;
    }

    void clear(int slot) {
        set(slot, null, null);
    }

    /** The order id in {@code slot}, or null if it is empty. */
    String orderId(int slot) {
        return orderIds[slot];
    }

    /** The encoded state in {@code slot}, or null if it is empty. */
    byte[] state(int slot) {
        return states[slot];
    }

    /** Whether no slot holds an order. */
    boolean isEmpty() {
        for (String orderId : orderIds) {
            if (orderId != null) {
                return false;
            }
        }
        return true;
    }

    byte[] encode() {
        byte[][] ids = new byte[SIZE][];
        int size = 0;
        for (int slot = 0; slot < SIZE; slot++) {
            size += Integer.BYTES;
            if (orderIds[slot] != null) {
                ids[slot] = orderIds[slot].getBytes(StandardCharsets.UTF_8);
                size += ids[slot].length + Integer.BYTES + states[slot].length;
            }
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        for (int slot = 0; slot < SIZE; slot++) {
            if (ids[slot] == null) {
                out.putInt(-1);
            } else {
                putSlot(out, ids[slot], states[slot]);
            }
        }
        return out.array();
    }

    /** One order as a slot of a chunk holds it, for {@link #setEncoded}. */
    static byte[] encodeSlot(String orderId, byte[] state) {
        byte[] id = orderId.getBytes(StandardCharsets.UTF_8);
        ByteBuffer out = ByteBuffer.allocate(Integer.BYTES * 2 + id.length + state.length);
        return putSlot(out, id, state).array();
    }

    /** Sets {@code slot} to the order {@link #encodeSlot} encoded. */
    void setEncoded(int slot, byte[] encoded) {
        ByteBuffer in = ByteBuffer.wrap(encoded);
        readSlot(in, in.getInt(), slot);
    }

    private static ByteBuffer putSlot(ByteBuffer out, byte[] id, byte[] state) {
        return out.putInt(id.length).put(id).putInt(state.length).put(state);
    }

    /** Reads the rest of a slot whose id is {@code idLength} bytes long into {@code slot}. */
    private void readSlot(ByteBuffer in, int idLength, int slot) {
        byte[] id = new byte[idLength];
        in.get(id);
        byte[] state = new byte[in.getInt()];
        in.get(state);
        set(slot, new String(id, StandardCharsets.UTF_8), state);
    }

    /** The chunk encoded in {@code bytes}, or an empty one for null (none stored). */
    static OrderChunk decode(byte[] bytes) {
        OrderChunk chunk = empty();
        if (bytes == null) {
            return chunk;
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        for (int slot = 0; slot < SIZE; slot++) {
            int idLength = in.getInt();
            if (idLength >= 0) {
                chunk.readSlot(in, idLength, slot);
            }
        }
        return chunk;
    }
}
