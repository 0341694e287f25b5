package fixgw.gateway.store;

import fixgw.gateway.engine.InboundPosition;
import fixgw.gateway.engine.StateStore;
import fixgw.gateway.order.ClientMessage;
import fixgw.gateway.order.ParentOrder;
import fixgw.gateway.order.ParentOrderState;
import fixgw.gateway.position.Position;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The gateway's orders and positions in a {@link JournaledMap}: a MapDB file with a journal in front. The engine
 * reports each changed order and position during a batch; {@link #commit()} writes them as one journal record, so
 * a batch is stored whole or not at all and one write serves the whole batch (group commit). A background
 * checkpoint moves them into the MapDB file.
 *
 * <p>Each order gets a store sequence number when it is first stored, and lives in the {@link OrderChunk} of that
 * number under {@code orders/<chunk>}; positions are under {@code position/<session>/<symbol>}. A commit journals
 * only the orders it changed, each under {@code o/<sequence>}, and checkpoints fold them into their chunks
 * ({@link #FOLD}); the map must be opened with that fold. Every ClOrdID a
 * client used is found through a {@link ClientOrderIndex} in memory, rebuilt from the orders on start, so a finished
 * order the engine no longer holds is still found by it, and a new ClOrdID is known to be new without reading the
 * file. The store keeps at most {@code maxStoredOrders} orders: beyond that the oldest finished ones are removed,
 * so the file stays bounded however many orders pass (an order still live is kept and moves to the back of the
 * line, under a new sequence number).
 *
 * <p>Not thread-safe: the engine thread calls everything but {@link #checkpoint()}; close it after the engine has
 * stopped.
 */
public final class MapDbStateStore implements StateStore, AutoCloseable {

    private static final String ORDERS = "orders/";
    /** Prefix of an order's key in the journal, before the checkpoint folds it into its chunk. */
    private static final String ORDER = "o/";
    private static final String POSITION = "position/";
    private static final String INBOUND = "inbound/";
    /** The client messages of the latest committed batch that produced any (see {@link #sending}). */
    private static final String SENDING = "meta/sending";
    private static final String NEXT_SEQUENCE = "meta/nextSequence";
    private static final String OLDEST_SEQUENCE = "meta/oldestSequence";
    /**
     * Chunks kept decoded: the newest (new orders, their acks and fills) and the oldest (eviction). A window of 1,000
     * orders in flight spans 32 chunks; with 16 kept, acks and fills at full rate often read their chunk back from
     * the journal and the file, a sixth of the commit's CPU (async-profiler, 2026-12-07).
     */
    static final int CACHED_CHUNKS = 64;
    /**
     * Orders whose store sequence number is remembered by order id, the most recently stored: an ack or fill finds
     * its order's slot without asking the {@link ClientOrderIndex}, whose map of every stored ClOrdID costs cache
     * misses on each lookup (a fifth of the commit's CPU at full rate).
     */
    private static final int RECENT_SEQUENCES = 4096;
    /**
     * Chunks a restart decodes at a time (8,192 orders, about 10 MB decoded): enough for every core to share, few
     * enough that what is decoded and not kept stays small.
     */
    static final int CHUNKS_PER_DECODE = 256;
    /** Default bound on stored orders, for callers that do not choose one. */
    public static final int DEFAULT_MAX_STORED_ORDERS = 1_000_000;

    private final JournaledMap map;
    private final int maxStoredOrders;
    private final OrderStateCodec codec = new OrderStateCodec();
    private final ClientOrderIndex index = new ClientOrderIndex();
    private final Map<Long, OrderChunk> cachedChunks = new LinkedHashMap<>(CACHED_CHUNKS * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, OrderChunk> eldest) {
            return size() > CACHED_CHUNKS;
        }
    };
    /** Order id to store sequence number, a hint: {@link #sequenceOf} checks it against the chunk. */
    private final Map<String, Long> recentSequences = new LinkedHashMap<>(RECENT_SEQUENCES * 2) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > RECENT_SEQUENCES;
        }
    };
    private final Set<ParentOrder> stagedOrders = new LinkedHashSet<>();
    private final Set<ParentOrder> stagedNewOrders = new LinkedHashSet<>();
    private final Map<String, Position> stagedPositions = new LinkedHashMap<>();
    private final Map<String, InboundPosition> stagedInbound = new HashMap<>();
    private final ClientMessageCodec messageCodec = new ClientMessageCodec();
    private List<ClientMessage> stagedSending = List.of();
    private final Recovered recovered;
    private long nextSequence;
    private long oldestSequence;

    /** @throws UnreadableStoreException if the store's files exist but cannot be read */
    public MapDbStateStore(Path directory, Durability durability) {
        this(openMap(directory, durability), DEFAULT_MAX_STORED_ORDERS);
    }

    /** Opens (or creates) the map of an order store of its own in {@code directory}, with its journal. */
    static JournaledMap openMap(Path directory, Durability durability) {
        return new JournaledMap(directory, "orders", durability, null, FOLD);
    }

    MapDbStateStore(JournaledMap map, int maxStoredOrders) {
        if (map.fold() != FOLD) { // its checkpoints would write orders to the file where no one reads them
            throw new IllegalArgumentException("the order store's map must be opened with MapDbStateStore.FOLD");
        }
        this.map = map;
        this.maxStoredOrders = maxStoredOrders;
        this.nextSequence = readLong(NEXT_SEQUENCE);
        this.oldestSequence = readLong(OLDEST_SEQUENCE);
        this.recovered = readStored();
    }

    @Override
    public void created(ParentOrder parent) {
        stagedNewOrders.add(parent);
        stagedOrders.add(parent);
    }

    @Override
    public void changed(ParentOrder parent) {
        stagedOrders.add(parent);
    }

    @Override
    public void changed(Position position) {
        stagedPositions.put(POSITION + position.session() + "/" + position.symbol(), position);
    }

    @Override
    public void applied(String sessionId, InboundPosition position) {
        stagedInbound.put(sessionId, position);
    }

    @Override
    public void sending(List<ClientMessage> messages) {
        stagedSending = messages;
    }

    @Override
    public void send(Runnable send) {
        map.batch(send);
    }

    @Override
    public void afterSent(Runnable action) {
        map.afterWritten(action);
    }

    @Override
    public void commit() {
        if (stagedOrders.isEmpty() && stagedPositions.isEmpty() && stagedInbound.isEmpty()
                && stagedSending.isEmpty()) {
            return;
        }
        Batch batch = new Batch(nextSequence, oldestSequence);
        try {
            for (ParentOrder parent : stagedOrders) {
                ParentOrderState state = parent.state();
                long sequence = stagedNewOrders.contains(parent) ? batch.next++ : sequenceOf(state, batch);
                batch.set(sequence, state.orderId(), codec.encode(state));
                for (String clOrdId : clOrdIdsOf(state)) {
                    batch.indexed.add(new Indexed(state.session(), clOrdId, sequence));
                }
            }
            stagedPositions.forEach((key, position) -> map.put(key, codec.encode(position)));
            stagedInbound.forEach((sessionId, position) -> map.put(INBOUND + sessionId, encode(position)));
            if (!stagedSending.isEmpty()) { // a batch that sends nothing leaves the last list: it was sent
                map.put(SENDING, messageCodec.encode(stagedSending));
            }
            for (int evictions = 0; batch.next - batch.oldest > maxStoredOrders
                    && evictions < 2 * stagedOrders.size() + 2; evictions++) {
                evictOldest(batch);
            }
            for (long number = OrderChunk.numberOf(oldestSequence); number < OrderChunk.numberOf(batch.oldest);
                 number++) {
                batch.chunks.remove(number); // every order in it has left the store or moved to the back
                batch.removedChunks.add(number);
            }
            stageChanges(batch);
            map.put(NEXT_SEQUENCE, longBytes(batch.next));
            map.put(OLDEST_SEQUENCE, longBytes(batch.oldest));
            map.commit();
            apply(batch);
        } finally {
            map.discardStaged();
            stagedOrders.clear();
            stagedNewOrders.clear();
            stagedPositions.clear();
            stagedInbound.clear();
            stagedSending = List.of();
        }
    }

    /**
     * Stages the orders the batch changed, each under its own key, and the removal of the chunks it emptied with
     * whatever of theirs is journaled and not yet folded (the fold would put it back).
     */
    private void stageChanges(Batch batch) {
        for (long sequence : batch.changed) {
            OrderChunk chunk = batch.chunks.get(OrderChunk.numberOf(sequence));
            if (chunk == null) {
                continue; // in a chunk removed below
            }
            int slot = OrderChunk.slotOf(sequence);
            if (chunk.orderId(slot) == null) {
                map.remove(FOLD.itemKey(sequence));
            } else {
                map.put(FOLD.itemKey(sequence), OrderChunk.encodeSlot(chunk.orderId(slot), chunk.state(slot)));
            }
        }
        for (long number : batch.removedChunks) {
            map.remove(chunkKey(number));
            for (int slot = 0; slot < OrderChunk.SIZE; slot++) {
                map.removeIfRecent(FOLD.itemKey(number * OrderChunk.SIZE + slot));
            }
        }
    }

    /** What a commit changes, kept apart until the journal has it: a failed commit leaves memory as it was. */
    private final class Batch {
        long next;
        long oldest;
        final Map<Long, OrderChunk> chunks = new HashMap<>();
        /** The sequence numbers of the slots set or cleared, in order (a slot may come more than once). */
        final List<Long> changed = new ArrayList<>();
        final List<Long> removedChunks = new ArrayList<>();
        final List<Indexed> indexed = new ArrayList<>();
        final List<Indexed> unindexed = new ArrayList<>();
        /** Where each order set in the batch now is, by order id, in the order set. */
        final Map<String, Long> sequences = new LinkedHashMap<>();

        Batch(long next, long oldest) {
            this.next = next;
            this.oldest = oldest;
        }

        /** Chunk {@code number}, to read what the batch changed: a copy, kept by {@link #apply} once committed. */
        OrderChunk chunk(long number) {
            return chunks.computeIfAbsent(number, n -> storedChunk(n).copy());
        }

        void set(long sequence, String orderId, byte[] state) {
            chunk(OrderChunk.numberOf(sequence)).set(OrderChunk.slotOf(sequence), orderId, state);
            changed.add(sequence);
            sequences.put(orderId, sequence);
        }

        void clear(long sequence) {
            chunk(OrderChunk.numberOf(sequence)).clear(OrderChunk.slotOf(sequence));
            changed.add(sequence);
        }
    }

    private record Indexed(String session, String clOrdId, long sequence) {
    }

    private void apply(Batch batch) {
        batch.unindexed.forEach(entry -> index.remove(entry.session(), entry.clOrdId(), entry.sequence()));
        batch.indexed.forEach(entry -> index.put(entry.session(), entry.clOrdId(), entry.sequence()));
        batch.removedChunks.forEach(cachedChunks::remove);
        cachedChunks.putAll(batch.chunks);
        recentSequences.putAll(batch.sequences);
        nextSequence = batch.next;
        oldestSequence = batch.oldest;
    }

    /** The sequence number of an order already stored, or a new one for an order not stored yet. */
    private long sequenceOf(ParentOrderState state, Batch batch) {
        Long recent = recentSequences.get(state.orderId());
        if (recent != null && holds(recent, state.orderId(), batch)) {
            return recent;
        }
        OptionalLong found = index.find(state.session(), clOrdIdsOf(state).get(0));
        if (found.isPresent() && holds(found.getAsLong(), state.orderId(), batch)) {
            return found.getAsLong();
        }
        return batch.next++;
    }

    /** Whether the slot of {@code sequence}, as the batch sees it, holds the order {@code orderId}. */
    private boolean holds(long sequence, String orderId, Batch batch) {
        if (sequence < batch.oldest) {
            return false; // it left the store
        }
        long number = OrderChunk.numberOf(sequence);
        OrderChunk chunk = batch.chunks.containsKey(number) ? batch.chunks.get(number) : storedChunk(number);
        return orderId.equals(chunk.orderId(OrderChunk.slotOf(sequence)));
    }

    /** Removes the oldest stored order if it is finished, or moves it to the back of the line. */
    private void evictOldest(Batch batch) {
        long sequence = batch.oldest++;
        OrderChunk chunk = batch.chunk(OrderChunk.numberOf(sequence));
        int slot = OrderChunk.slotOf(sequence);
        String orderId = chunk.orderId(slot);
        byte[] bytes = chunk.state(slot);
        batch.clear(sequence);
        if (orderId == null) {
            return;
        }
        ParentOrderState state = codec.decode(bytes);
        for (String clOrdId : clOrdIdsOf(state)) {
            batch.unindexed.add(new Indexed(state.session(), clOrdId, sequence));
        }
        if (!state.status().isTerminal()) {
            long moved = batch.next++;
            batch.set(moved, orderId, bytes);
            for (String clOrdId : clOrdIdsOf(state)) {
                batch.indexed.add(new Indexed(state.session(), clOrdId, moved));
            }
        }
    }

    /** Chunk {@code number} as last committed (not to be changed: see {@link Batch#chunk}). */
    private OrderChunk storedChunk(long number) {
        OrderChunk chunk = cachedChunks.get(number);
        if (chunk == null) {
            chunk = readChunk(number);
            cachedChunks.put(number, chunk);
        }
        return chunk;
    }

    /**
     * Chunk {@code number} as the file holds it, with the orders of it journaled since the last checkpoint laid
     * over it. Those are read first: a checkpoint that moves them into the file meanwhile has done so by the time the
     * file is read.
     */
    private OrderChunk readChunk(long number) {
        byte[][] recent = new byte[OrderChunk.SIZE][];
        for (int slot = 0; slot < OrderChunk.SIZE; slot++) {
            recent[slot] = map.recentChange(FOLD.itemKey(number * OrderChunk.SIZE + slot));
        }
        OrderChunk chunk = OrderChunk.decode(map.get(chunkKey(number)));
        for (int slot = 0; slot < OrderChunk.SIZE; slot++) {
            if (recent[slot] != null) {
                chunk = FOLD.applyItem(chunk, number * OrderChunk.SIZE + slot, recent[slot]);
            }
        }
        return chunk;
    }

    @Override
    public Optional<ParentOrderState> findRetired(String session, String clOrdId) {
        OptionalLong sequence = index.find(session, clOrdId);
        if (sequence.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = storedChunk(OrderChunk.numberOf(sequence.getAsLong())).state(
                OrderChunk.slotOf(sequence.getAsLong()));
        if (bytes == null) {
            return Optional.empty();
        }
        ParentOrderState state = codec.decode(bytes);
        boolean same = state.session().equals(session) && clOrdIdsOf(state).contains(clOrdId);
        return same ? Optional.of(state) : Optional.empty(); // another ClOrdID with the same hash
    }

    /** The live orders and the positions as they were stored when this store was opened. */
    public Recovered recover() {
        return recovered;
    }

    /**
     * Reads the file in one pass: the live orders, the positions, and every ClOrdID for the index. Reading it is
     * most of a restart's time, so it is read once. Chunks are decoded {@link #CHUNKS_PER_DECODE} at a time and
     * dropped once indexed, so a restart holds the index and the live orders, not every stored order: a store full
     * at its default bound of a million orders, decoded whole, did not fit in a 1 GB heap.
     */
    private Recovered readStored() {
        List<Map.Entry<Long, byte[]>> undecoded = new ArrayList<>(CHUNKS_PER_DECODE);
        List<ParentOrderState> live = new ArrayList<>();
        List<Position> positions = new ArrayList<>();
        Map<String, InboundPosition> inbound = new HashMap<>();
        List<ClientMessage> lastSent = new ArrayList<>();
        map.forEachCheckpointed((key, bytes) -> {
            if (key.startsWith(ORDERS)) {
                undecoded.add(Map.entry(Long.parseLong(key.substring(ORDERS.length())), bytes));
                if (undecoded.size() == CHUNKS_PER_DECODE) {
                    indexAndKeepLive(undecoded, live);
                    undecoded.clear();
                }
            } else if (key.startsWith(POSITION)) {
                positions.add(codec.decodePosition(bytes));
            } else if (key.startsWith(INBOUND)) {
                inbound.put(key.substring(INBOUND.length()), decodeInbound(bytes));
            } else if (key.equals(SENDING)) {
                lastSent.addAll(messageCodec.decode(bytes));
            }
        });
        indexAndKeepLive(undecoded, live);
        return new Recovered(live, positions, Map.copyOf(inbound), List.copyOf(lastSent));
    }

    /** Decodes {@code chunks}, indexes the ClOrdIDs of their orders, adds those not yet final to {@code live}. */
    private void indexAndKeepLive(List<Map.Entry<Long, byte[]>> chunks, List<ParentOrderState> live) {
        // decoding is most of the CPU of a restart and each order decodes on its own: use every core
        List<StoredOrder> decoded = chunks.parallelStream().flatMap(entry -> {
            OrderChunk chunk = OrderChunk.decode(entry.getValue());
            List<StoredOrder> orders = new ArrayList<>();
            for (int slot = 0; slot < OrderChunk.SIZE; slot++) {
                if (chunk.state(slot) != null) {
                    orders.add(new StoredOrder(entry.getKey() * OrderChunk.SIZE + slot,
                            codec.decode(chunk.state(slot))));
                }
            }
            return orders.stream();
        }).toList();
        for (StoredOrder order : decoded) {
            for (String clOrdId : clOrdIdsOf(order.state())) {
                index.put(order.state().session(), clOrdId, order.sequence());
            }
            if (!order.state().status().isTerminal()) {
                live.add(order.state());
            }
        }
    }

    private record StoredOrder(long sequence, ParentOrderState state) {
    }

    /**
     * What a restart rebuilds the engine from: the orders not yet final, every position, how far each FIX
     * session's inbound messages were applied (by session id), and the client messages of the last batch that sent
     * any, which a crash may have kept from being sent.
     */
    public record Recovered(List<ParentOrderState> liveOrders, List<Position> positions,
                            Map<String, InboundPosition> inbound, List<ClientMessage> lastSent) {
    }

    /** How many orders the store holds (live and finished). */
    public long storedOrders() {
        return nextSequence - oldestSequence;
    }

    /** Moves committed batches into the MapDB file; see {@link JournaledMap#checkpoint()}. */
    public void checkpoint() {
        map.checkpoint();
    }

    @Override
    public void close() {
        map.close();
    }


    /** Every ClOrdID the order is found by, oldest first (an order never indexed by a book has just its own). */
    private static List<String> clOrdIdsOf(ParentOrderState state) {
        return state.clientClOrdIds().isEmpty() ? List.of(state.clOrdId()) : state.clientClOrdIds();
    }

    private static String chunkKey(long number) {
        return ORDERS + number;
    }

    /**
     * The {@link JournaledMap.Fold} of the order store's map: the orders journaled since the last checkpoint go into
     * their chunks, a removed one leaves its slot empty.
     */
    static final ChunkFold<OrderChunk> FOLD = new ChunkFold<>(ORDER, new ChunkFold.Layout<>() {
        @Override
        public long chunkOf(long sequence) {
            return OrderChunk.numberOf(sequence);
        }

        @Override
        public String chunkKey(long chunk) {
            return MapDbStateStore.chunkKey(chunk);
        }

        @Override
        public OrderChunk decode(byte[] bytes) {
            return OrderChunk.decode(bytes);
        }

        @Override
        public OrderChunk with(OrderChunk chunk, long sequence, byte[] order) {
            chunk.setEncoded(OrderChunk.slotOf(sequence), order);
            return chunk;
        }

        @Override
        public OrderChunk without(OrderChunk chunk, long sequence) {
            chunk.clear(OrderChunk.slotOf(sequence));
            return chunk;
        }

        @Override
        public byte[] encodeUnlessEmpty(OrderChunk chunk) {
            return chunk.isEmpty() ? null : chunk.encode();
        }
    });

    private long readLong(String key) {
        byte[] bytes = map.get(key);
        return bytes == null ? 0 : ByteBuffer.wrap(bytes).getLong();
    }

    private static byte[] encode(InboundPosition position) {
        return ByteBuffer.allocate(Long.BYTES + Integer.BYTES).putLong(position.sessionCreatedMillis())
                .putInt(position.msgSeqNum()).array();
    }

    private static InboundPosition decodeInbound(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new InboundPosition(buffer.getLong(), buffer.getInt());
    }

    private static byte[] longBytes(long value) {
        return ByteBuffer.allocate(Long.BYTES).putLong(value).array();
    }


}
