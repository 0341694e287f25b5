package fixgw.gateway.store;

import fixgw.gateway.engine.StateStore;
import fixgw.gateway.order.ParentOrder;
import fixgw.gateway.order.ParentOrderState;
import org.mapdb.DB;
import org.mapdb.HTreeMap;
import org.mapdb.Serializer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The gateway's orders in a MapDB file. The engine reports each changed order during a batch; {@link #commit()}
 * writes their states and commits them as one MapDB transaction: a batch is stored whole or not at all, and one
 * commit serves the whole batch (group commit).
 *
 * <p>Not thread-safe: the engine thread calls {@link #changed}, {@link #commit} and {@link #loadAll}; close it
 * after the engine has stopped.
 */
public final class MapDbStateStore implements StateStore, AutoCloseable {

    private final DB db;
    private final HTreeMap<String, byte[]> orders;
    private final OrderStateCodec codec = new OrderStateCodec();
    private final Set<ParentOrder> staged = new LinkedHashSet<>();

    /** @throws UnreadableStoreException if the file exists but cannot be opened */
    public MapDbStateStore(Path file, Durability durability) {
        this.db = MapDbFiles.open(file, durability);
        this.orders = db.hashMap("orders", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen();
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
                orders.put(parent.orderId(), codec.encode(parent.state()));
            }
            db.commit();
        } catch (RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            staged.clear();
        }
    }

    /** Every stored order, as last committed. */
    public List<ParentOrderState> loadAll() {
        List<ParentOrderState> states = new ArrayList<>(orders.size());
        for (byte[] bytes : orders.getValues()) {
            states.add(codec.decode(bytes));
        }
        return states;
    }

    @Override
    public void close() {
        db.close();
    }
}
