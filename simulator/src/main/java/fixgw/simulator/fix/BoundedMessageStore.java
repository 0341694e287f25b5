package fixgw.simulator.fix;

import java.nio.charset.StandardCharsets;
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
 * <p>Each slot copies its message into a byte array it keeps and reuses, instead of holding the String: a
 * message lives here for {@code capacity} more messages, long enough to be copied by every young collection
 * and promoted, and those Strings were most of what the simulator promoted under load. (A message with a
 * character beyond ISO-8859-1, which QuickFIX/J's default charset never produces, is kept as it is.)
 *
 * <p>Thread-safe: QuickFIX/J calls it from the session's thread and from whichever thread sends.
 */
public final class BoundedMessageStore implements MessageStore {
    private final int capacity;
    private final Clock clock;
    private final byte[][] messages;
    private final int[] lengths;
    /** A message that does not fit in bytes, else {@code null}. */
    private final String[] wideMessages;
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
        this.messages = new byte[capacity][];
        this.lengths = new int[capacity];
        this.wideMessages = new String[capacity];
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
        sequenceNumbers[slot] = sequence;
        byte[] bytes = messages[slot];
        if (bytes == null || bytes.length < message.length()) {
            bytes = new byte[message.length()];
            messages[slot] = bytes;
        }
        wideMessages[slot] = copyLatin1(message, bytes) ? null : message;
        lengths[slot] = message.length();
        return true;
    }

    /** Copies {@code message} into {@code bytes}; {@code false} if a character does not fit in a byte. */
    private static boolean copyLatin1(String message, byte[] bytes) {
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c > 0xFF) {
                return false;
            }
            bytes[i] = (byte) c;
        }
        return true;
    }

    @Override
    public synchronized void get(int startSequence, int endSequence, Collection<String> result) {
        // only the last `capacity` sequence numbers can still be held
        int from = Math.max(1, Math.max(startSequence, endSequence - capacity + 1));
        for (int sequence = from; sequence <= endSequence; sequence++) {
            int slot = slot(sequence);
            if (sequenceNumbers[slot] == sequence && messages[slot] != null) {
                result.add(wideMessages[slot] != null ? wideMessages[slot]
                        : new String(messages[slot], 0, lengths[slot], StandardCharsets.ISO_8859_1));
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
        Arrays.fill(wideMessages, null);
        Arrays.fill(lengths, 0);
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
