package fixgw.gateway.engine;

import fixgw.gateway.order.BrokerCancelReject;
import fixgw.gateway.order.BrokerExecution;
import fixgw.gateway.order.BrokerOrderStatus;
import fixgw.gateway.order.BrokerOrders;
import fixgw.gateway.order.ChildOrder;
import fixgw.gateway.order.CancelRejectReason;
import fixgw.gateway.order.ChildStatusRequest;
import fixgw.gateway.order.ExecType;
import fixgw.gateway.order.OrderBook;
import fixgw.gateway.order.OrderMetrics;
import fixgw.gateway.order.OrderStatus;
import fixgw.gateway.order.ParentOrder;
import fixgw.gateway.order.PendingChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reconciles child orders with their broker after its session logs on again: asks the broker for the status of
 * every open child, and turns each answer into the broker events the gateway missed while it was away (a
 * replace, the fills, the final state). Those events go through the normal broker execution path, so the parent
 * roll-up, the client's ExecutionReports and the ExecID dedupe work exactly as for the broker's own reports.
 *
 * <p>The events carry ExecIDs derived from the child's ClOrdID and what they apply (the CumQty of a fill), so a
 * repeated status answer applies nothing twice.
 *
 * <p>Not thread-safe: engine thread only, called by the {@link OrderManager}.
 */
final class ChildReconciler {

    private static final Logger LOG = LoggerFactory.getLogger(ChildReconciler.class);

    /**
     * Decimal places of the price of a fill found by reconciliation. That price is implied by the broker's AvgPx,
     * which is itself rounded, so it is only as exact as AvgPx; 8 places (half-even) keeps every listed price
     * grid exact and matches the scale of the average prices the gateway reports.
     */
    static final int MISSED_FILL_PRICE_SCALE = 8;
    static final String NOT_RECEIVED = "order not received by broker";
    static final String NO_LONGER_KNOWN = "order no longer known to broker";
    static final String CHANGE_NOT_RECEIVED = "cancel or replace not received by broker; the order is unchanged";
    private static final String EXEC_ID_PREFIX = "recon:";

    private final OrderBook book;
    private final BrokerOrders brokerOrders;
    private final OrderMetrics metrics;
    private final Consumer<BrokerExecution> brokerExecutions;
    private final Consumer<BrokerCancelReject> brokerCancelRejects;
    /**
     * The client ClOrdID of the cancel or replace pending on each child when its status was asked: only a change
     * requested before the logon can have been lost on the way to the broker. Entries leave when the answer
     * comes, or at the broker's next logon, so this holds at most the open children.
     */
    private final Map<ChildOrder, String> changesPendingWhenAsked = new HashMap<>();

    /**
     * @param brokerExecutions    where the missed broker events go: the order manager's normal execution path
     * @param brokerCancelRejects where a cancel or replace the broker never received is refused, the same way
     */
    ChildReconciler(OrderBook book, BrokerOrders brokerOrders, OrderMetrics metrics,
                    Consumer<BrokerExecution> brokerExecutions, Consumer<BrokerCancelReject> brokerCancelRejects) {
        this.book = book;
        this.brokerOrders = brokerOrders;
        this.metrics = metrics;
        this.brokerExecutions = brokerExecutions;
        this.brokerCancelRejects = brokerCancelRejects;
    }

    /** Asks {@code broker} for the status of each of its children that is not finished. */
    void requestStatuses(String broker) {
        changesPendingWhenAsked.keySet().removeIf(child -> child.broker().equals(broker));
        for (ChildOrder child : book.openChildren(broker)) {
            ParentOrder parent = child.parent();
            if (parent.pendingChange() != null) {
                changesPendingWhenAsked.put(child, parent.pendingChange().clOrdId());
            }
            LOG.info("reconciling child {} of {} with {}", child.clOrdId(), parent, broker);
            metrics.reconciliationRequested();
            brokerOrders.sendStatusRequest(new ChildStatusRequest(broker, child.clOrdId(), child.brokerOrderId(),
                    parent.symbol(), parent.side()));
        }
    }

    /** Applies what the broker's status answer shows the gateway missed; an answer that agrees changes nothing. */
    void onStatus(BrokerOrderStatus status) {
        Optional<ChildOrder> found = book.childByClOrdId(status.clOrdId());
        if (found.isEmpty()) {
            metrics.unknownExecutionIgnored();
            LOG.warn("ignoring order status from {} for unknown ClOrdID {}", status.broker(), status.clOrdId());
            return;
        }
        ChildOrder child = found.get();
        String changePendingWhenAsked = changesPendingWhenAsked.remove(child);
        if (child.isTerminal()) {
            LOG.debug("order status from {} for finished child {}: nothing to reconcile", status.broker(),
                    child.clOrdId());
            return;
        }
        if (!status.orderKnown()) {
            onUnknownAtBroker(child, status);
            return;
        }
        applyMissedReplace(child, status);
        applyMissedFill(child, status);
        if (!child.isTerminal()) {
            applyBrokerStatus(child, status);
        }
        if (!child.isTerminal() && changePendingWhenAsked != null) {
            refuseLostChange(child, status, changePendingWhenAsked);
        }
    }

