package fixgw.gateway.order;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
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
    private final Map<String, ParentOrder> byOrderId = new LinkedHashMap<>();
    private final Map<ClientKey, ParentOrder> byClientId = new HashMap<>();
    private final Map<String, ChildOrder> childByClOrdId = new HashMap<>();
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

    /**
     * Indexes an order rebuilt from stored state under every id it had; a finished one is retired at once.
     */
    public void restore(ParentOrder parent) {
        byOrderId.put(parent.orderId(), parent);
        for (String clOrdId : parent.clientClOrdIds()) {
            byClientId.put(new ClientKey(parent.session(), clOrdId), parent);
        }
        for (ChildOrder child : parent.children()) {
            for (String clOrdId : child.clOrdIds()) {
                childByClOrdId.put(clOrdId, child);
            }
        }
        if (parent.isTerminal()) {
            retire(parent);
        }
    }

    /** Makes a further client ClOrdID (from a cancel or replace request) refer to the order. */
    public void addClientAlias(ParentOrder parent, String clOrdId) {
        byClientId.put(new ClientKey(parent.session(), clOrdId), parent);
        parent.addClientClOrdId(clOrdId);
    }

    /** Makes a ClOrdID the gateway used towards the broker (child order, cancel, replace) refer to the child. */
    public void addChildAlias(ChildOrder child, String clOrdId) {
        childByClOrdId.put(clOrdId, child);
        child.addClOrdId(clOrdId);
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
        ParentOrder parent = byOrderId.remove(orderId);
        for (String clOrdId : parent.clientClOrdIds()) {
            byClientId.remove(new ClientKey(parent.session(), clOrdId));
        }
        for (ChildOrder child : parent.children()) {
            for (String clOrdId : child.clOrdIds()) {
                childByClOrdId.remove(clOrdId);
            }
        }
    }

    /** Every child at {@code broker} that is not finished, whatever its parent's state; oldest order first. */
    public List<ChildOrder> openChildren(String broker) {
        List<ChildOrder> open = new ArrayList<>();
        for (ParentOrder parent : byOrderId.values()) {
            for (ChildOrder child : parent.children()) {
                if (!child.isTerminal() && child.broker().equals(broker)) {
                    open.add(child);
                }
            }
        }
        return open;
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
