package fixgw.gateway.store;

import org.mapdb.BTreeMap;
import org.mapdb.DB;
import org.mapdb.HTreeMap;
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
    /*
     * A hash map, not a BTreeMap: MapDB's BTreeMap keeps the empty leaves that evicting from the left leaves
     * behind, and firstKey() and iteration walk through all of them, so a sliding window gets slower with every
     * message. Here every operation is a lookup by sequence number, and lowest/highest are kept in memory.
     */
    private final HTreeMap<Integer, String> messages;

    private int nextSender;
    private int nextTarget;
    private long creationTimeMillis;
    /** {@code set} has already advanced {@link #nextSender}; the next {@code incr} must not advance it again. */
    private boolean senderAdvancedBySet;
    /** Bounds of the stored sequence numbers, {@code lowest > highest} when none is stored. */
    private int lowest;
    private int highest;

    MapDbMessageStore(DB db, Object lock, String sessionKey, int retainedMessages, Clock clock) {
        this.db = db;
        this.lock = lock;
        this.retainedMessages = retainedMessages;
        this.clock = clock;
        synchronized (lock) {
            this.state = db.treeMap(sessionKey + ".state", Serializer.STRING, Serializer.LONG).createOrOpen();
            this.messages = db.hashMap(sessionKey + ".messages", Serializer.INTEGER, Serializer.STRING)
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
            if (lowest > highest) {
                lowest = sequence;
                highest = sequence;
            } else {
                lowest = Math.min(lowest, sequence);
                highest = Math.max(highest, sequence);
            }
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
            int to = Math.min(endSequence, highest);
            for (int sequence = Math.max(startSequence, lowest); sequence <= to; sequence++) {
                String message = messages.get(sequence);
                if (message != null) {
                    result.add(message);
                }
            }
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
            lowest = 1;
            highest = 0;
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
        loadBounds();
    }

    private void evictBeyondRetention() {
        int oldestKept = highest - retainedMessages + 1;
        if (lowest >= oldestKept) {
            return;
        }
        if (oldestKept - lowest <= retainedMessages) {
            for (int sequence = lowest; sequence < oldestKept; sequence++) {
                messages.remove(sequence);
            }
        } else {
            // the sequence numbers jumped: remove what is stored rather than walk the gap
            messages.keySet().removeIf(sequence -> sequence < oldestKept);
        }
        lowest = oldestKept;
    }

    private void loadBounds() {
        lowest = 1;
        highest = 0;
        boolean first = true;
        for (Integer sequence : messages.keySet()) {
            lowest = first ? sequence : Math.min(lowest, sequence);
            highest = first ? sequence : Math.max(highest, sequence);
            first = false;
        }
    }
}
