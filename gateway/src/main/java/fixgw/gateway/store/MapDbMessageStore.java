package fixgw.gateway.store;

import quickfix.MessageStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.Date;

/**
 * One FIX session's message store in a {@link JournaledMap} of its own: its {@link SessionState} under one key and
 * each retained sent message under its sequence number. Every operation is one commit, one journal write.
 *
 * <p>QuickFIX/J's {@code Session.sendRaw} calls {@code set(seq, message)} and then
 * {@code incrNextSenderMsgSeqNum()} (both before the message is written to the socket). Committed apart, a kill
 * between them would leave the message stored but the sequence number not advanced, and the next message would
 * reuse it. So {@link #set} stores the message, advances the next sender sequence number to {@code seq + 1} and
 * evicts what falls out of the retention bound in one commit, and the {@code incr} that follows only acknowledges
 * that. When messages are not persisted QuickFIX/J calls only {@code incr}, which then advances and commits.
 *
 * <p>Retention: the stored sequence numbers always lie in {@code [lowest, highest]}, a range of at most
 * {@code retainedMessages}; storing beyond it removes the oldest in the same commit, so the MapDB file holds at most
 * that many messages per session. A {@code set} below the highest stored number (the sender sequence number was
 * moved back by hand) drops the stored messages above it: they belong to the numbering it replaced.
 *
 * <p>Thread-safe: QuickFIX/J calls it from session threads and from whichever thread sends.
 */
final class MapDbMessageStore implements MessageStore {

    private static final String STATE = "state";

    private final JournaledMap map;
    private final int retainedMessages;
    private final Clock clock;

    // guarded by this
    private SessionState state;
    /** {@code set} has already advanced the sender sequence number; the next {@code incr} must not advance it. */
    private boolean senderAdvancedBySet;

    MapDbMessageStore(JournaledMap map, int retainedMessages, Clock clock) throws IOException {
        this.map = map;
        this.retainedMessages = retainedMessages;
        this.clock = clock;
        synchronized (this) {
            if (map.get(STATE) == null) {
                commit(SessionState.fresh(clock.millis()));
            }
            refresh();
        }
    }

    @Override
    public synchronized boolean set(int sequence, String message) throws IOException {
        SessionState next = withStored(sequence);
        boolean advances = sequence == state.nextSender();
        if (advances) {
            next = next.withNextSender(sequence + 1);
        }
        map.put(messageKey(sequence), message.getBytes(StandardCharsets.UTF_8));
        commit(next);
        senderAdvancedBySet = advances;
        return true;
    }

    @Override
    public synchronized void get(int startSequence, int endSequence, Collection<String> result) {
        int to = Math.min(endSequence, state.highest());
        for (int sequence = Math.max(startSequence, state.lowest()); sequence <= to; sequence++) {
            byte[] message = map.get(messageKey(sequence));
            if (message != null) {
                result.add(new String(message, StandardCharsets.UTF_8));
            }
        }
    }

    @Override
    public synchronized int getNextSenderMsgSeqNum() {
        return state.nextSender();
    }

    @Override
    public synchronized int getNextTargetMsgSeqNum() {
        return state.nextTarget();
    }

    @Override
    public synchronized void setNextSenderMsgSeqNum(int next) throws IOException {
        commit(state.withNextSender(next));
        senderAdvancedBySet = false;
    }

    @Override
    public synchronized void setNextTargetMsgSeqNum(int next) throws IOException {
        commit(state.withNextTarget(next));
    }

    @Override
    public synchronized void incrNextSenderMsgSeqNum() throws IOException {
        if (senderAdvancedBySet) {
            senderAdvancedBySet = false;
            return;
        }
        setNextSenderMsgSeqNum(state.nextSender() + 1);
    }

    @Override
    public synchronized void incrNextTargetMsgSeqNum() throws IOException {
        setNextTargetMsgSeqNum(state.nextTarget() + 1);
    }

    @Override
    public synchronized Date getCreationTime() {
        return new Date(state.creationTimeMillis());
    }

    @Override
    public synchronized void reset() throws IOException {
        removeStored(state.lowest(), state.highest());
        commit(SessionState.fresh(clock.millis()));
        senderAdvancedBySet = false;
    }

    @Override
    public synchronized void refresh() {
        state = SessionState.decode(map.get(STATE));
        senderAdvancedBySet = false;
    }

    /** The state after storing {@code sequence}, with what leaves the retained range staged for removal. */
    private SessionState withStored(int sequence) {
        if (!state.holdsMessages()) {
            return state.withRange(sequence, sequence);
        }
        if (sequence < state.lowest()) {
            removeStored(state.lowest(), state.highest());
            return state.withRange(sequence, sequence);
        }
        if (sequence <= state.highest()) {
            removeStored(sequence + 1, state.highest());
            return state.withRange(state.lowest(), sequence);
        }
        int oldestKept = Math.max(state.lowest(), sequence - retainedMessages + 1);
        removeStored(state.lowest(), Math.min(oldestKept - 1, state.highest()));
        return state.withRange(oldestKept, sequence);
    }

    private void removeStored(int from, int to) {
        for (int sequence = from; sequence <= to; sequence++) {
            map.remove(messageKey(sequence));
        }
    }

    private void commit(SessionState next) throws IOException {
        try {
            map.put(STATE, next.encode());
            map.commit();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            map.discardStaged();
        }
        state = next;
    }

    private static String messageKey(int sequence) {
        return Integer.toString(sequence);
    }
}
