package fixgw.gateway.store;

import java.nio.ByteBuffer;

/**
 * What a session store keeps besides the messages: the next sender and target sequence numbers, the creation time,
 * and the range of sequence numbers whose messages may be stored ({@code lowest > highest} when none is). Stored as
 * one small record, so every change of it is part of the commit that causes it.
 *
 * <p>Immutable.
 */
record SessionState(int nextSender, int nextTarget, long creationTimeMillis, int lowest, int highest) {

    private static final int BYTES = Integer.BYTES * 4 + Long.BYTES;

    static SessionState fresh(long creationTimeMillis) {
        return new SessionState(1, 1, creationTimeMillis, 1, 0);
    }

    boolean holdsMessages() {
        return lowest <= highest;
    }

    SessionState withNextSender(int next) {
        return new SessionState(next, nextTarget, creationTimeMillis, lowest, highest);
    }

    SessionState withNextTarget(int next) {
        return new SessionState(nextSender, next, creationTimeMillis, lowest, highest);
    }

    SessionState withRange(int newLowest, int newHighest) {
        return new SessionState(nextSender, nextTarget, creationTimeMillis, newLowest, newHighest);
    }

    byte[] encode() {
        return ByteBuffer.allocate(BYTES).putInt(nextSender).putInt(nextTarget).putLong(creationTimeMillis)
                .putInt(lowest).putInt(highest).array();
    }

    static SessionState decode(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        return new SessionState(in.getInt(), in.getInt(), in.getLong(), in.getInt(), in.getInt());
    }
}
