package fixgw.gateway.engine;

import fixgw.gateway.order.BrokerCancelReject;
import fixgw.gateway.order.BrokerExecution;
import fixgw.gateway.order.BrokerOrderStatus;
import fixgw.gateway.order.BrokerOrders;
import fixgw.gateway.order.BrokerSessionChange;
import fixgw.gateway.order.CancelReject;
import fixgw.gateway.order.CancelRejectReason;
import fixgw.gateway.order.CancelRequest;
import fixgw.gateway.order.ChildCancelRequest;
import fixgw.gateway.order.ChildOrder;
import fixgw.gateway.order.ChildOrderRequest;
import fixgw.gateway.order.ChildReplaceRequest;
import fixgw.gateway.order.ClientReports;
import fixgw.gateway.order.CommandHandler;
import fixgw.gateway.order.ExecType;
import fixgw.gateway.order.ExecutionReport;
import fixgw.gateway.order.IdGenerator;
import fixgw.gateway.order.NewOrderRequest;
import fixgw.gateway.order.OrderBook;
import fixgw.gateway.order.OrderMetrics;
import fixgw.gateway.order.OrderStatus;
import fixgw.gateway.order.ParentOrder;
import fixgw.gateway.order.ParentOrderState;
import fixgw.gateway.order.PendingChange;
import fixgw.gateway.order.RejectReason;
import fixgw.gateway.order.Rejection;
import fixgw.gateway.order.ReplaceRequest;
import fixgw.gateway.order.StatusRequest;
import fixgw.gateway.position.PositionBook;
import fixgw.gateway.risk.PreTradeRisk;
import fixgw.gateway.route.BrokerAvailability;
import fixgw.gateway.route.Router;
import fixgw.gateway.route.RoutingDecision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;

/**
 * The order state machine of the gateway: applies client requests and broker events to parent and child orders
 * and says what to send. Every order is DMA for now: one parent, one child at one broker. The gateway acknowledges
 * (New) each order it accepts in the batch that stores it; the broker's fills, cancels, replaces and rejects then
 * pass through to the client. Each time a broker session logs on, its open
 * children are reconciled with the broker ({@link ChildReconciler}); fills count once, by ExecID and by the
 * broker's CumQty ({@link FillGuard}).
 *
 * <p>Not thread-safe: the single writer of all order state, called only on the engine thread. What it sends
 * goes to {@link ClientReports} and {@link BrokerOrders}, which the engine holds back until the batch is
 * committed.
 */
public final class OrderManager implements CommandHandler {

    private static final Logger LOG = LoggerFactory.getLogger(OrderManager.class);
    /** The OrderID of reports about orders the gateway never accepted (FIX convention). */
    public static final String NO_ORDER_ID = "NONE";

    private final OrderBook book;
    private final IdGenerator ids;
    private final Clock clock;
    private final PreTradeRisk risk;
    private final Router router;
    private final BrokerAvailability brokers;
    private final ClientReports clients;
    private final BrokerOrders brokerOrders;
    private final OrderMetrics metrics;
    private final StateStore store;
    private final PositionBook positions;
    private final ChildReconciler reconciler;

    public OrderManager(OrderBook book, IdGenerator ids, Clock clock, PreTradeRisk risk, Router router,
                        BrokerAvailability brokers, ClientReports clients, BrokerOrders brokerOrders,
                        OrderMetrics metrics, StateStore store, PositionBook positions) {
        this.book = book;
        this.ids = ids;
        this.clock = clock;
        this.risk = risk;
        this.router = router;
        this.brokers = brokers;
        this.clients = clients;
        this.brokerOrders = brokerOrders;
        this.metrics = metrics;
        this.store = store;
        this.positions = positions;
        this.reconciler = new ChildReconciler(book, brokerOrders, metrics, this::onBrokerExecution,
                this::onBrokerCancelReject);
    }

    // ---- client requests

