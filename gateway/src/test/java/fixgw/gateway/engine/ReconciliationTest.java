package fixgw.gateway.engine;

import fixgw.gateway.position.Position;
import fixgw.gateway.position.PositionBook;
import fixgw.gateway.order.BrokerExecution;
import fixgw.gateway.order.BrokerOrderStatus;
import fixgw.gateway.order.BrokerSessionChange;
import fixgw.gateway.order.CancelReject;
import fixgw.gateway.order.CancelRejectReason;
import fixgw.gateway.order.CancelRequest;
import fixgw.gateway.order.ChildCancelRequest;
import fixgw.gateway.order.ChildOrderRequest;
import fixgw.gateway.order.ChildReplaceRequest;
import fixgw.gateway.order.ChildStatusRequest;
import fixgw.gateway.order.ExecType;
import fixgw.gateway.order.ExecutionReport;
import fixgw.gateway.order.IdGenerator;
import fixgw.gateway.order.NewOrderRequest;
import fixgw.gateway.order.OrderBook;
import fixgw.gateway.order.OrderMetrics;
import fixgw.gateway.order.OrderStatus;
import fixgw.gateway.order.OrderType;
import fixgw.gateway.order.RejectReason;
import fixgw.gateway.order.ReplaceRequest;
import fixgw.gateway.order.Side;
import fixgw.gateway.order.StatusRequest;
import fixgw.gateway.order.TimeInForce;
import fixgw.gateway.risk.KnownSymbols;
import fixgw.gateway.route.BrokerAvailability;
import fixgw.gateway.route.SingleBrokerRouter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reconciliation after a broker logon, and fills counted once: the order manager with the broker's status answers
 * (ExecType=I) and fills carrying the broker's CumQty.
 */
class ReconciliationTest {

    private static final Instant NOW = Instant.parse("2026-11-25T14:30:00Z");
    private static final String BROKER = "SIM";
    private static final String CLIENT = "CLIENT1";
    private static final String BROKER_ORDER_ID = "B-1";

    private final RecordingOutput out = new RecordingOutput();
    private final BrokerAvailability availability = new BrokerAvailability();
    private final CountingMetrics metrics = new CountingMetrics();
    private OrderManager manager;
    private int execSequence;

    /** Counts what reconciliation and the fill guard report to metrics. */
    private static final class CountingMetrics implements OrderMetrics {
        int statusRequests;
        int staleFills;

        @Override
        public void reconciliationRequested() {
            statusRequests++;
        }

        @Override
        public void staleFillIgnored() {
            staleFills++;
        }
    }

    private final PositionBook positions = new PositionBook();

    @BeforeEach
    void setUp() {
        manager = new OrderManager(new OrderBook(10), new IdGenerator("T"), Clock.fixed(NOW, ZoneOffset.UTC),
                new KnownSymbols(List.of("AAPL")), new SingleBrokerRouter(BROKER, availability), availability,
                out, out, metrics, StateStore.IN_MEMORY, positions);
        manager.onBrokerSessionChange(new BrokerSessionChange(BROKER, true));
    }

    private static NewOrderRequest limitBuy(String clOrdId, long quantity) {
        return new NewOrderRequest(CLIENT, clOrdId, "AAPL", Side.BUY, OrderType.LIMIT, TimeInForce.DAY, quantity,
                new BigDecimal("10.50"), null, 1);
    }

    /** Sends the order and returns its child's ClOrdID, still pending at the broker. */
    private String pendingNew(String clOrdId, long quantity) {
        manager.onNewOrder(limitBuy(clOrdId, quantity));
        String child = out.last(ChildOrderRequest.class).clOrdId();
        out.takeAll();
        return child;
    }

    /** Sends the order and has the broker acknowledge it; returns the child's ClOrdID. */
    private String working(String clOrdId, long quantity) {
        String child = pendingNew(clOrdId, quantity);
        manager.onBrokerExecution(execution(child, ExecType.NEW, 0, null, 0));
        out.takeAll();
        return child;
    }

    private BrokerExecution execution(String child, ExecType type, long lastQty, String lastPx, long cumQty) {
        return execution(child, "X" + (++execSequence), type, lastQty, lastPx, cumQty, false);
    }

    private static BrokerExecution execution(String child, String execId, ExecType type, long lastQty,
                                             String lastPx, long cumQty, boolean possDup) {
        return new BrokerExecution(BROKER, child, null, BROKER_ORDER_ID, execId, type, null, lastQty,
                lastPx == null ? null : new BigDecimal(lastPx), cumQty, null, null, possDup, 1);
    }

