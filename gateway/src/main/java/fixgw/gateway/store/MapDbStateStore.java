package fixgw.gateway.store;

import fixgw.gateway.engine.StateStore;
import fixgw.gateway.order.ParentOrder;
import fixgw.gateway.order.ParentOrderState;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The gateway's orders in a {@link JournaledMap}: a MapDB file with a journal in front. The engine reports each
 * changed order during a batch; {@link #commit()} writes their states as one journal record, so a batch is stored
 * whole or not at all and one write serves the whole batch (group commit). A background checkpoint moves them into
 * the MapDB file.
 *
 * <p>Not thread-safe: the engine thread calls {@link #changed}, {@link #commit} and {@link #loadAll}; close it
 * after the engine has stopped.
 */
public final class MapDbStateStore implements StateStore, AutoCloseable {

    private static final String ORDER = "order/";

    private final JournaledMap map;
    private final OrderStateCodec codec = new OrderStateCodec();
    private final Set<ParentOrder> staged = new LinkedHashSet<>();

    /** @throws UnreadableStoreException if the store's files exist but cannot be read */
    public MapDbStateStore(Path directory, Durability durability) {
        this(new JournaledMap(directory, "orders", durability));
    }

    MapDbStateStore(JournaledMap map) {
        this.map = map;
    }

    @Override
    public void changed(ParentOrder parent) {
        staged.add(parent);
    }

    @Override
    public void commit() {
        if (staged.isEmpty()) {
            return;
        }
        try {
            for (ParentOrder parent : staged) {
                map.put(ORDER + parent.orderId(), codec.encode(parent.state()));
            }
            map.commit();
        } finally {
            map.discardStaged();
            staged.clear();
        }
    }

    /** Every stored order, as last committed. Call before the engine starts. */
    public List<ParentOrderState> loadAll() {
        List<ParentOrderState> states = new ArrayList<>();
        map.forEachCheckpointed((key, bytes) -> {
            if (key.startsWith(ORDER)) {
                states.add(codec.decode(bytes));
            }
        });
        return states;
    }

    /** Moves committed batches into the MapDB file; see {@link JournaledMap#checkpoint()}. */
    public void checkpoint() {
        map.checkpoint();
    }

    @Override
    public void close() {
        map.close();
    }
}