    @Override
    public void onNewOrder(NewOrderRequest request) {
        metrics.orderReceived();
        Optional<String> existing = book.byClientId(request.session(), request.clOrdId()).map(ParentOrder::orderId)
                .or(() -> store.findRetired(request.session(), request.clOrdId()).map(ParentOrderState::orderId));
        if (existing.isPresent()) {
            reject(request, new Rejection(RejectReason.DUPLICATE_ORDER, "duplicate ClOrdID '" + request.clOrdId()
                    + "': already used by order " + existing.get()));
            return;
        }
        Optional<Rejection> riskRejection = risk.check(request);
        if (riskRejection.isPresent()) {
            reject(request, riskRejection.get());
            return;
        }
        ParentOrder parent = new ParentOrder(ids.nextOrderId(), request);
        RoutingDecision route = router.route(parent);
        if (!route.isRouted()) {
            reject(request, route.rejection());
            return;
        }
        book.add(parent);
        ChildOrder child = new ChildOrder(parent, route.broker(), parent.nextBrokerClOrdId(), parent.quantity(),
                parent.price());
        parent.addChild(child);
        book.addChildAlias(child, child.clOrdId());
        store.created(parent);
        LOG.debug("accepted {} as child {} to {}", parent, child.clOrdId(), child.broker());
        // the gateway's own acknowledgement, sent once this batch is committed: the parent is the gateway's order
        // (an algorithm's first child may not even exist yet), so it does not wait for a broker's
        acknowledge(parent);
        brokerOrders.sendNewChild(new ChildOrderRequest(child.broker(), child.clOrdId(), parent.symbol(),
                parent.side(), parent.type(), parent.timeInForce(), child.quantity(), child.price(),
                parent.account(), clock.instant()));
    }

    @Override
    public void onCancel(CancelRequest request) {
        Optional<ParentOrder> found = changeable(request.session(), request.clOrdId(), request.origClOrdId(), false);
        if (found.isEmpty()) {
            return;
        }
        ParentOrder parent = found.get();
        PendingChange change = PendingChange.cancel(request.clOrdId());
        String previousClOrdId = parent.clOrdId();
        parent.requestChange(change);
        book.addClientAlias(parent, request.clOrdId());
        store.changed(parent);
        report(parent, ExecType.PENDING_CANCEL, request.clOrdId(), previousClOrdId, null);
        for (ChildOrder child : parent.children()) {
            if (!child.isTerminal()) {
                String cancelId = parent.nextBrokerClOrdId();
                book.addChildAlias(child, cancelId);
                brokerOrders.sendCancelChild(new ChildCancelRequest(child.broker(), cancelId, child.clOrdId(),
                        child.brokerOrderId(), parent.symbol(), parent.side(), child.quantity(), clock.instant()));
            }
        }
    }

    @Override
    public void onReplace(ReplaceRequest request) {
        Optional<ParentOrder> found = changeable(request.session(), request.clOrdId(), request.origClOrdId(), true);
        if (found.isEmpty()) {
            return;
        }
        ParentOrder parent = found.get();
        Optional<String> invalid = replaceProblem(parent, request);
        if (invalid.isPresent()) {
            cancelReject(request.session(), parent, request.clOrdId(), request.origClOrdId(), true,
                    CancelRejectReason.OTHER, invalid.get());
            return;
        }
        PendingChange change = PendingChange.replace(request.clOrdId(), request.quantity(), request.price());
        String previousClOrdId = parent.clOrdId();
        parent.requestChange(change);
        book.addClientAlias(parent, request.clOrdId());
        store.changed(parent);
        report(parent, ExecType.PENDING_REPLACE, request.clOrdId(), previousClOrdId, null);
        for (ChildOrder child : parent.children()) {
            if (!child.isTerminal()) {
                String replaceId = parent.nextBrokerClOrdId();
                book.addChildAlias(child, replaceId);
                BigDecimal price = request.price() != null ? request.price() : child.price();
                brokerOrders.sendReplaceChild(new ChildReplaceRequest(child.broker(), replaceId, child.clOrdId(),
                        child.brokerOrderId(), parent.symbol(), parent.side(), parent.type(),
                        parent.timeInForce(), request.quantity(), price, clock.instant()));
            }
        }
    }

    private static Optional<String> replaceProblem(ParentOrder parent, ReplaceRequest request) {
        if (request.problem() != null) {
            return Optional.of(request.problem());
        }
        if (request.quantity() <= parent.cumulativeQuantity()) {
            return Optional.of("new quantity " + request.quantity() + " must exceed the filled quantity "
                    + parent.cumulativeQuantity());
        }
        if (request.price() != null && !parent.type().isPriced()) {
            return Optional.of("a " + parent.type() + " order has no price to replace");
        }
        return Optional.empty();
    }

