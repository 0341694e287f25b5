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

    private String clOrdId;
    private int brokerRequests;
    private long quantity;
    private BigDecimal price;
    private OrderStatus status = OrderStatus.PENDING_NEW;
    private PendingChange pendingChange;
    private long cumulativeQuantity;
    private BigDecimal filledNotional = BigDecimal.ZERO;

    public ParentOrder(String orderId, NewOrderRequest request) {
        this.orderId = orderId;
        this.session = request.session();
        this.clOrdId = request.clOrdId();
        this.symbol = request.symbol();
        this.side = request.side();
        this.type = request.type();
        this.timeInForce = request.timeInForce();
        this.quantity = request.quantity();
        this.price = request.price();
        this.account = request.account();
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

    public void reject() {
        status = OrderStatus.REJECTED;
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
