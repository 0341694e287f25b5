package fixgw.gateway.order;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The gateway's index of parent and child orders: by gateway order id, by (session, ClOrdID) for every ClOrdID
 * a client used on an order, and by every ClOrdID the gateway used towards a broker.
 *
 * <p>Memory is bounded: finished orders are retired, and beyond {@code maxTerminalOrders} the oldest retired
 * order is forgotten with all its ids (a status request then finds nothing, and its ClOrdIDs may be used again).
 *
 * <p>Not thread-safe: owned by the engine thread.
 */
public final class OrderBook {

    private record ClientKey(String session, String clOrdId) {
    }

    private final int maxTerminalOrders;
    private final Map<String, ParentOrder> byOrderId = new HashMap<>();
    private final Map<ClientKey, ParentOrder> byClientId = new HashMap<>();
    private final Map<String, ChildOrder> childByClOrdId = new HashMap<>();
    /** Every id each order is indexed under, so forgetting it leaves nothing behind. */
    private final Map<String, List<Object>> keysByOrderId = new HashMap<>();
    /** Finished orders, oldest first. */
    private final Set<String> retired = new LinkedHashSet<>();

    public OrderBook(int maxTerminalOrders) {
        if (maxTerminalOrders <= 0) {
            throw new IllegalArgumentException("maxTerminalOrders must be positive, was " + maxTerminalOrders);
        }
        this.maxTerminalOrders = maxTerminalOrders;
    }

    public void add(ParentOrder parent) {
        byOrderId.put(parent.orderId(), parent);
        addClientAlias(parent, parent.clOrdId());
    }

    /** Makes a further client ClOrdID (from a cancel or replace request) refer to the order. */
    public void addClientAlias(ParentOrder parent, String clOrdId) {
        ClientKey key = new ClientKey(parent.session(), clOrdId);
        byClientId.put(key, parent);
        keysOf(parent).add(key);
    }

    /** Makes a ClOrdID the gateway used towards the broker (child order, cancel, replace) refer to the child. */
    public void addChildAlias(ChildOrder child, String clOrdId) {
        childByClOrdId.put(clOrdId, child);
        keysOf(child.parent()).add(clOrdId);
    }

    /**
     * Notes that the order is finished. Once more than {@code maxTerminalOrders} are, the oldest is forgotten.
     * Calling it again for the same order does nothing.
     */
    public void retire(ParentOrder parent) {
        if (!retired.add(parent.orderId())) {
            return;
        }
        if (retired.size() > maxTerminalOrders) {
            Iterator<String> oldest = retired.iterator();
            String orderId = oldest.next();
            oldest.remove();
            forget(orderId);
        }
    }

    private void forget(String orderId) {
        byOrderId.remove(orderId);
        for (Object key : keysByOrderId.remove(orderId)) {
            if (key instanceof ClientKey clientKey) {
                byClientId.remove(clientKey);
            } else {
                childByClOrdId.remove((String) key);
            }
        }
    }

    private List<Object> keysOf(ParentOrder parent) {
        return keysByOrderId.computeIfAbsent(parent.orderId(), id -> new ArrayList<>(4));
    }

    public Optional<ParentOrder> byOrderId(String orderId) {
        return Optional.ofNullable(byOrderId.get(orderId));
    }

    public Optional<ParentOrder> byClientId(String session, String clOrdId) {
        return Optional.ofNullable(byClientId.get(new ClientKey(session, clOrdId)));
    }

    public boolean isClientIdUsed(String session, String clOrdId) {
        return byClientId.containsKey(new ClientKey(session, clOrdId));
    }

    public Optional<ChildOrder> childByClOrdId(String clOrdId) {
        return Optional.ofNullable(childByClOrdId.get(clOrdId));
    }

    /** Orders held in memory, working and retired. */
    public int size() {
        return byOrderId.size();
    }
}
