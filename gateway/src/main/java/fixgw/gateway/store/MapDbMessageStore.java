package fixgw.gateway.store;

import fixgw.gateway.engine.InboundPosition;
import quickfix.MessageStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One FIX session's message store in a {@link JournaledMap} of its own: its {@link SessionState} under one key and
 * the retained sent messages in {@link MessageChunk}s of consecutive sequence numbers. Every operation is one
 * commit, one journal write.
 *
 * <p>QuickFIX/J's {@code Session.sendRaw} calls {@code set(seq, message)} and then
 * {@code incrNextSenderMsgSeqNum()} (both before the message is written to the socket). Committed apart, a kill
 * between them would leave the message stored but the sequence number not advanced, and the next message would
 * reuse it. So {@link #set} stores the message, advances the next sender sequence number to {@code seq + 1} and
 * evicts what falls out of the retention bound in one commit, and the {@code incr} that follows only acknowledges
 * that. When messages are not persisted QuickFIX/J calls only {@code incr}, which then advances and commits.
 *
 * <p>Retention: the messages answered lie in {@code [lowest, highest]}, a range of at most {@code retainedMessages};
 * storing beyond it removes, in the same commit, the chunks that fell wholly out of it, so the MapDB file holds at
 * most {@code retainedMessages + MessageChunk.SIZE - 1} messages per session (the oldest chunk may hold a few
 * below {@code lowest}, never answered). A {@code set} below the highest stored number (the sender sequence number was
 * moved back by hand) drops the stored messages above it: they belong to the numbering it replaced.
 *
 * <p>The next target sequence number advances for every message received, so {@link #incrNextTargetMsgSeqNum}
 * changes it in memory only (it reaches the file with the next commit): a journal write per inbound message, under
 * the lock the sending engine also takes, would cost more than the rest of the store. After a crash the number read
 * back may therefore be behind; the gateway does not rely on it, but rewinds it to just after the last inbound
 * message its engine applied ({@link #resumeInboundAfter}), so the counterparty resends exactly what was not
 * applied. An explicit {@link #setNextTargetMsgSeqNum} (a sequence reset) is committed at once.
 *
 * <p>Thread-safe: QuickFIX/J calls it from session threads and from whichever thread sends. Changes take the
 * store's lock; the sequence numbers QuickFIX/J reads and the target it advances with every inbound message do
 * not. The session thread does that for each message it receives, while the engine holds the lock to store what it
 * sends: waiting there for the engine (and the engine for the journal) was most of what durable sessions added to
 * an order's latency.
 */
final class MapDbMessageStore implements MessageStore {

    private static final String STATE = "state";

    private final JournaledMap map;
    private final int retainedMessages;
    private final Clock clock;

    /** As last committed, but for {@code nextTarget}, which {@link #nextTarget} holds. Written under the lock. */
    private volatile SessionState state;
    /** The next target sequence number: advanced without the lock, stored with each commit. */
    private final AtomicInteger nextTarget = new AtomicInteger(1);
    /** {@code state}'s creation time, read by the session thread with every inbound message, without the lock. */
    private volatile long creationTimeMillis;
    // guarded by this
    /** The chunk the latest {@code set} wrote, so appending to it does not read it back; null when unknown. */
    private MessageChunk newestChunk;
    private int newestChunkNumber;
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
        int number = MessageChunk.numberOf(sequence);
        // no chunk lies beyond the highest stored message's: a new one needs no read
        boolean stored = state.holdsMessages() && number <= MessageChunk.numberOf(state.highest());
        MessageChunk chunk = (stored ? chunk(number) : MessageChunk.empty())
                .with(sequence, message.getBytes(StandardCharsets.UTF_8));
        map.put(chunkKey(number), chunk.encode());
        commit(next);
        newestChunk = chunk;
        newestChunkNumber = number;
        senderAdvancedBySet = advances;
        return true;
    }

    @Override
    public synchronized void get(int startSequence, int endSequence, Collection<String> result) {
        int from = Math.max(startSequence, state.lowest());
        int to = Math.min(endSequence, state.highest());
        if (from > to) {
            return;
        }
        for (int number = MessageChunk.numberOf(from); number <= MessageChunk.numberOf(to); number++) {
            for (byte[] message : chunk(number).between(from, to)) {
                result.add(new String(message, StandardCharsets.UTF_8));
            }
        }
    }

    @Override
    public int getNextSenderMsgSeqNum() {
        return state.nextSender();
    }

    @Override
    public int getNextTargetMsgSeqNum() {
        return nextTarget.get();
    }

    @Override
    public synchronized void setNextSenderMsgSeqNum(int next) throws IOException {
        commit(state.withNextSender(next));
        senderAdvancedBySet = false;
    }

    @Override
    public synchronized void setNextTargetMsgSeqNum(int next) throws IOException {
        nextTarget.set(next);
        commit(state);
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
    public void incrNextTargetMsgSeqNum() {
        nextTarget.incrementAndGet(); // stored with the next commit; see the class comment
    }

    @Override
    public Date getCreationTime() {
        return new Date(creationTimeMillis);
    }

    /**
     * Sets the next target sequence number to follow the last inbound message the engine applied in this
     * session's current numbering, or to 1 if it applied none since the store was created or reset: the
     * counterparty then resends everything after it (gap-filling what needs no resend). Called once, before the
     * session uses the store.
     */
    synchronized void resumeInboundAfter(InboundPosition applied) throws IOException {
        boolean sameNumbering = applied != null && applied.sessionCreatedMillis() == state.creationTimeMillis();
        int next = sameNumbering ? applied.msgSeqNum() + 1 : 1;
        if (next != nextTarget.get()) {
            nextTarget.set(next);
            commit(state);
        }
    }

    @Override
    public synchronized void reset() throws IOException {
        removeChunks(state.lowest(), state.highest());
        SessionState fresh = SessionState.fresh(clock.millis());
        nextTarget.set(fresh.nextTarget());
        commit(fresh);
        senderAdvancedBySet = false;
    }

    @Override
    public synchronized void refresh() {
        state = SessionState.decode(map.get(STATE));
        nextTarget.set(state.nextTarget());
        creationTimeMillis = state.creationTimeMillis();
        newestChunk = null;
        senderAdvancedBySet = false;
    }

    /** The state after storing {@code sequence}, with the chunks that leave the retained range staged for removal. */
    private SessionState withStored(int sequence) {
        if (!state.holdsMessages()) {
            return state.withRange(sequence, sequence);
        }
        if (sequence < state.lowest()) {
            removeChunks(state.lowest(), state.highest());
            return state.withRange(sequence, sequence);
        }
        if (sequence <= state.highest()) { // the chunk of sequence itself is cut back when it is rewritten
            removeChunks(MessageChunk.numberOf(sequence) * MessageChunk.SIZE + MessageChunk.SIZE, state.highest());
            return state.withRange(state.lowest(), sequence);
        }
        int oldestKept = Math.max(state.lowest(), sequence - retainedMessages + 1);
        int firstChunkKept = MessageChunk.numberOf(oldestKept);
        removeChunks(state.lowest(), Math.min(firstChunkKept * MessageChunk.SIZE - 1, state.highest()));
        return state.withRange(oldestKept, sequence);
    }

    /** Stages the removal of every chunk holding a sequence number from {@code from} to {@code to}. */
    private void removeChunks(int from, int to) {
        if (from > to) {
            return;
        }
        for (int number = MessageChunk.numberOf(from); number <= MessageChunk.numberOf(to); number++) {
            map.remove(chunkKey(number));
            if (newestChunk != null && number == newestChunkNumber) {
                newestChunk = null;
            }
        }
    }

    /** Chunk {@code number} as stored or staged (a chunk staged for removal is empty). */
    private MessageChunk chunk(int number) {
        if (newestChunk != null && number == newestChunkNumber) {
            return newestChunk;
        }
        return MessageChunk.decode(map.get(chunkKey(number)));
    }

    /** Commits {@code next}, with the next target sequence number as it is now. */
    private void commit(SessionState withoutTarget) throws IOException {
        SessionState next = withoutTarget.withNextTarget(nextTarget.get());
        try {
            map.put(STATE, next.encode());
            map.commit();
        } catch (UncheckedIOException e) {
            newestChunk = null; // it may have been dropped with what was staged
            throw e.getCause();
        } finally {
            map.discardStaged();
        }
        state = next;
        creationTimeMillis = next.creationTimeMillis();
    }

    private static String chunkKey(int number) {
        return Integer.toString(number);
    }
}
