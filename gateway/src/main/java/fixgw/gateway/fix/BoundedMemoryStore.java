package fixgw.gateway.fix;

import quickfix.MessageStore;
import quickfix.MessageStoreFactory;

import java.time.Clock;
import java.util.Collection;
import java.util.Date;

/**
 * A QuickFIX/J message store that keeps sequence numbers and the last {@code capacity} sent messages in memory,
 * so resend requests for recent messages are answered with the messages themselves (older ones are gap-filled
 * by QuickFIX/J) and memory stays bounded however long a session runs. QuickFIX/J's own MemoryStore keeps
 * every message forever.
 *
 * <p>Thread-safe: QuickFIX/J calls it from session threads and from whichever thread sends.
 */
final class BoundedMemoryStore implements MessageStore {

    private final int capacity;
    private final Clock clock;
    private final String[] messages;
    private final int[] sequenceNumbers;
    private int nextSenderMsgSeqNum = 1;
    private int nextTargetMsgSeqNum = 1;
    private Date creationTime;

    BoundedMemoryStore(int capacity, Clock clock) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive, was " + capacity);
        }
        this.capacity = capacity;
        this.clock = clock;
        this.messages = new String[capacity];
        this.sequenceNumbers = new int[capacity];
        this.creationTime = Date.from(clock.instant());
    }

    static MessageStoreFactory factory(int capacity, Clock clock) {
        return sessionId -> new BoundedMemoryStore(capacity, clock);
    }

    @Override
    public synchronized boolean set(int sequence, String message) {
        int slot = slot(sequence);
        messages[slot] = message;
        sequenceNumbers[slot] = sequence;
        return true;
    }

    @Override
    public synchronized void get(int startSequence, int endSequence, Collection<String> result) {
        // only the last `capacity` sequence numbers can still be held
        int from = Math.max(startSequence, endSequence - capacity + 1);
        for (int sequence = Math.max(from, 1); sequence <= endSequence; sequence++) {
            int slot = slot(sequence);
            if (sequenceNumbers[slot] == sequence && messages[slot] != null) {
                result.add(messages[slot]);
            }
        }
    }

    @Override
    public synchronized int getNextSenderMsgSeqNum() {
        return nextSenderMsgSeqNum;
    }

    @Override
    public synchronized int getNextTargetMsgSeqNum() {
        return nextTargetMsgSeqNum;
    }

    @Override
    public synchronized void setNextSenderMsgSeqNum(int next) {
        nextSenderMsgSeqNum = next;
    }

    @Override
    public synchronized void setNextTargetMsgSeqNum(int next) {
        nextTargetMsgSeqNum = next;
    }

    @Override
    public synchronized void incrNextSenderMsgSeqNum() {
        nextSenderMsgSeqNum++;
    }

    @Override
    public synchronized void incrNextTargetMsgSeqNum() {
        nextTargetMsgSeqNum++;
    }

    @Override
    public synchronized Date getCreationTime() {
        return creationTime;
    }

    @Override
    public synchronized void reset() {
        java.util.Arrays.fill(messages, null);
        java.util.Arrays.fill(sequenceNumbers, 0);
        nextSenderMsgSeqNum = 1;
        nextTargetMsgSeqNum = 1;
        creationTime = Date.from(clock.instant());
    }

    @Override
    public void refresh() {
        // nothing outside this object to reload from
    }

    private int slot(int sequence) {
        return Math.floorMod(sequence, capacity);
    }
}
