package fixgw.simulator.fix;

import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import quickfix.MessageStore;
import quickfix.MessageStoreFactory;

/**
 * A QuickFIX/J message store that keeps the sequence numbers and only the last {@code capacity} sent messages,
 * in a ring buffer, so a simulator session running for days uses bounded memory (QuickFIX/J's MemoryStore
 * keeps every message forever). A resend request for older messages is gap-filled by QuickFIX/J, which is
 * what a counterparty of a restarted simulator would get anyway.
 *
 * <p>Thread-safe: QuickFIX/J calls it from the session's thread and from whichever thread sends.
 */
public final class BoundedMessageStore implements MessageStore {
    private final int capacity;
    private final Clock clock;
    private final String[] messages;
    private final int[] sequenceNumbers;
    private int nextSenderMsgSeqNum = 1;
    private int nextTargetMsgSeqNum = 1;
    private Date creationTime;

    BoundedMessageStore(int capacity, Clock clock) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive, was " + capacity);
        }
        this.capacity = capacity;
        this.clock = clock;
        this.messages = new String[capacity];
        this.sequenceNumbers = new int[capacity];
        this.creationTime = Date.from(clock.instant());
    }

    /** One store per session, each holding at most {@code capacity} messages. */
    public static MessageStoreFactory factory(int capacity, Clock clock) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive, was " + capacity);
        }
        return sessionId -> new BoundedMessageStore(capacity, clock);
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
        int from = Math.max(1, Math.max(startSequence, endSequence - capacity + 1));
        for (int sequence = from; sequence <= endSequence; sequence++) {
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
        Arrays.fill(messages, null);
        Arrays.fill(sequenceNumbers, 0);
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