    private static BrokerOrderStatus status(String child, OrderStatus status, long cumQty, String avgPx) {
        return new BrokerOrderStatus(BROKER, child, BROKER_ORDER_ID, true, status, cumQty, new BigDecimal(avgPx),
                null, 1);
    }

    private static BrokerOrderStatus unknownToBroker(String child) {
        return new BrokerOrderStatus(BROKER, child, null, false, OrderStatus.REJECTED, 0, BigDecimal.ZERO,
                "unknown order", 1);
    }

    private void reconnect() {
        manager.onBrokerSessionChange(new BrokerSessionChange(BROKER, false));
        manager.onBrokerSessionChange(new BrokerSessionChange(BROKER, true));
    }

    private ExecutionReport onlyReport() {
        List<Object> sent = out.takeAll();
        assertThat(sent).hasSize(1);
        return (ExecutionReport) sent.get(0);
    }

    private ExecutionReport clientStatus(String clOrdId) {
        manager.onStatusRequest(new StatusRequest(CLIENT, clOrdId, null, "AAPL", Side.BUY));
        return onlyReport();
    }

    // ---- asking

    @Test
    void asksTheBrokerForEveryOpenChildOnEveryLogonAndNotForFinishedOnes() {
        String pending = pendingNew("P", 100);
        String acked = working("W", 100);
        String canceling = working("C", 100);
        manager.onCancel(new CancelRequest(CLIENT, "C-X", "C", 1));
        String filled = working("F", 100);
        manager.onBrokerExecution(execution(filled, ExecType.TRADE, 100, "10", 100));
        out.takeAll();

        reconnect();
        List<Object> first = out.takeAll();
        reconnect();

        List<ChildStatusRequest> expected = List.of(
                new ChildStatusRequest(BROKER, pending, null, "AAPL", Side.BUY),
                new ChildStatusRequest(BROKER, acked, BROKER_ORDER_ID, "AAPL", Side.BUY),
                new ChildStatusRequest(BROKER, canceling, BROKER_ORDER_ID, "AAPL", Side.BUY));
        assertThat(first).isEqualTo(expected);
        assertThat(out.takeAll()).isEqualTo(expected);
        assertThat(metrics.statusRequests).isEqualTo(6);
    }

    @Test
    void asksNothingWhenTheBrokerLogsOut() {
        working("W", 100);

        manager.onBrokerSessionChange(new BrokerSessionChange(BROKER, false));

        assertThat(out.takeAll()).isEmpty();
    }

    // ---- missed fills