    /**
     * Finds the order a cancel or replace refers to, answering the client with an OrderCancelReject when it
     * cannot be changed.
     */
    private Optional<ParentOrder> changeable(String session, String clOrdId, String origClOrdId, boolean toReplace) {
        Optional<ParentOrder> found = book.byClientId(session, origClOrdId);
        Optional<ParentOrderState> retired = found.isEmpty() ? store.findRetired(session, origClOrdId)
                : Optional.empty();
        if (retired.isPresent()) {
            cancelReject(session, ParentOrder.restore(retired.get()), clOrdId, origClOrdId, toReplace,
                    CancelRejectReason.TOO_LATE_TO_CANCEL, "too late: order " + retired.get().orderId() + " is "
                            + retired.get().status());
            return Optional.empty();
        }
        if (found.isEmpty()) {
            cancelReject(session, null, clOrdId, origClOrdId, toReplace, CancelRejectReason.UNKNOWN_ORDER,
                    "unknown order: no order with ClOrdID '" + origClOrdId + "'");
            return Optional.empty();
        }
        ParentOrder parent = found.get();
        if (book.isClientIdUsed(session, clOrdId) || store.findRetired(session, clOrdId).isPresent()) {
            cancelReject(session, parent, clOrdId, origClOrdId, toReplace, CancelRejectReason.DUPLICATE_CLORDID,
                    "duplicate ClOrdID '" + clOrdId + "': already used on this session");
            return Optional.empty();
        }
        if (parent.isTerminal()) {
            cancelReject(session, parent, clOrdId, origClOrdId, toReplace, CancelRejectReason.TOO_LATE_TO_CANCEL,
                    "too late: order " + parent.orderId() + " is " + parent.status());
            return Optional.empty();
        }
        if (parent.pendingChange() != null) {
            cancelReject(session, parent, clOrdId, origClOrdId, toReplace, CancelRejectReason.ALREADY_PENDING,
                    "a cancel or replace is already pending for order " + parent.orderId());
            return Optional.empty();
        }
        String broker = parent.children().get(0).broker();
        if (!brokers.isAvailable(broker)) {
            cancelReject(session, parent, clOrdId, origClOrdId, toReplace, CancelRejectReason.OTHER,
                    "broker " + broker + " is not logged on; the order is unchanged");
            return Optional.empty();
        }
        return found;
    }

    @Override
    public void onStatusRequest(StatusRequest request) {
        Optional<ParentOrder> found = book.byClientId(request.session(), request.clOrdId());
        if (found.isEmpty() && request.orderId() != null) {
            found = book.byOrderId(request.orderId()).filter(p -> p.session().equals(request.session()));
        }
        if (found.isEmpty()) {
            found = store.findRetired(request.session(), request.clOrdId()).map(ParentOrder::restore);
        }
        if (found.isPresent()) {
            report(found.get(), ExecType.ORDER_STATUS, found.get().clOrdId(), null, null);
            return;
        }
        clients.sendExecutionReport(new ExecutionReport(request.session(), NO_ORDER_ID, request.clOrdId(), null,
                ids.nextExecId(), ExecType.ORDER_STATUS, OrderStatus.REJECTED, request.symbol(), request.side(), null, null, 0, null,
                0, null, 0, 0, BigDecimal.ZERO, null, "unknown order: no order with ClOrdID '"
                + request.clOrdId() + "'", null, clock.instant()));
    }

    // ---- broker events

    @Override
    public void onBrokerExecution(BrokerExecution execution) {
        Optional<ChildOrder> found = book.childByClOrdId(execution.childClOrdId());
        if (found.isEmpty() && execution.origClOrdId() != null) {
            found = book.childByClOrdId(execution.origClOrdId());
        }
        if (found.isEmpty()) {
            metrics.unknownExecutionIgnored();
            LOG.warn("ignoring execution {} from {} for unknown ClOrdID {}", execution.execId(),
                    execution.broker(), execution.childClOrdId());
            return;
        }
        ChildOrder child = found.get();
        if (!child.markApplied(execution.execId())) {
            metrics.duplicateExecutionIgnored();
            LOG.info("ignoring duplicate execution {} from {} for {}", execution.execId(), execution.broker(),
                    child.clOrdId());
            return;
        }
        ParentOrder parent = child.parent();
        switch (execution.execType()) {
            case NEW -> onChildAcknowledged(child, parent, execution);
            case TRADE -> onChildFill(child, parent, execution);
            case CANCELED -> onChildCanceled(child, parent, execution);
            case REPLACED -> onChildReplaced(child, parent, execution);
            case REJECTED -> onChildRejected(child, parent, execution);
            case EXPIRED -> onChildExpired(child, parent);
            default -> LOG.debug("no action for {} on {}", execution.execType(), child.clOrdId());
        }
        store.changed(parent);
        if (parent.isTerminal()) {
            book.retire(parent);
        }
    }

