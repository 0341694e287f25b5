package fixgw.gateway.store;

import fixgw.gateway.engine.StateStore;
import fixgw.gateway.order.ParentOrder;
import fixgw.gateway.order.ParentOrderState;
import fixgw.gateway.position.Position;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The gateway's orders and positions in a {@link JournaledMap}: a MapDB file with a journal in front. The engine
 * reports each changed order and position during a batch; {@link #commit()} writes them as one journal record, so
 * a batch is stored whole or not at all and one write serves the whole batch (group commit). A background
 * checkpoint moves them into the MapDB file.
 *
 * <p>Keys: {@code order/<orderId>} the order's state; {@code client/<session>/<ClOrdID>} the order id for every
 * ClOrdID a client used, so a finished order the engine no longer holds can still be found by it;
 * {@code position/<session>/<symbol>}; and {@code sequence/<n>} the order ids in the order they were first stored.
 * The store keeps at most {@code maxStoredOrders} orders: beyond that the oldest finished ones are removed with
 * their ClOrdIDs, so the file stays bounded however many orders pass (an order still live is kept and moves to the
 * back of the line).
 *
 * <p>Not thread-safe: the engine thread calls everything but {@link #checkpoint()}; close it after the engine has
 * stopped.
 */
public final class MapDbStateStore implements StateStore, AutoCloseable {

    private static final String ORDER = "order/";
    private static final String CLIENT = "client/";
    private static final String POSITION = "position/";
    private static final String SEQUENCE = "sequence/";
    private static final String NEXT_SEQUENCE = "meta/nextSequence";
    private static final String OLDEST_SEQUENCE = "meta/oldestSequence";
    /** Default bound on stored orders, for callers that do not choose one. */
    public static final int DEFAULT_MAX_STORED_ORDERS = 1_000_000;

    private final JournaledMap map;
    private final int maxStoredOrders;
    private final OrderStateCodec codec = new OrderStateCodec();
    private final Set<ParentOrder> stagedOrders = new LinkedHashSet<>();
    private final Set<ParentOrder> stagedNewOrders = new LinkedHashSet<>();
    private final Map<String, Position> stagedPositions = new LinkedHashMap<>();
    private long nextSequence;
    private long oldestSequence;

    /** @throws UnreadableStoreException if the store's files exist but cannot be read */
    public MapDbStateStore(Path directory, Durability durability) {
        this(new JournaledMap(directory, "orders", durability), DEFAULT_MAX_STORED_ORDERS);
    }

    MapDbStateStore(JournaledMap map, int maxStoredOrders) {
        this.map = map;
        this.maxStoredOrders = maxStoredOrders;
        this.nextSequence = readLong(NEXT_SEQUENCE);
        this.oldestSequence = readLong(OLDEST_SEQUENCE);
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
    public void commit() {
        if (stagedOrders.isEmpty() && stagedPositions.isEmpty()) {
            return;
        }
        long next = nextSequence;
        long oldest = oldestSequence;
        try {
            for (ParentOrder parent : stagedOrders) {
                ParentOrderState state = parent.state();
                if (stagedNewOrders.contains(parent)) { // known without reading the file: the engine says so
                    map.put(SEQUENCE + next++, utf8(state.orderId()));
                }
                map.put(ORDER + state.orderId(), codec.encode(state));
                for (String clOrdId : state.clientClOrdIds()) {
                    map.put(clientKey(state.session(), clOrdId), utf8(state.orderId()));
                }
            }
            stagedPositions.forEach((key, position) -> map.put(key, codec.encode(position)));
            for (int evictions = 0; next - oldest > maxStoredOrders && evictions < 2 * stagedOrders.size() + 2;
                 evictions++) {
                next = evictOldest(oldest++, next);
            }
            map.put(NEXT_SEQUENCE, longBytes(next));
            map.put(OLDEST_SEQUENCE, longBytes(oldest));
            map.commit();
            nextSequence = next;
            oldestSequence = oldest;
        } finally {
            map.discardStaged();
            stagedOrders.clear();
            stagedNewOrders.clear();
            stagedPositions.clear();
        }
    }

    /** Removes the order at {@code sequence} if it is finished, or moves it to the back; returns the next free. */
    private long evictOldest(long sequence, long next) {
        byte[] orderId = map.get(SEQUENCE + sequence);
        map.remove(SEQUENCE + sequence);
        if (orderId == null) {
            return next;
        }
        byte[] bytes = map.get(ORDER + text(orderId));
        if (bytes == null) {
            return next;
        }
        ParentOrderState state = codec.decode(bytes);
        if (!state.status().isTerminal()) {
            map.put(SEQUENCE + next, orderId);
            return next + 1;
        }
        map.remove(ORDER + state.orderId());
        for (String clOrdId : state.clientClOrdIds()) {
            map.remove(clientKey(state.session(), clOrdId));
        }
        return next;
    }

    @Override
    public Optional<ParentOrderState> findRetired(String session, String clOrdId) {
        byte[] orderId = map.get(clientKey(session, clOrdId));
        if (orderId == null) {
            return Optional.empty();
        }
        byte[] bytes = map.get(ORDER + text(orderId));
        return bytes == null ? Optional.empty() : Optional.of(codec.decode(bytes));
    }

    /**
     * The live orders and the positions, as last committed, read in one pass over the file: reading it is most of
     * a restart's time (every entry is read and deserialized), so it is read once. Call before the engine starts.
     */
    public Recovered recover() {
        List<byte[]> orders = new ArrayList<>();
        List<Position> positions = new ArrayList<>();
        map.forEachCheckpointed((key, bytes) -> {
            if (key.startsWith(ORDER)) {
                orders.add(bytes);
            } else if (key.startsWith(POSITION)) {
                positions.add(codec.decodePosition(bytes));
            }
        });
        // decoding is most of the CPU of a restart and each order decodes on its own: use every core
        List<ParentOrderState> live = orders.parallelStream().map(codec::decode)
                .filter(state -> !state.status().isTerminal()).toList();
        return new Recovered(live, positions);
    }

    /** What a restart rebuilds the engine from: the orders not yet final and every position. */
    public record Recovered(List<ParentOrderState> liveOrders, List<Position> positions) {
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

    private static String clientKey(String session, String clOrdId) {
        return CLIENT + session + "/" + clOrdId;
    }

    private long readLong(String key) {
        byte[] bytes = map.get(key);
        return bytes == null ? 0 : ByteBuffer.wrap(bytes).getLong();
    }

    private static byte[] longBytes(long value) {
        return ByteBuffer.allocate(Long.BYTES).putLong(value).array();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
