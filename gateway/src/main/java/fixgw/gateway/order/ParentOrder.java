package fixgw.gateway.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A client's order as the gateway owns it: the parent of the child orders sent to brokers. Its fills are the
 * sum of its children's.
 *
 * <p>Not thread-safe: owned and mutated by the engine thread only.
 */
public final class ParentOrder {

    /** Scale of reported average prices: enough for any listed price grid, and deterministic. */
    static final int AVERAGE_PRICE_SCALE = 8;

    private final String orderId;
    private final String session;
    private final String symbol;
    private final Side side;
    private final OrderType type;
    private final TimeInForce timeInForce;
    private final String account;
    private final List<ChildOrder> children = new ArrayList<>(1);
    private final List<String> clientClOrdIds = new ArrayList<>(2);

    private String clOrdId;
    private int brokerRequests;
    private long quantity;
    private BigDecimal price;
    private OrderStatus status = OrderStatus.PENDING_NEW;
    private PendingChange pendingChange;
    private long cumulativeQuantity;
    private BigDecimal filledNotional = BigDecimal.ZERO;

    public ParentOrder(String orderId, NewOrderRequest request) {
        this(orderId, request.session(), request.clOrdId(), request.symbol(), request.side(), request.type(),
                request.timeInForce(), request.account(), request.quantity(), request.price());
    }

    private ParentOrder(String orderId, String session, String clOrdId, String symbol, Side side, OrderType type,
                        TimeInForce timeInForce, String account, long quantity, BigDecimal price) {
        this.orderId = orderId;
        this.session = session;
        this.clOrdId = clOrdId;
        this.symbol = symbol;
        this.side = side;
        this.type = type;
        this.timeInForce = timeInForce;
        this.account = account;
        this.quantity = quantity;
        this.price = price;
    }

    public ParentOrderState state() {
        List<ChildOrderState> childStates = new ArrayList<>(children.size());
        for (ChildOrder child : children) {
            childStates.add(child.state());
        }
        return new ParentOrderState(orderId, session, clOrdId, clientClOrdIds, symbol, side, type, timeInForce,
                account, quantity, price, status, pendingChange, cumulativeQuantity, filledNotional, brokerRequests,
                childStates);
    }

    /** Rebuilds an order and its children from stored state, exactly as it was when the state was taken. */
    public static ParentOrder restore(ParentOrderState state) {
        ParentOrder parent = new ParentOrder(state.orderId(), state.session(), state.clOrdId(), state.symbol(),
                state.side(), state.type(), state.timeInForce(), state.account(), state.quantity(), state.price());
        parent.clientClOrdIds.addAll(state.clientClOrdIds());
        parent.status = state.status();
        parent.pendingChange = state.pendingChange();
        parent.cumulativeQuantity = state.cumulativeQuantity();
        parent.filledNotional = state.filledNotional();
        parent.brokerRequests = state.brokerRequests();
        for (ChildOrderState child : state.children()) {
            parent.children.add(ChildOrder.restore(parent, child));
        }
        return parent;
    }

    /** Every ClOrdID the client used on this order (new, cancels, replaces). */
    public List<String> clientClOrdIds() {
        return Collections.unmodifiableList(clientClOrdIds);
    }

    void addClientClOrdId(String id) {
        clientClOrdIds.add(id);
    }

    public String orderId() {
        return orderId;
    }

    public String session() {
        return session;
    }

    public String clOrdId() {
        return clOrdId;
    }

    public String symbol() {
        return symbol;
    }

    public Side side() {
        return side;
    }

    public OrderType type() {
        return type;
    }

    public TimeInForce timeInForce() {
        return timeInForce;
    }

    public String account() {
        return account;
    }

    public long quantity() {
        return quantity;
    }

    public BigDecimal price() {
        return price;
    }

    public long cumulativeQuantity() {
        return cumulativeQuantity;
    }

    public long leavesQuantity() {
        return status.isTerminal() ? 0 : quantity - cumulativeQuantity;
    }

    /** Sum of quantity times price over all fills, exact. */
    public BigDecimal filledNotional() {
        return filledNotional;
    }

    /** Volume-weighted price of all fills, zero before the first. */
    public BigDecimal averagePrice() {
        if (cumulativeQuantity == 0) {
            return BigDecimal.ZERO;
        }
        return filledNotional
                .divide(BigDecimal.valueOf(cumulativeQuantity), AVERAGE_PRICE_SCALE, RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
    }

    /** The state of the order itself, ignoring any pending cancel or replace. */
    public OrderStatus status() {
        return status;
    }

    /**
     * The OrdStatus to report: a pending cancel or replace shows while the order is still working, as FIX
     * order-state precedence asks; a filled or finished order shows as such.
     */
    public OrderStatus reportedStatus() {
        if (pendingChange == null || status.isTerminal()) {
            return status;
        }
        return pendingChange.isCancel() ? OrderStatus.PENDING_CANCEL : OrderStatus.PENDING_REPLACE;
    }

    public boolean isTerminal() {
        return status.isTerminal();
    }

    public PendingChange pendingChange() {
        return pendingChange;
    }

    public List<ChildOrder> children() {
        return Collections.unmodifiableList(children);
    }

    /** The next ClOrdID for a request to a broker about this order: child order, cancel or replace. */
    public String nextBrokerClOrdId() {
        brokerRequests++;
        return orderId + "." + brokerRequests;
    }

    public void addChild(ChildOrder child) {
        children.add(child);
    }

    public void acknowledge() {
        if (status == OrderStatus.PENDING_NEW) {
            status = OrderStatus.NEW;
        }
    }

    /** The order is refused, also after its acknowledgement; a cancel or replace still pending is moot. */
    public void reject() {
        status = OrderStatus.REJECTED;
        pendingChange = null;
    }

    public void fill(long lastQuantity, BigDecimal lastPrice) {
        cumulativeQuantity += lastQuantity;
        filledNotional = filledNotional.add(lastPrice.multiply(BigDecimal.valueOf(lastQuantity)));
        status = cumulativeQuantity >= quantity ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED;
    }

    public void requestChange(PendingChange change) {
        this.pendingChange = change;
    }

    public void clearPendingChange() {
        this.pendingChange = null;
    }

    /** The broker confirmed the cancel: the order is done and now known by the cancel's ClOrdID. */
    public void cancel(String newClOrdId) {
        if (newClOrdId != null) {
            clOrdId = newClOrdId;
        }
        status = OrderStatus.CANCELED;
        pendingChange = null;
    }

    public void expire() {
        status = OrderStatus.EXPIRED;
        pendingChange = null;
    }

    /** The broker confirmed the replace: new quantity and price, and the order takes the new ClOrdID. */
    public void replace(PendingChange change) {
        clOrdId = change.clOrdId();
        quantity = change.quantity();
        if (change.price() != null) {
            price = change.price();
        }
        if (cumulativeQuantity >= quantity) {
            status = OrderStatus.FILLED;
        } else if (status == OrderStatus.PENDING_NEW) {
            status = OrderStatus.NEW;
        }
        pendingChange = null;
    }

    @Override
    public String toString() {
        return "ParentOrder[" + orderId + " session=" + session + " clOrdId=" + clOrdId + " " + side + " "
                + quantity + " " + symbol + " " + status + " cum=" + cumulativeQuantity + "]";
    }
}