    /**
     * The broker still has the order under the ClOrdID it had before the change the client asked for, while that
     * change was pending before the logon: the request never reached the broker and no answer will come. The
     * client gets an OrderCancelReject and may send it again.
     */
    private void refuseLostChange(ChildOrder child, BrokerOrderStatus status, String changePendingWhenAsked) {
        PendingChange pending = child.parent().pendingChange();
        if (pending == null || !pending.clOrdId().equals(changePendingWhenAsked)
                || !status.clOrdId().equals(child.clOrdId()) || status.status().isTerminal()) {
            return;
        }
        LOG.warn("broker {} has child {} unchanged: pending {} of {} was lost", status.broker(), child.clOrdId(),
                pending.kind(), pending.clOrdId());
        brokerCancelRejects.accept(new BrokerCancelReject(status.broker(), child.clOrdId(), null,
                CancelRejectReason.OTHER, CHANGE_NOT_RECEIVED));
    }

    /** Never received (still pending new): rejected; received and since lost by the broker: canceled by it. */
    private void onUnknownAtBroker(ChildOrder child, BrokerOrderStatus status) {
        LOG.warn("broker {} does not know child {} ({})", status.broker(), child.clOrdId(), child.status());
        if (child.status() == OrderStatus.PENDING_NEW) {
            apply(child, status, ExecType.REJECTED, 0, null, NOT_RECEIVED);
        } else {
            apply(child, status, ExecType.CANCELED, 0, null, NO_LONGER_KNOWN);
        }
    }

    /** The broker knows the order by the ClOrdID of our pending replace: it made the replace. */
    private void applyMissedReplace(ChildOrder child, BrokerOrderStatus status) {
        PendingChange pending = child.parent().pendingChange();
        if (pending != null && !pending.isCancel() && !status.clOrdId().equals(child.clOrdId())
                && status.status() != OrderStatus.CANCELED) {
            apply(child, status, ExecType.REPLACED, 0, null, null);
        }
    }

    private void applyMissedFill(ChildOrder child, BrokerOrderStatus status) {
        long missed = status.cumulativeQuantity() - child.cumulativeQuantity();
        if (missed < 0) {
            LOG.warn("broker {} reports CumQty {} for {} below the {} already counted; keeping ours",
                    status.broker(), status.cumulativeQuantity(), child.clOrdId(), child.cumulativeQuantity());
        }
        if (missed <= 0) {
            return;
        }
        Optional<BigDecimal> price = missedFillPrice(child, status, missed);
        if (price.isEmpty()) {
            LOG.error("broker {} reports CumQty {} for {} with AvgPx {}, which prices no missed fill of {}: "
                            + "not applied, check with the broker", status.broker(), status.cumulativeQuantity(),
                    child.clOrdId(), status.averagePrice(), missed);
            return;
        }
        apply(child, status, ExecType.TRADE, missed, price.get(), null);
    }

    /**
     * The price that makes the averages agree: (brokerCum * brokerAvgPx - counted notional) / missed quantity,
     * exact until the one division. The child's counted notional is its parent's while every parent has one
     * child (DMA).
     */
    private static Optional<BigDecimal> missedFillPrice(ChildOrder child, BrokerOrderStatus status, long missed) {
        if (status.averagePrice() == null || child.parent().children().size() != 1) {
            return Optional.empty();
        }
        BigDecimal brokerNotional = status.averagePrice().multiply(BigDecimal.valueOf(status.cumulativeQuantity()));
        BigDecimal price = brokerNotional.subtract(child.parent().filledNotional())
                .divide(BigDecimal.valueOf(missed), MISSED_FILL_PRICE_SCALE, RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
        return price.signum() > 0 ? Optional.of(price) : Optional.empty();
    }

    private void applyBrokerStatus(ChildOrder child, BrokerOrderStatus status) {
        switch (status.status()) {
            case CANCELED -> apply(child, status, ExecType.CANCELED, 0, null, status.text());
            case EXPIRED -> apply(child, status, ExecType.EXPIRED, 0, null, status.text());
            case REJECTED -> apply(child, status, ExecType.REJECTED, 0, null, status.text());
            case FILLED -> LOG.warn("broker {} reports {} filled at CumQty {} but {} of {} are counted",
                    status.broker(), child.clOrdId(), status.cumulativeQuantity(), child.cumulativeQuantity(),
                    child.quantity());
            default -> {
                if (child.status() == OrderStatus.PENDING_NEW) {
                    // the broker has the order working: its acknowledgement was missed
                    apply(child, status, ExecType.NEW, 0, null, null);
                }
            }
        }
    }

    private void apply(ChildOrder child, BrokerOrderStatus status, ExecType execType, long lastQuantity,
                       BigDecimal lastPrice, String text) {
        String what = execType == ExecType.TRADE ? "cum=" + status.cumulativeQuantity() : execType.name();
        String execId = EXEC_ID_PREFIX + child.clOrdId() + ":" + what;
        LOG.info("reconciliation applies {} to child {}", execId, child.clOrdId());
        brokerExecutions.accept(new BrokerExecution(status.broker(), status.clOrdId(), null, status.brokerOrderId(),
                execId, execType, status.status(), lastQuantity, lastPrice, status.cumulativeQuantity(), null, text,
                false, status.receivedNanos()));
    }
}