    @Test
    void appliesTheMissedQuantityAsOneFillAtThePriceThatMakesTheAveragesAgree() {
        String child = working("C1", 500);
        manager.onBrokerExecution(execution(child, ExecType.TRADE, 100, "10.00", 100));
        out.takeAll();

        manager.onBrokerOrderStatus(status(child, OrderStatus.PARTIALLY_FILLED, 300, "10.10"));

        ExecutionReport fill = onlyReport();
        assertThat(fill.execType()).isEqualTo(ExecType.TRADE);
        assertThat(fill.status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(fill.lastQuantity()).isEqualTo(200);
        assertThat(fill.lastPrice()).isEqualByComparingTo("10.15");
        assertThat(fill.cumulativeQuantity()).isEqualTo(300);
        assertThat(fill.leavesQuantity()).isEqualTo(200);
        assertThat(fill.averagePrice()).isEqualByComparingTo("10.10");
        Position position = positions.get(CLIENT, "AAPL").orElseThrow();
        assertThat(position.boughtQuantity()).isEqualTo(300);
        assertThat(position.boughtNotional()).isEqualByComparingTo("3030.00");
    }

    @Test
    void roundsTheImpliedPriceHalfEvenToEightDecimals() {
        String child = working("C1", 500);
        manager.onBrokerExecution(execution(child, ExecType.TRADE, 100, "10.00", 100));
        out.takeAll();

        // (400 * 10.01 - 100 * 10.00) / 300 = 3004 / 300 = 10.013333...
        manager.onBrokerOrderStatus(status(child, OrderStatus.PARTIALLY_FILLED, 400, "10.01"));

        assertThat(onlyReport().lastPrice()).isEqualTo(new BigDecimal("10.01333333"));
    }

    @Test
    void aRepeatedStatusAnswerChangesNothingAndSendsNothing() {
        String child = working("C1", 500);
        BrokerOrderStatus answer = status(child, OrderStatus.PARTIALLY_FILLED, 300, "10.10");
        manager.onBrokerOrderStatus(answer);
        out.takeAll();

        manager.onBrokerOrderStatus(answer);
        reconnect();
        out.takeAll();
        manager.onBrokerOrderStatus(status(child, OrderStatus.PARTIALLY_FILLED, 300, "10.10"));

        assertThat(out.takeAll()).isEmpty();
        assertThat(clientStatus("C1").cumulativeQuantity()).isEqualTo(300);
    }

    @Test
    void aStatusAgreeingWithFillsAlreadySeenChangesNothing() {
        String child = working("C1", 500);
        manager.onBrokerExecution(execution(child, ExecType.TRADE, 100, "10.00", 100));
        out.takeAll();

        manager.onBrokerOrderStatus(status(child, OrderStatus.PARTIALLY_FILLED, 100, "10.00"));
        manager.onBrokerOrderStatus(status(child, OrderStatus.NEW, 100, "10.00"));

        assertThat(out.takeAll()).isEmpty();
        ExecutionReport report = clientStatus("C1");
        assertThat(report.cumulativeQuantity()).isEqualTo(100);
        assertThat(report.averagePrice()).isEqualByComparingTo("10.00");
    }

    @Test
    void aStatusBehindTheFillsAlreadyCountedChangesNothing() {
        String child = working("C1", 500);
        manager.onBrokerExecution(execution(child, ExecType.TRADE, 100, "10.00", 100));
        out.takeAll();

        manager.onBrokerOrderStatus(status(child, OrderStatus.NEW, 0, "0"));

        assertThat(out.takeAll()).isEmpty();
        assertThat(clientStatus("C1").cumulativeQuantity()).isEqualTo(100);
    }

    @Test
    void aPossDupResendOfAFillReconciliationCountedChangesNothing() {
        String child = working("C1", 500);
        manager.onBrokerOrderStatus(status(child, OrderStatus.PARTIALLY_FILLED, 200, "10.00"));
        out.takeAll();

        manager.onBrokerExecution(execution(child, "BROKER-7", ExecType.TRADE, 200, "10.00", 200, true));
        manager.onBrokerExecution(execution(child, "BROKER-7", ExecType.TRADE, 200, "10.00", 200, true));

        assertThat(out.takeAll()).isEmpty();
        assertThat(metrics.staleFills).isEqualTo(1);
        assertThat(clientStatus("C1").cumulativeQuantity()).isEqualTo(200);
        assertThat(positions.get(CLIENT, "AAPL").orElseThrow().boughtQuantity()).isEqualTo(200);
    }

    @Test
    void aFillBeyondWhatCumQtySaysIsMissingCountsOnlyTheMissingPart() {
        String child = working("C1", 500);
        manager.onBrokerOrderStatus(status(child, OrderStatus.PARTIALLY_FILLED, 200, "10.00"));
        out.takeAll();

        // the broker's fill of 100 that took it from 150 to 250: 50 of it is already counted
        manager.onBrokerExecution(execution(child, ExecType.TRADE, 100, "10.30", 250));

        ExecutionReport fill = onlyReport();
        assertThat(fill.lastQuantity()).isEqualTo(50);
        assertThat(fill.lastPrice()).isEqualByComparingTo("10.30");
        assertThat(fill.cumulativeQuantity()).isEqualTo(250);
        assertThat(fill.averagePrice()).isEqualByComparingTo("10.06");
    }

    @Test
    void aFillAfterReconciliationThatRaisesCumQtyCountsInFull() {
        String child = working("C1", 500);
        manager.onBrokerOrderStatus(status(child, OrderStatus.PARTIALLY_FILLED, 200, "10.00"));
        out.takeAll();

        manager.onBrokerExecution(execution(child, ExecType.TRADE, 300, "11.00", 500));

        ExecutionReport fill = onlyReport();
        assertThat(fill.lastQuantity()).isEqualTo(300);
        assertThat(fill.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(fill.averagePrice()).isEqualByComparingTo("10.60");
    }

    // ---- final states at the broker

    @Test
    void anOrderFilledWhileAwayIsFilledOnceWithTheMissedQuantity() {
        String child = working("C1", 300);

        manager.onBrokerOrderStatus(status(child, OrderStatus.FILLED, 300, "10.20"));
        manager.onBrokerOrderStatus(status(child, OrderStatus.FILLED, 300, "10.20"));

        ExecutionReport fill = onlyReport();
        assertThat(fill.execType()).isEqualTo(ExecType.TRADE);
        assertThat(fill.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(fill.lastQuantity()).isEqualTo(300);
        assertThat(fill.lastPrice()).isEqualByComparingTo("10.20");
        assertThat(fill.leavesQuantity()).isZero();
    }

    @Test
    void anOrderCanceledAtTheBrokerAfterAPartialFillGetsTheFillThenTheCancel() {
        String child = working("C1", 300);

        manager.onBrokerOrderStatus(status(child, OrderStatus.CANCELED, 100, "10.00"));

        List<Object> sent = out.takeAll();
        assertThat(sent).hasSize(2);
        ExecutionReport fill = (ExecutionReport) sent.get(0);
        assertThat(fill.execType()).isEqualTo(ExecType.TRADE);
        assertThat(fill.lastQuantity()).isEqualTo(100);
        ExecutionReport canceled = (ExecutionReport) sent.get(1);
        assertThat(canceled.execType()).isEqualTo(ExecType.CANCELED);
        assertThat(canceled.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(canceled.cumulativeQuantity()).isEqualTo(100);
        assertThat(canceled.leavesQuantity()).isZero();
        assertThat(canceled.text()).isEqualTo("canceled by broker SIM");

        manager.onBrokerOrderStatus(status(child, OrderStatus.CANCELED, 100, "10.00"));
        assertThat(out.takeAll()).isEmpty();
    }

    @Test
    void aPendingCancelTheBrokerMadeWhileAwayIsConfirmedUnderTheCancelsClOrdId() {
        String child = working("C1", 300);
        manager.onCancel(new CancelRequest(CLIENT, "C1-X", "C1", 1));
        out.takeAll();

        manager.onBrokerOrderStatus(status(child, OrderStatus.CANCELED, 0, "0"));

        ExecutionReport canceled = onlyReport();
        assertThat(canceled.execType()).isEqualTo(ExecType.CANCELED);
        assertThat(canceled.clOrdId()).isEqualTo("C1-X");
        assertThat(canceled.origClOrdId()).isEqualTo("C1");
    }

    @Test
    void anOrderExpiredAtTheBrokerExpires() {
        String child = working("C1", 300);

        manager.onBrokerOrderStatus(status(child, OrderStatus.EXPIRED, 0, "0"));

        ExecutionReport expired = onlyReport();
        assertThat(expired.execType()).isEqualTo(ExecType.EXPIRED);
        assertThat(expired.status()).isEqualTo(OrderStatus.EXPIRED);
    }

    @Test
    void anOrderTheBrokerRejectedWhileItsAckWasMissedIsRejected() {
        String child = pendingNew("C1", 300);

        manager.onBrokerOrderStatus(new BrokerOrderStatus(BROKER, child, BROKER_ORDER_ID, true,
                OrderStatus.REJECTED, 0, BigDecimal.ZERO, "unknown symbol", 1));

        ExecutionReport rejected = onlyReport();
        assertThat(rejected.execType()).isEqualTo(ExecType.REJECTED);
        assertThat(rejected.text()).isEqualTo("broker SIM rejected the order: unknown symbol");
    }

    @Test
    void aMissedAcknowledgementGivesTheChildItsBrokerOrderIdWithoutAnotherReport() {
        String child = pendingNew("C1", 300);

        manager.onBrokerOrderStatus(status(child, OrderStatus.NEW, 0, "0"));
        manager.onBrokerOrderStatus(status(child, OrderStatus.NEW, 0, "0"));

        assertThat(out.takeAll()).as("the client had its New when the gateway accepted the order").isEmpty();
        manager.onCancel(new CancelRequest(CLIENT, "C2", "C1", 1));
        assertThat(out.last(ChildCancelRequest.class).brokerOrderId()).isEqualTo(BROKER_ORDER_ID);
    }

    @Test
    void aReplaceTheBrokerMadeWhileAwayIsReported() {
        String child = working("C1", 300);
        manager.onReplace(new ReplaceRequest(CLIENT, "C1-R", "C1", 400, new BigDecimal("10.60"), null, 1));
        String replaceId = out.last(ChildReplaceRequest.class).clOrdId();
        out.takeAll();

        manager.onBrokerOrderStatus(status(replaceId, OrderStatus.NEW, 0, "0"));

        ExecutionReport replaced = onlyReport();
        assertThat(replaced.execType()).isEqualTo(ExecType.REPLACED);
        assertThat(replaced.clOrdId()).isEqualTo("C1-R");
        assertThat(replaced.orderQuantity()).isEqualTo(400);
        reconnect();
        assertThat(out.takeAll()).containsExactly(
                new ChildStatusRequest(BROKER, replaceId, BROKER_ORDER_ID, "AAPL", Side.BUY));
    }

    // ---- a cancel or replace lost on the way to the broker

    @Test
    void aCancelTheBrokerNeverReceivedIsRefusedSoTheClientCanSendItAgain() {
        String child = working("C1", 300);
        manager.onCancel(new CancelRequest(CLIENT, "C1-X", "C1", 1));
        out.takeAll();
        reconnect();
        out.takeAll();

        manager.onBrokerOrderStatus(status(child, OrderStatus.NEW, 0, "0"));

        List<Object> sent = out.takeAll();
        assertThat(sent).containsExactly(new CancelReject(CLIENT, "GT-1", "C1-X", "C1", OrderStatus.NEW, false,
                CancelRejectReason.OTHER, "broker SIM refused: " + ChildReconciler.CHANGE_NOT_RECEIVED, NOW));
        manager.onCancel(new CancelRequest(CLIENT, "C1-Y", "C1", 1));
        assertThat(out.last(ExecutionReport.class).execType()).isEqualTo(ExecType.PENDING_CANCEL);
    }

    @Test
    void aReplaceTheBrokerNeverReceivedIsRefusedAndTheOrderKeepsItsTerms() {
        String child = working("C1", 300);
        manager.onReplace(new ReplaceRequest(CLIENT, "C1-R", "C1", 400, null, null, 1));
        out.takeAll();
        reconnect();
        out.takeAll();

        manager.onBrokerOrderStatus(status(child, OrderStatus.NEW, 0, "0"));

        CancelReject refused = (CancelReject) out.takeAll().get(0);
        assertThat(refused.toReplace()).isTrue();
        assertThat(refused.clOrdId()).isEqualTo("C1-R");
        ExecutionReport report = clientStatus("C1");
        assertThat(report.status()).isEqualTo(OrderStatus.NEW);
        assertThat(report.orderQuantity()).isEqualTo(300);
    }

    @Test
    void aCancelSentAfterTheLogonStaysPendingWhileTheBrokerMayStillAnswerIt() {
        String child = working("C1", 300);
        reconnect();
        manager.onCancel(new CancelRequest(CLIENT, "C1-X", "C1", 1));
        out.takeAll();

        manager.onBrokerOrderStatus(status(child, OrderStatus.NEW, 0, "0"));

        assertThat(out.takeAll()).isEmpty();
        assertThat(clientStatus("C1-X").status()).isEqualTo(OrderStatus.PENDING_CANCEL);
    }

    // ---- orders the broker does not know

    @Test
    void aPendingOrderTheBrokerNeverReceivedIsRejectedWithAClearText() {
        String child = pendingNew("C1", 300);

        manager.onBrokerOrderStatus(unknownToBroker(child));
        manager.onBrokerOrderStatus(unknownToBroker(child));

        ExecutionReport rejected = onlyReport();
        assertThat(rejected.execType()).isEqualTo(ExecType.REJECTED);
        assertThat(rejected.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(rejected.rejectReason()).isEqualTo(RejectReason.BROKER_REJECTED);
        assertThat(rejected.text()).isEqualTo("broker SIM rejected the order: order not received by broker");
    }

    @Test
    void anAcknowledgedOrderTheBrokerNoLongerHasIsCanceledWithAClearText() {
        String child = working("C1", 300);
        manager.onBrokerExecution(execution(child, ExecType.TRADE, 100, "10.00", 100));
        out.takeAll();

        manager.onBrokerOrderStatus(unknownToBroker(child));
        manager.onBrokerOrderStatus(unknownToBroker(child));

        ExecutionReport canceled = onlyReport();
        assertThat(canceled.execType()).isEqualTo(ExecType.CANCELED);
        assertThat(canceled.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(canceled.cumulativeQuantity()).isEqualTo(100);
        assertThat(canceled.leavesQuantity()).isZero();
        assertThat(canceled.text()).isEqualTo("canceled by broker SIM: order no longer known to broker");
        assertThat(clientStatus("C1").status()).isEqualTo(OrderStatus.CANCELED);
        reconnect();
        assertThat(out.takeAll()).isEmpty();
    }

    @Test
    void ignoresAStatusForAnOrderItDoesNotHave() {
        manager.onBrokerOrderStatus(status("NOPE.1", OrderStatus.FILLED, 100, "10"));

        assertThat(out.takeAll()).isEmpty();
    }
}
