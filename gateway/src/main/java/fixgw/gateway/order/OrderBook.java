package fixgw.gateway.order;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The gateway's index of parent and child orders: by gateway order id, by (session, ClOrdID) for every ClOrdID
 * a client used on an order, and by every ClOrdID the gateway used towards a broker.
 *
 * <p>Not thread-safe: owned by the engine thread.
 */
public final class OrderBook {

    private record ClientKey(String session, String clOrdId) {
    }

    private final Map<String, ParentOrder> byOrderId = new HashMap<>();
    private final Map<ClientKey, ParentOrder> byClientId = new HashMap<>();
    private final Map<String, ChildOrder> childByClOrdId = new HashMap<>();

    public void add(ParentOrder parent) {
        byOrderId.put(parent.orderId(), parent);
        byClientId.put(new ClientKey(parent.session(), parent.clOrdId()), parent);
    }

    /** Makes a further client ClOrdID (from a cancel or replace request) refer to the order. */
    public void addClientAlias(ParentOrder parent, String clOrdId) {
        byClientId.put(new ClientKey(parent.session(), clOrdId), parent);
    }

    /** Makes a ClOrdID the gateway used towards the broker (child order, cancel, replace) refer to the child. */
    public void addChildAlias(ChildOrder child, String clOrdId) {
        childByClOrdId.put(clOrdId, child);
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

    public int size() {
        return byOrderId.size();
    }
}