    private void onChildAcknowledged(ChildOrder child, ParentOrder parent, BrokerExecution execution) {
        child.acknowledge(execution.brokerOrderId());
        // only a parent stored by a version that waited for the broker's acknowledgement is still pending new
        if (parent.status() == OrderStatus.PENDING_NEW) {
            acknowledge(parent);
        }
    }

    private void acknowledge(ParentOrder parent) {
        parent.acknowledge();
        metrics.orderAcknowledged();
        report(parent, ExecType.NEW, parent.clOrdId(), null, null);
    }

    private void onChildFill(ChildOrder child, ParentOrder parent, BrokerExecution execution) {
        if (execution.lastQuantity() <= 0 || execution.lastPrice() == null) {
            LOG.warn("ignoring fill {} on {} without quantity or price", execution.execId(), child.clOrdId());
            return;
        }
        if (parent.status() == OrderStatus.PENDING_NEW) {
            // a fill implies the broker accepted the order even if its acknowledgement was lost
            onChildAcknowledged(child, parent, execution);
        }
        long quantity = FillGuard.uncountedQuantity(child, execution);
        if (quantity == 0) {
            metrics.staleFillIgnored();
            LOG.info("ignoring fill {} of {} on {}: broker CumQty {} is already counted ({})", execution.execId(),
                    execution.lastQuantity(), child.clOrdId(), execution.cumulativeQuantity(),
                    child.cumulativeQuantity());
            return;
        }
        if (quantity < execution.lastQuantity()) {
            LOG.warn("fill {} on {} of {} exceeds what broker CumQty {} leaves uncounted; counting {}",
                    execution.execId(), child.clOrdId(), execution.lastQuantity(), execution.cumulativeQuantity(),
                    quantity);
        }
        child.acknowledge(execution.brokerOrderId());
        child.fill(quantity);
        parent.fill(quantity, execution.lastPrice());
        store.changed(positions.onFill(parent.session(), parent.symbol(), parent.side(), quantity,
                execution.lastPrice()));
        metrics.fill(quantity);
        clients.sendExecutionReport(reportOf(parent, ExecType.TRADE, parent.clOrdId(), null, null, quantity,
                execution.lastPrice()));
    }

    private void onChildCanceled(ChildOrder child, ParentOrder parent, BrokerExecution execution) {
        child.finish(OrderStatus.CANCELED);
        if (parent.isTerminal()) {
            return;
        }
        PendingChange pending = parent.pendingChange();
        String previousClOrdId = parent.clOrdId();
        if (pending != null && pending.isCancel()) {
            parent.cancel(pending.clOrdId());
            report(parent, ExecType.CANCELED, parent.clOrdId(), previousClOrdId, null);
        } else {
            // unsolicited: the broker ended the order (IOC remainder, broker-side cancel)
            parent.cancel(null);
            report(parent, ExecType.CANCELED, parent.clOrdId(), null, "canceled by broker " + child.broker()
                    + (execution.text() != null ? ": " + execution.text() : ""));
        }
    }

    private void onChildReplaced(ChildOrder child, ParentOrder parent, BrokerExecution execution) {
        PendingChange pending = parent.pendingChange();
        if (pending == null || pending.isCancel()) {
            LOG.warn("unexpected replace {} of {} for {}", execution.execId(), child.clOrdId(), parent);
            return;
        }
        child.replace(execution.childClOrdId(), pending.quantity(), pending.price());
        String previousClOrdId = parent.clOrdId();
        parent.replace(pending);
        report(parent, ExecType.REPLACED, parent.clOrdId(), previousClOrdId, null);
    }

    /**
     * The broker refused the child (or never received it): the acknowledged parent goes New -> Rejected, which FIX
     * allows after an acknowledgement. A parent that already traded cannot be rejected: what is left is canceled.
     */
    private void onChildRejected(ChildOrder child, ParentOrder parent, BrokerExecution execution) {
        child.finish(OrderStatus.REJECTED);
        if (parent.isTerminal()) {
            return;
        }
        String text = "broker " + child.broker() + " rejected the order"
                + (execution.text() != null ? ": " + execution.text() : "");
        if (parent.cumulativeQuantity() > 0) {
            LOG.warn("broker {} rejected child {} of {} after fills: {}", child.broker(), child.clOrdId(), parent,
                    execution.text());
            parent.cancel(null);
            report(parent, ExecType.CANCELED, parent.clOrdId(), null, text);
            return;
        }
        parent.reject();
        RejectReason reason = execution.rejectReason() != null ? execution.rejectReason()
                : RejectReason.BROKER_REJECTED;
        metrics.orderRejected(reason);
        clients.sendExecutionReport(reportOf(parent, ExecType.REJECTED, parent.clOrdId(), null, text, 0, null,
                reason));
    }

