package fixgw.gateway.store;

import org.mapdb.BTreeMap;
import org.mapdb.DB;
import org.mapdb.Serializer;
import quickfix.MessageStore;

import java.time.Clock;
import java.util.Collection;
import java.util.Date;

/**
 * One session's message store in a MapDB file shared with the factory's other sessions.
 *
 * <p>QuickFIX/J's {@code Session.sendRaw} calls {@code set(seq, message)} and then
 * {@code incrNextSenderMsgSeqNum()}. Committed apart, a crash between them would leave the message stored but
 * the sequence number not advanced, and the next message would reuse it. So {@link #set} stores the message and
 * advances the next sender sequence number to {@code seq + 1} in one commit, and the {@code incr} that follows
 * only acknowledges that. When messages are not persisted QuickFIX/J calls only {@code incr}, which then
 * advances and commits as usual.
 *
 * <p>Thread-safe: every operation holds the factory's lock, because a MapDB commit covers the whole file.
 */
final class MapDbMessageStore implements MessageStore {

    private static final String SENDER = "nextSender";
    private static final String TARGET = "nextTarget";
    private static final String CREATED = "creationTimeMillis";

    private final DB db;
    private final Object lock;
    private final int retainedMessages;
    private final Clock clock;
    private final BTreeMap<String, Long> state;
    private final BTreeMap<Integer, String> messages;

    private int nextSender;
    private int nextTarget;
    private long creationTimeMillis;
    /** {@code set} has already advanced {@link #nextSender}; the next {@code incr} must not advance it again. */
    private boolean senderAdvancedBySet;

    MapDbMessageStore(DB db, Object lock, String sessionKey, int retainedMessages, Clock clock) {
        this.db = db;
        this.lock = lock;
        this.retainedMessages = retainedMessages;
        this.clock = clock;
        synchronized (lock) {
            this.state = db.treeMap(sessionKey + ".state", Serializer.STRING, Serializer.LONG).createOrOpen();
            this.messages = db.treeMap(sessionKey + ".messages", Serializer.INTEGER, Serializer.STRING)
                    .createOrOpen();
            if (state.isEmpty()) {
                writeInitialState();
                db.commit();
            }
            load();
        }
    }

    @Override
    public boolean set(int sequence, String message) {
        synchronized (lock) {
            messages.put(sequence, message);
            if (sequence == nextSender) {
                nextSender = sequence + 1;
                state.put(SENDER, (long) nextSender);
                senderAdvancedBySet = true;
            }
            evictBeyondRetention();
            db.commit();
            return true;
        }
    }

    @Override
    public void get(int startSequence, int endSequence, Collection<String> result) {
        synchronized (lock) {
            if (startSequence > endSequence) {
                return;
            }
            result.addAll(messages.subMap(startSequence, true, endSequence, true).values());
        }
    }

    @Override
    public int getNextSenderMsgSeqNum() {
        synchronized (lock) {
            return nextSender;
        }
    }

    @Override
    public int getNextTargetMsgSeqNum() {
        synchronized (lock) {
            return nextTarget;
        }
    }

    @Override
    public void setNextSenderMsgSeqNum(int next) {
        synchronized (lock) {
            senderAdvancedBySet = false;
            nextSender = next;
            state.put(SENDER, (long) next);
            db.commit();
        }
    }

    @Override
    public void setNextTargetMsgSeqNum(int next) {
        synchronized (lock) {
            nextTarget = next;
            state.put(TARGET, (long) next);
            db.commit();
        }
    }

    @Override
    public void incrNextSenderMsgSeqNum() {
        synchronized (lock) {
            if (senderAdvancedBySet) {
                senderAdvancedBySet = false;
                return;
            }
            setNextSenderMsgSeqNum(nextSender + 1);
        }
    }

    @Override
    public void incrNextTargetMsgSeqNum() {
        synchronized (lock) {
            setNextTargetMsgSeqNum(nextTarget + 1);
        }
    }

    @Override
    public Date getCreationTime() {
        synchronized (lock) {
            return new Date(creationTimeMillis);
        }
    }

    @Override
    public void reset() {
        synchronized (lock) {
            messages.clear();
            writeInitialState();
            db.commit();
            load();
        }
    }

    @Override
    public void refresh() {
        synchronized (lock) {
            load();
        }
    }

    private void writeInitialState() {
        state.put(SENDER, 1L);
        state.put(TARGET, 1L);
        state.put(CREATED, clock.millis());
    }

    private void load() {
        nextSender = Math.toIntExact(state.get(SENDER));
        nextTarget = Math.toIntExact(state.get(TARGET));
        creationTimeMillis = state.get(CREATED);
        senderAdvancedBySet = false;
    }

    private void evictBeyondRetention() {
        int oldestKept = messages.lastKey() - retainedMessages + 1;
        while (!messages.isEmpty() && messages.firstKey() < oldestKept) {
            messages.remove(messages.firstKey());
        }
    }
}
