package fixgw.gateway.order;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An order the gateway sent to a broker on behalf of a {@link ParentOrder}.
 *
 * <p>Remembers the broker ExecIDs it has applied so that a resent or duplicated report never counts twice;
 * the set lives and dies with the child, so it is bounded by the order's own life.
 *
 * <p>Not thread-safe: owned and mutated by the engine thread only.
 */
public final class ChildOrder {

    private final ParentOrder parent;
    private final String broker;
    private final Set<String> appliedExecIds = new HashSet<>(4);
    private final List<String> clOrdIds = new ArrayList<>(2);

    private String clOrdId;
    private long quantity;
    private BigDecimal price;
    private String brokerOrderId;
    private OrderStatus status = OrderStatus.PENDING_NEW;
    private long cumulativeQuantity;

    public ChildOrder(ParentOrder parent, String broker, String clOrdId, long quantity, BigDecimal price) {
        this.parent = parent;
        this.broker = broker;
        this.clOrdId = clOrdId;
        this.quantity = quantity;
        this.price = price;
    }

    public ParentOrder parent() {
        return parent;
    }

    public String broker() {
        return broker;
    }

    /** The ClOrdID the broker currently knows this order by (changes with each replace). */
    public String clOrdId() {
        return clOrdId;
    }

    public long quantity() {
        return quantity;
    }

    public BigDecimal price() {
        return price;
    }

    public String brokerOrderId() {
        return brokerOrderId;
    }

    public OrderStatus status() {
        return status;
    }

    public long cumulativeQuantity() {
        return cumulativeQuantity;
    }

    public boolean isTerminal() {
        return status.isTerminal();
    }

    /** Every ClOrdID the gateway used towards the broker for this child (order, cancels, replaces). */
    public List<String> clOrdIds() {
        return Collections.unmodifiableList(clOrdIds);
    }

    void addClOrdId(String id) {
        clOrdIds.add(id);
    }

    public ChildOrderState state() {
        return new ChildOrderState(broker, clOrdId, clOrdIds, quantity, price, brokerOrderId, status,
                cumulativeQuantity, appliedExecIds);
    }

    /** Rebuilds a child from its stored state, as the child of {@code parent}. */
    static ChildOrder restore(ParentOrder parent, ChildOrderState state) {
        ChildOrder child = new ChildOrder(parent, state.broker(), state.clOrdId(), state.quantity(), state.price());
        child.clOrdIds.addAll(state.clOrdIds());
        child.brokerOrderId = state.brokerOrderId();
        child.status = state.status();
        child.cumulativeQuantity = state.cumulativeQuantity();
        child.appliedExecIds.addAll(state.appliedExecIds());
        return child;
    }

    /** Records the execution id; {@code false} if it was applied before and must be ignored. */
    public boolean markApplied(String execId) {
        return appliedExecIds.add(execId);
    }

    public void acknowledge(String brokerOrderId) {
        if (brokerOrderId != null) {
            this.brokerOrderId = brokerOrderId;
        }
        if (status == OrderStatus.PENDING_NEW) {
            status = OrderStatus.NEW;
        }
    }

    public void fill(long lastQuantity) {
        cumulativeQuantity += lastQuantity;
        status = cumulativeQuantity >= quantity ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED;
    }

    public void finish(OrderStatus finalStatus) {
        status = finalStatus;
    }

    public void replace(String newClOrdId, long newQuantity, BigDecimal newPrice) {
        clOrdId = newClOrdId;
        quantity = newQuantity;
        if (newPrice != null) {
            price = newPrice;
        }
        if (cumulativeQuantity >= quantity) {
            status = OrderStatus.FILLED;
        }
    }
}
