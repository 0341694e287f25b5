package fixgw.gateway.store;

import fixgw.gateway.engine.InboundPosition;
import quickfix.MessageStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * One FIX session's message store in a {@link JournaledMap} of its own: its {@link SessionState} under one key and
 * the retained sent messages in {@link MessageChunk}s of consecutive sequence numbers. Every operation is one
 * commit, one journal write. A message is journaled under a key of its own ({@code m/<seq>}) and folded into its
 * chunk when the map is checkpointed ({@link #foldMessages}); the MapDB file holds only chunks. Reads look for a
 * message among the recent ones first, then in its chunk.
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
    /** Prefix of a message's key in the journal; a chunk's key is its number. */
    private static final String MESSAGE = "m/";

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
        int from = Math.max(startSequence, state.lowest());
        int to = Math.min(endSequence, state.highest());
        if (from > to) {
            return;
        }
        MessageChunk chunk = MessageChunk.empty();
        int chunkNumber = -1;
        for (int sequence = from; sequence <= to; sequence++) {
            byte[] message = map.getRecent(messageKey(sequence));
            if (message == null) { // checkpointed: in its chunk (one read per chunk)
                if (MessageChunk.numberOf(sequence) != chunkNumber) {
                    chunkNumber = MessageChunk.numberOf(sequence);
                    chunk = chunk(chunkNumber);
                }
                message = chunk.message(sequence);
            }
            if (message != null) {
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
        if (sequence <= state.highest()) { // the fold cuts the chunk of sequence itself back (MessageChunk.with)
            int nextChunkStart = MessageChunk.numberOf(sequence) * MessageChunk.SIZE + MessageChunk.SIZE;
            removeRecentMessages(sequence + 1, Math.min(nextChunkStart - 1, state.highest()));
            removeChunks(nextChunkStart, state.highest());
            return state.withRange(state.lowest(), sequence);
        }
        int oldestKept = Math.max(state.lowest(), sequence - retainedMessages + 1);
        int firstChunkKept = MessageChunk.numberOf(oldestKept);
        removeChunks(state.lowest(), Math.min(firstChunkKept * MessageChunk.SIZE - 1, state.highest()));
        return state.withRange(oldestKept, sequence);
    }

    /**
     * Stages the removal of every chunk holding a sequence number from {@code from} to {@code to}, with the recent
     * messages of those chunks: the fold would otherwise put them back.
     */
    private void removeChunks(int from, int to) {
        if (from > to) {
            return;
        }
        for (int number = MessageChunk.numberOf(from); number <= MessageChunk.numberOf(to); number++) {
            map.remove(chunkKey(number));
            removeRecentMessages(number * MessageChunk.SIZE, number * MessageChunk.SIZE + MessageChunk.SIZE - 1);
        }
    }

    /** Stages the removal of the messages numbered {@code from} to {@code to} not yet folded into their chunk. */
    private void removeRecentMessages(int from, int to) {
        for (int sequence = from; sequence <= to; sequence++) {
            map.removeIfRecent(messageKey(sequence));
        }
    }

    /** Chunk {@code number} as checkpointed, or staged (a chunk staged for removal is empty). */
    private MessageChunk chunk(int number) {
        return MessageChunk.decode(map.get(chunkKey(number)));
    }

    /** Commits {@code next}, with the next target sequence number as it is now. */
    private void commit(SessionState withoutTarget) throws IOException {
        SessionState next = withoutTarget.withNextTarget(nextTarget.get());
        try {
            map.put(STATE, next.encode());
            map.commit();
        } catch (UncheckedIOException e) {
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

    private static String messageKey(int sequence) {
        return FOLD.itemKey(sequence);
    }

    /**
     * The {@link JournaledMap.Fold} of a session's map ({@link ChunkFold}): the messages changed since the last
     * checkpoint go into their chunks. A message replaces those numbered from it on in its chunk, as a {@code set}
     * does; a removed one leaves it.
     */
    static Map<String, byte[]> foldMessages(Map<String, byte[]> changes, Function<String, byte[]> stored) {
        return FOLD.apply(changes, stored);
    }

    private static final ChunkFold<MessageChunk> FOLD = new ChunkFold<>(MESSAGE, new ChunkFold.Layout<>() {
        @Override
        public long chunkOf(long sequence) {
            return MessageChunk.numberOf((int) sequence);
        }

        @Override
        public String chunkKey(long chunk) {
            return MapDbMessageStore.chunkKey((int) chunk);
        }

        @Override
        public MessageChunk decode(byte[] bytes) {
            return MessageChunk.decode(bytes);
        }

        @Override
        public MessageChunk with(MessageChunk chunk, long sequence, byte[] message) {
            return chunk.with((int) sequence, message);
        }

        @Override
        public MessageChunk without(MessageChunk chunk, long sequence) {
            return chunk.without((int) sequence);
        }

        @Override
        public byte[] encodeUnlessEmpty(MessageChunk chunk) {
            return chunk.size() == 0 ? null : chunk.encode();
        }
    });
}