    private void onChildExpired(ChildOrder child, ParentOrder parent) {
        child.finish(OrderStatus.EXPIRED);
        if (!parent.isTerminal()) {
            parent.expire();
            report(parent, ExecType.EXPIRED, parent.clOrdId(), null, null);
        }
    }

    @Override
    public void onBrokerCancelReject(BrokerCancelReject reject) {
        Optional<ChildOrder> found = book.childByClOrdId(reject.requestClOrdId());
        if (found.isEmpty()) {
            metrics.unknownExecutionIgnored();
            LOG.warn("ignoring cancel reject from {} for unknown ClOrdID {}", reject.broker(),
                    reject.requestClOrdId());
            return;
        }
        ParentOrder parent = found.get().parent();
        PendingChange pending = parent.pendingChange();
        if (pending == null) {
            LOG.info("cancel reject from {} for {} with nothing pending", reject.broker(), parent);
            return;
        }
        parent.clearPendingChange();
        store.changed(parent);
        String text = "broker " + reject.broker() + " refused"
                + (reject.text() != null ? ": " + reject.text() : "");
        cancelReject(parent.session(), parent, pending.clOrdId(), parent.clOrdId(), !pending.isCancel(),
                reject.reason(), text);
    }

    @Override
    public void onBrokerOrderStatus(BrokerOrderStatus status) {
        reconciler.onStatus(status);
    }

    @Override
    public void onBrokerSessionChange(BrokerSessionChange change) {
        LOG.info("broker {} {}", change.broker(), change.loggedOn() ? "logged on" : "logged out");
        brokers.update(change.broker(), change.loggedOn());
        if (change.loggedOn()) {
            // every logon, not only the first: whatever happened while the session was down is found out now
            reconciler.requestStatuses(change.broker());
        }
    }

    // ---- reports

    private void reject(NewOrderRequest request, Rejection rejection) {
        metrics.orderRejected(rejection.reason());
        LOG.info("rejected order session={} clOrdId={}: {}", request.session(), request.clOrdId(),
                rejection.text());
        clients.sendExecutionReport(new ExecutionReport(request.session(), NO_ORDER_ID, request.clOrdId(),
                null, ids.nextExecId(), ExecType.REJECTED, OrderStatus.REJECTED, request.symbol(), request.side(),
                request.type(), request.timeInForce(), request.quantity(), request.price(), 0, null, 0, 0,
                BigDecimal.ZERO, rejection.reason(), rejection.text(), request.account(), clock.instant()));
    }

    private void report(ParentOrder parent, ExecType execType, String clOrdId, String origClOrdId, String text) {
        clients.sendExecutionReport(reportOf(parent, execType, clOrdId, origClOrdId, text, 0, null));
    }

    private ExecutionReport reportOf(ParentOrder parent, ExecType execType, String clOrdId, String origClOrdId,
                                     String text, long lastQuantity, BigDecimal lastPrice) {
        return reportOf(parent, execType, clOrdId, origClOrdId, text, lastQuantity, lastPrice, null);
    }

    private ExecutionReport reportOf(ParentOrder parent, ExecType execType, String clOrdId, String origClOrdId,
                                     String text, long lastQuantity, BigDecimal lastPrice,
                                     RejectReason rejectReason) {
        return new ExecutionReport(parent.session(), parent.orderId(), clOrdId, origClOrdId, ids.nextExecId(),
                execType, parent.reportedStatus(), parent.symbol(), parent.side(), parent.type(),
                parent.timeInForce(), parent.quantity(), parent.price(), lastQuantity, lastPrice,
                parent.cumulativeQuantity(), parent.leavesQuantity(), parent.averagePrice(), rejectReason, text,
                parent.account(), clock.instant());
    }

    private void cancelReject(String session, ParentOrder parent, String clOrdId, String origClOrdId,
                              boolean toReplace, CancelRejectReason reason, String text) {
        LOG.info("refused {} session={} clOrdId={} origClOrdId={}: {}", toReplace ? "replace" : "cancel", session,
                clOrdId, origClOrdId, text);
        clients.sendCancelReject(new CancelReject(session, parent == null ? NO_ORDER_ID : parent.orderId(), clOrdId,
                origClOrdId, parent == null ? OrderStatus.REJECTED : parent.reportedStatus(), toReplace, reason,
                text, clock.instant()));
    }
}
