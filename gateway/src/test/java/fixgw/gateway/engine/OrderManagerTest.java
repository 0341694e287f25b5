package fixgw.gateway.engine;

import fixgw.gateway.position.Position;
import fixgw.gateway.position.PositionBook;
import fixgw.gateway.order.BrokerCancelReject;
import fixgw.gateway.order.BrokerExecution;
import fixgw.gateway.order.BrokerSessionChange;
import fixgw.gateway.order.CancelReject;
import fixgw.gateway.order.CancelRejectReason;
import fixgw.gateway.order.CancelRequest;
import fixgw.gateway.order.ChildCancelRequest;
import fixgw.gateway.order.ChildOrder;
import fixgw.gateway.order.ChildOrderRequest;
import fixgw.gateway.order.ChildReplaceRequest;
import fixgw.gateway.order.ExecType;
import fixgw.gateway.order.ExecutionReport;
import fixgw.gateway.order.IdGenerator;
import fixgw.gateway.order.NewOrderRequest;
import fixgw.gateway.order.OrderBook;
import fixgw.gateway.order.OrderMetrics;
import fixgw.gateway.order.OrderStatus;
import fixgw.gateway.order.OrderType;
import fixgw.gateway.order.ParentOrder;
import fixgw.gateway.order.RejectReason;
import fixgw.gateway.order.ReplaceRequest;
import fixgw.gateway.order.Side;
import fixgw.gateway.order.StatusRequest;
import fixgw.gateway.order.TimeInForce;
import fixgw.gateway.risk.HealthyStorage;
import fixgw.gateway.risk.PreTradeRisk;
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
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class OrderManagerTest {

    private static final Instant NOW = Instant.parse("2026-11-25T14:30:00Z");
    private static final String BROKER = "SIM";
    private static final String CLIENT = "CLIENT1";

    private final RecordingOutput out = new RecordingOutput();
    private final BrokerAvailability availability = new BrokerAvailability();
    private final PositionBook positions = new PositionBook();
    private final OrderBook book = new OrderBook(3);
    private OrderManager manager;
    private int execSequence;

    @BeforeEach
    void setUp() {
        manager = new OrderManager(book, new IdGenerator("T"), Clock.fixed(NOW, ZoneOffset.UTC),
                new KnownSymbols(List.of("AAPL", "MSFT")), new SingleBrokerRouter(BROKER, availability),
                availability, out, out, OrderMetrics.NONE, StateStore.IN_MEMORY, positions);
        manager.onBrokerSessionChange(new BrokerSessionChange(BROKER, true));
    }

    private static NewOrderRequest limitBuy(String clOrdId, long quantity, String price) {
        return new NewOrderRequest(CLIENT, clOrdId, "AAPL", Side.BUY, OrderType.LIMIT, TimeInForce.DAY, quantity,
                new BigDecimal(price), "ACC1", 1);
    }

    private static NewOrderRequest marketSell(String clOrdId, long quantity) {
        return new NewOrderRequest(CLIENT, clOrdId, "AAPL", Side.SELL, OrderType.MARKET, TimeInForce.DAY, quantity,
                null, null, 1);
    }

    private BrokerExecution broker(String childClOrdId, String origClOrdId, ExecType type, long lastQty,
                                   String lastPx) {
        return new BrokerExecution(BROKER, childClOrdId, origClOrdId, "B-1", "X" + (++execSequence), type, null,
                lastQty, lastPx == null ? null : new BigDecimal(lastPx), null, null, false, 1);
    }

    /** Sends the order and has the broker acknowledge it; returns the child's ClOrdID. */
    private String working(NewOrderRequest request) {
        manager.onNewOrder(request);
        String child = out.last(ChildOrderRequest.class).clOrdId();
        manager.onBrokerExecution(broker(child, null, ExecType.NEW, 0, null));
        out.takeAll();
        return child;
    }

    @Test
    void acknowledgesTheOrderAndRoutesItAsOneChildWithTheSameTermsInOneStep() {
        manager.onNewOrder(limitBuy("C1", 300, "190.01"));

        assertThat(out.takeAll()).containsExactly(
                new ExecutionReport(CLIENT, "GT-1", "C1", null, "ET-1", ExecType.NEW, OrderStatus.NEW, "AAPL",
                        Side.BUY, OrderType.LIMIT, TimeInForce.DAY, 300, new BigDecimal("190.01"), 0, null, 0, 300,
                        BigDecimal.ZERO, null, null, "ACC1", NOW),
                new ChildOrderRequest(BROKER, "GT-1.1", "AAPL", Side.BUY, OrderType.LIMIT, TimeInForce.DAY, 300,
                        new BigDecimal("190.01"), "ACC1", NOW));
    }

    @Test
    void theBrokersAcknowledgementIsNotReportedAgain() {
        manager.onNewOrder(limitBuy("C1", 300, "190.01"));
        out.takeAll();

        manager.onBrokerExecution(broker("GT-1.1", null, ExecType.NEW, 0, null));

        assertThat(out.takeAll()).isEmpty();
        manager.onStatusRequest(new StatusRequest(CLIENT, "C1", null, "AAPL", Side.BUY));
        assertThat(out.last(ExecutionReport.class).status()).isEqualTo(OrderStatus.NEW);
    }

    @Test
    void anOrderStoredWhileItWaitedForTheBrokerIsAcknowledgedWhenTheBrokerAcknowledgesIt() {
        // a data directory from the version that acknowledged on the broker's New holds parents still pending new
        ParentOrder stored = new ParentOrder("GT-OLD", limitBuy("C9", 100, "190.00"));
        ChildOrder child = new ChildOrder(stored, BROKER, stored.nextBrokerClOrdId(), 100, new BigDecimal("190.00"));
        stored.addChild(child);
        book.add(stored);
        book.addChildAlias(child, child.clOrdId());

        manager.onBrokerExecution(broker("GT-OLD.1", null, ExecType.NEW, 0, null));

        ExecutionReport report = out.last(ExecutionReport.class);
        assertThat(report.execType()).isEqualTo(ExecType.NEW);
        assertThat(report.status()).isEqualTo(OrderStatus.NEW);
        assertThat(report.clOrdId()).isEqualTo("C9");
    }

    @Test
    void aBrokerRejectAfterFillsCancelsWhatIsLeftInsteadOfRejectingATradedOrder() {
        String child = working(limitBuy("C1", 300, "190.10"));
        manager.onBrokerExecution(broker(child, null, ExecType.TRADE, 100, "190.00"));
        out.takeAll();

        manager.onBrokerExecution(new BrokerExecution(BROKER, child, null, null, "X9", ExecType.REJECTED, null, 0,
                null, null, "halted", false, 1));

        ExecutionReport report = (ExecutionReport) out.takeAll().get(0);
        assertThat(report.execType()).isEqualTo(ExecType.CANCELED);
        assertThat(report.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(report.cumulativeQuantity()).isEqualTo(100);
        assertThat(report.leavesQuantity()).isZero();
        assertThat(report.text()).contains("SIM").contains("halted");
    }

    @Test
    void rollsPartialFillsUpIntoCumulativeQuantityAndAveragePrice() {
        String child = working(limitBuy("C1", 300, "190.10"));

        manager.onBrokerExecution(broker(child, null, ExecType.TRADE, 100, "190.00"));
        manager.onBrokerExecution(broker(child, null, ExecType.TRADE, 200, "190.03"));

        List<Object> reports = out.takeAll();
        assertThat(reports).hasSize(2);
        ExecutionReport partial = (ExecutionReport) reports.get(0);
        assertThat(partial.execType()).isEqualTo(ExecType.TRADE);
        assertThat(partial.status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(partial.lastQuantity()).isEqualTo(100);
        assertThat(partial.lastPrice()).isEqualByComparingTo("190.00");
        assertThat(partial.cumulativeQuantity()).isEqualTo(100);
        assertThat(partial.leavesQuantity()).isEqualTo(200);
        assertThat(partial.averagePrice()).isEqualByComparingTo("190.00");
        ExecutionReport full = (ExecutionReport) reports.get(1);
        assertThat(full.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(full.cumulativeQuantity()).isEqualTo(300);
        assertThat(full.leavesQuantity()).isZero();
        assertThat(full.averagePrice()).isEqualByComparingTo("190.02");
    }

    @Test
    void appliesABrokerExecutionOnlyOnceEvenWhenResent() {
        String child = working(limitBuy("C1", 300, "190.10"));
        BrokerExecution fill = broker(child, null, ExecType.TRADE, 100, "190.00");

        manager.onBrokerExecution(fill);
        manager.onBrokerExecution(fill);

        assertThat(out.takeAll()).hasSize(1);
        manager.onStatusRequest(new StatusRequest(CLIENT, "C1", null, "AAPL", Side.BUY));
        assertThat(out.last(ExecutionReport.class).cumulativeQuantity()).isEqualTo(100);
        assertThat(positions.get(CLIENT, "AAPL").orElseThrow().boughtQuantity()).isEqualTo(100);
    }

    @Test
    void keepsEachClientsPositionPerSymbolFromTheFillsItApplied() {
        String buy = working(limitBuy("C1", 300, "190.10"));
        manager.onBrokerExecution(broker(buy, null, ExecType.TRADE, 100, "190.00"));
        manager.onBrokerExecution(broker(buy, null, ExecType.TRADE, 200, "190.03"));
        String sell = working(marketSell("C2", 50));
        manager.onBrokerExecution(broker(sell, null, ExecType.TRADE, 50, "191.005"));

        Position position = positions.get(CLIENT, "AAPL").orElseThrow();
        assertThat(position.netQuantity()).isEqualTo(250);
        assertThat(position.boughtQuantity()).isEqualTo(300);
        assertThat(position.boughtNotional()).isEqualByComparingTo("57006.00");
        assertThat(position.soldQuantity()).isEqualTo(50);
        assertThat(position.soldNotional()).isEqualByComparingTo("9550.25");
        assertThat(positions.get("OTHER", "AAPL")).isEmpty();
    }

    @Test
    void cancelGoesPendingThenCanceledUnderTheCancelsClOrdId() {
        String child = working(limitBuy("C1", 300, "180.00"));

        manager.onCancel(new CancelRequest(CLIENT, "C2", "C1", 1));

        List<Object> sent = out.takeAll();
        assertThat(sent).hasSize(2);
        ExecutionReport pending = (ExecutionReport) sent.get(0);
        assertThat(pending.execType()).isEqualTo(ExecType.PENDING_CANCEL);
        assertThat(pending.status()).isEqualTo(OrderStatus.PENDING_CANCEL);
        assertThat(pending.clOrdId()).isEqualTo("C2");
        assertThat(pending.origClOrdId()).isEqualTo("C1");
        ChildCancelRequest cancel = (ChildCancelRequest) sent.get(1);
        assertThat(cancel.origClOrdId()).isEqualTo(child);
        assertThat(cancel.brokerOrderId()).isEqualTo("B-1");

        manager.onBrokerExecution(broker(cancel.clOrdId(), child, ExecType.CANCELED, 0, null));

        ExecutionReport canceled = out.last(ExecutionReport.class);
        assertThat(canceled.execType()).isEqualTo(ExecType.CANCELED);
        assertThat(canceled.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(canceled.clOrdId()).isEqualTo("C2");
        assertThat(canceled.origClOrdId()).isEqualTo("C1");
        assertThat(canceled.leavesQuantity()).isZero();
    }

    @Test
    void replaceChangesQuantityAndPriceAndTheOrderTakesTheNewClOrdId() {
        String child = working(limitBuy("C1", 300, "180.00"));

        manager.onReplace(new ReplaceRequest(CLIENT, "C2", "C1", 500, new BigDecimal("181.50"), null, 1));

        List<Object> sent = out.takeAll();
        ExecutionReport pending = (ExecutionReport) sent.get(0);
        assertThat(pending.execType()).isEqualTo(ExecType.PENDING_REPLACE);
        assertThat(pending.status()).isEqualTo(OrderStatus.PENDING_REPLACE);
        ChildReplaceRequest replace = (ChildReplaceRequest) sent.get(1);
        assertThat(replace.quantity()).isEqualTo(500);
        assertThat(replace.price()).isEqualByComparingTo("181.50");
        assertThat(replace.origClOrdId()).isEqualTo(child);

        manager.onBrokerExecution(broker(replace.clOrdId(), child, ExecType.REPLACED, 0, null));

        ExecutionReport replaced = out.last(ExecutionReport.class);
        assertThat(replaced.execType()).isEqualTo(ExecType.REPLACED);
        assertThat(replaced.status()).isEqualTo(OrderStatus.NEW);
        assertThat(replaced.clOrdId()).isEqualTo("C2");
        assertThat(replaced.origClOrdId()).isEqualTo("C1");
        assertThat(replaced.orderQuantity()).isEqualTo(500);
        assertThat(replaced.price()).isEqualByComparingTo("181.50");
        assertThat(replaced.leavesQuantity()).isEqualTo(500);

        // the next fill arrives on the replaced child's ClOrdID
        manager.onBrokerExecution(broker(replace.clOrdId(), null, ExecType.TRADE, 500, "181.50"));
        assertThat(out.last(ExecutionReport.class).status()).isEqualTo(OrderStatus.FILLED);
    }

    @Test
    void rejectsDuplicateClOrdIdAndLeavesTheFirstOrderAlone() {
        working(limitBuy("C1", 300, "180.00"));

        manager.onNewOrder(limitBuy("C1", 100, "181.00"));

        ExecutionReport reject = (ExecutionReport) out.takeAll().get(0);
        assertThat(reject.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(reject.rejectReason()).isEqualTo(RejectReason.DUPLICATE_ORDER);
        assertThat(reject.text()).contains("duplicate ClOrdID 'C1'");
        manager.onStatusRequest(new StatusRequest(CLIENT, "C1", null, "AAPL", Side.BUY));
        ExecutionReport status = out.last(ExecutionReport.class);
        assertThat(status.status()).isEqualTo(OrderStatus.NEW);
        assertThat(status.orderQuantity()).isEqualTo(300);
    }

    @Test
    void sameClOrdIdOnAnotherSessionIsAnotherOrder() {
        working(limitBuy("C1", 300, "180.00"));

        manager.onNewOrder(new NewOrderRequest("CLIENT2", "C1", "AAPL", Side.BUY, OrderType.MARKET,
                TimeInForce.DAY, 10, null, null, 1));

        List<Object> sent = out.takeAll();
        assertThat(sent).hasSize(2).last().isInstanceOf(ChildOrderRequest.class);
        assertThat(((ExecutionReport) sent.get(0)).orderId()).isEqualTo("GT-2");
    }

    @Test
    void refusesNewOrdersWhileTheStorageIsFailingAndStillCancelsWorkingOnes() {
        AtomicReference<String> storageFailure = new AtomicReference<>();
        manager = new OrderManager(book, new IdGenerator("T"), Clock.fixed(NOW, ZoneOffset.UTC),
                PreTradeRisk.allOf(List.of(new HealthyStorage(storageFailure::get),
                        new KnownSymbols(List.of("AAPL")))), new SingleBrokerRouter(BROKER, availability),
                availability, out, out, OrderMetrics.NONE, StateStore.IN_MEMORY, positions);
        manager.onBrokerSessionChange(new BrokerSessionChange(BROKER, true));
        String child = working(limitBuy("C1", 100, "190.00"));

        storageFailure.set("checkpoint failed: No space left on device");
        manager.onNewOrder(limitBuy("C2", 100, "190.00"));
        List<Object> sent = out.takeAll();
        assertThat(sent).hasSize(1);
        ExecutionReport reject = (ExecutionReport) sent.get(0);
        assertThat(reject.execType()).isEqualTo(ExecType.REJECTED);
        assertThat(reject.rejectReason()).isEqualTo(RejectReason.STORAGE_FAILING);
        assertThat(reject.text()).contains("No space left on device").contains("new orders are refused");

        manager.onCancel(new CancelRequest(CLIENT, "C3", "C1", 1));
        assertThat(out.last(ChildCancelRequest.class).origClOrdId()).isEqualTo(child);

        storageFailure.set(null);
        manager.onNewOrder(limitBuy("C4", 100, "190.00"));
        assertThat(out.last(ExecutionReport.class).execType()).isEqualTo(ExecType.NEW);
    }

    @Test
    void rejectsUnknownSymbolNamingIt() {
        manager.onNewOrder(new NewOrderRequest(CLIENT, "C1", "XYZ", Side.BUY, OrderType.MARKET, TimeInForce.DAY,
                10, null, null, 1));

        ExecutionReport reject = (ExecutionReport) out.takeAll().get(0);
        assertThat(reject.execType()).isEqualTo(ExecType.REJECTED);
        assertThat(reject.rejectReason()).isEqualTo(RejectReason.UNKNOWN_SYMBOL);
        assertThat(reject.text()).contains("XYZ");
        assertThat(reject.orderId()).isEqualTo(OrderManager.NO_ORDER_ID);
    }

    @Test
    void rejectsWhileTheBrokerIsLoggedOut() {
        manager.onBrokerSessionChange(new BrokerSessionChange(BROKER, false));

        manager.onNewOrder(marketSell("C1", 10));

        ExecutionReport reject = (ExecutionReport) out.takeAll().get(0);
        assertThat(reject.rejectReason()).isEqualTo(RejectReason.BROKER_UNAVAILABLE);
        assertThat(reject.text()).contains("SIM");
    }

    @Test
    void passesTheBrokersRejectOnWithItsReason() {
        manager.onNewOrder(marketSell("C1", 10));
        String child = out.last(ChildOrderRequest.class).clOrdId();
        out.takeAll();

        manager.onBrokerExecution(new BrokerExecution(BROKER, child, null, null, "X1", ExecType.REJECTED, null, 0,
                null, RejectReason.UNKNOWN_SYMBOL, "no such stock", false, 1));

        ExecutionReport reject = (ExecutionReport) out.takeAll().get(0);
        assertThat(reject.execType()).isEqualTo(ExecType.REJECTED);
        assertThat(reject.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(reject.leavesQuantity()).isZero();
        assertThat(reject.rejectReason()).isEqualTo(RejectReason.UNKNOWN_SYMBOL);
        assertThat(reject.text()).contains("no such stock");
        assertThat(reject.orderId()).isEqualTo("GT-1");
    }

    @Test
    void anOrderTheBrokerRejectedKeepsItsClOrdIdLikeAnyFinishedOrder() {
        manager.onNewOrder(marketSell("C1", 10));
        String child = out.last(ChildOrderRequest.class).clOrdId();
        manager.onBrokerExecution(new BrokerExecution(BROKER, child, null, null, "X1", ExecType.REJECTED, null, 0,
                null, null, "no liquidity", false, 1));
        out.takeAll();

        manager.onNewOrder(marketSell("C1", 10));

        ExecutionReport reject = (ExecutionReport) out.takeAll().get(0);
        assertThat(reject.rejectReason()).isEqualTo(RejectReason.DUPLICATE_ORDER);
        assertThat(reject.text()).contains("GT-1");
    }

    @Test
    void refusesToCancelAnUnknownOrder() {
        manager.onCancel(new CancelRequest(CLIENT, "C9", "NOPE", 1));

        CancelReject reject = (CancelReject) out.takeAll().get(0);
        assertThat(reject.reason()).isEqualTo(CancelRejectReason.UNKNOWN_ORDER);
        assertThat(reject.orderId()).isEqualTo(OrderManager.NO_ORDER_ID);
        assertThat(reject.toReplace()).isFalse();
        assertThat(reject.text()).contains("NOPE");
    }

    @Test
    void refusesToCancelAFilledOrder() {
        String child = working(marketSell("C1", 10));
        manager.onBrokerExecution(broker(child, null, ExecType.TRADE, 10, "190"));
        out.takeAll();

        manager.onCancel(new CancelRequest(CLIENT, "C2", "C1", 1));

        CancelReject reject = (CancelReject) out.takeAll().get(0);
        assertThat(reject.reason()).isEqualTo(CancelRejectReason.TOO_LATE_TO_CANCEL);
        assertThat(reject.status()).isEqualTo(OrderStatus.FILLED);
    }

    @Test
    void refusesASecondCancelWhileOneIsPending() {
        working(limitBuy("C1", 300, "180.00"));
        manager.onCancel(new CancelRequest(CLIENT, "C2", "C1", 1));
        out.takeAll();

        manager.onCancel(new CancelRequest(CLIENT, "C3", "C1", 1));

        CancelReject reject = (CancelReject) out.takeAll().get(0);
        assertThat(reject.reason()).isEqualTo(CancelRejectReason.ALREADY_PENDING);
        assertThat(reject.status()).isEqualTo(OrderStatus.PENDING_CANCEL);
    }

    @Test
    void refusesAReplaceBelowTheFilledQuantityWithoutTouchingTheOrder() {
        String child = working(limitBuy("C1", 300, "190.00"));
        manager.onBrokerExecution(broker(child, null, ExecType.TRADE, 100, "190"));
        out.takeAll();

        manager.onReplace(new ReplaceRequest(CLIENT, "C2", "C1", 100, null, null, 1));

        CancelReject reject = (CancelReject) out.takeAll().get(0);
        assertThat(reject.toReplace()).isTrue();
        assertThat(reject.status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(reject.text()).contains("100").contains("filled");
    }

    @Test
    void refusesAMalformedReplaceWithTheOrdersRealState() {
        working(limitBuy("C1", 300, "190.00"));

        manager.onReplace(new ReplaceRequest(CLIENT, "C2", "C1", 0, null, "OrderQty (38) is required", 1));

        CancelReject reject = (CancelReject) out.takeAll().get(0);
        assertThat(reject.orderId()).isEqualTo("GT-1");
        assertThat(reject.status()).isEqualTo(OrderStatus.NEW);
        assertThat(reject.text()).isEqualTo("OrderQty (38) is required");
    }

    @Test
    void passesTheBrokersCancelRejectOnAndAllowsAnotherCancel() {
        working(limitBuy("C1", 300, "180.00"));
        manager.onCancel(new CancelRequest(CLIENT, "C2", "C1", 1));
        ChildCancelRequest cancel = out.last(ChildCancelRequest.class);
        out.takeAll();

        manager.onBrokerCancelReject(new BrokerCancelReject(BROKER, cancel.clOrdId(), cancel.origClOrdId(),
                CancelRejectReason.TOO_LATE_TO_CANCEL, "already done"));

        CancelReject reject = (CancelReject) out.takeAll().get(0);
        assertThat(reject.clOrdId()).isEqualTo("C2");
        assertThat(reject.origClOrdId()).isEqualTo("C1");
        assertThat(reject.status()).isEqualTo(OrderStatus.NEW);
        assertThat(reject.reason()).isEqualTo(CancelRejectReason.TOO_LATE_TO_CANCEL);
        assertThat(reject.text()).contains("already done");

        manager.onCancel(new CancelRequest(CLIENT, "C3", "C1", 1));
        assertThat(out.last(ExecutionReport.class).execType()).isEqualTo(ExecType.PENDING_CANCEL);
    }

    @Test
    void reportsAnUnsolicitedBrokerCancelAsCanceled() {
        String child = working(new NewOrderRequest(CLIENT, "C1", "AAPL", Side.BUY, OrderType.LIMIT,
                TimeInForce.IMMEDIATE_OR_CANCEL, 300, new BigDecimal("190.02"), null, 1));
        manager.onBrokerExecution(broker(child, null, ExecType.TRADE, 100, "190.02"));
        manager.onBrokerExecution(broker(child, null, ExecType.CANCELED, 0, null));

        ExecutionReport canceled = out.last(ExecutionReport.class);
        assertThat(canceled.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(canceled.clOrdId()).isEqualTo("C1");
        assertThat(canceled.cumulativeQuantity()).isEqualTo(100);
        assertThat(canceled.leavesQuantity()).isZero();
    }

    @Test
    void showsPendingCancelOnFillsThatArriveBeforeTheCancelIsConfirmed() {
        String child = working(limitBuy("C1", 300, "190.00"));
        manager.onCancel(new CancelRequest(CLIENT, "C2", "C1", 1));

        manager.onBrokerExecution(broker(child, null, ExecType.TRADE, 100, "190"));

        ExecutionReport fill = out.last(ExecutionReport.class);
        assertThat(fill.execType()).isEqualTo(ExecType.TRADE);
        assertThat(fill.status()).isEqualTo(OrderStatus.PENDING_CANCEL);
        assertThat(fill.cumulativeQuantity()).isEqualTo(100);
    }

    @Test
    void answersStatusOfAnUnknownOrderAsRejected() {
        manager.onStatusRequest(new StatusRequest(CLIENT, "NOPE", null, "AAPL", Side.BUY));

        ExecutionReport status = (ExecutionReport) out.takeAll().get(0);
        assertThat(status.execType()).isEqualTo(ExecType.ORDER_STATUS);
        assertThat(status.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(status.text()).contains("unknown order");
    }

    @Test
    void doesNotAnswerStatusForAnotherSessionsOrder() {
        working(limitBuy("C1", 300, "190.00"));

        manager.onStatusRequest(new StatusRequest("CLIENT2", "C1", "GT-1", "AAPL", Side.BUY));

        assertThat(out.last(ExecutionReport.class).status()).isEqualTo(OrderStatus.REJECTED);
    }

    @Test
    void ignoresExecutionsForUnknownChildren() {
        manager.onBrokerExecution(broker("UNKNOWN.1", null, ExecType.TRADE, 100, "190"));

        assertThat(out.takeAll()).isEmpty();
    }

    @Test
    void forgetsTheOldestFinishedOrdersBeyondTheRetentionBound() {
        for (int i = 1; i <= 4; i++) {
            String child = working(marketSell("F" + i, 10));
            manager.onBrokerExecution(broker(child, null, ExecType.TRADE, 10, "190"));
        }
        String open = working(limitBuy("OPEN", 10, "180"));
        out.takeAll();

        manager.onStatusRequest(new StatusRequest(CLIENT, "F1", null, "AAPL", Side.SELL));
        assertThat(out.last(ExecutionReport.class).status()).isEqualTo(OrderStatus.REJECTED);
        manager.onStatusRequest(new StatusRequest(CLIENT, "F2", null, "AAPL", Side.SELL));
        assertThat(out.last(ExecutionReport.class).status()).isEqualTo(OrderStatus.FILLED);
        // a late report for the forgotten order is ignored, not applied to anything else
        manager.onBrokerExecution(broker("GT-1.1", null, ExecType.TRADE, 10, "190"));
        assertThat(out.last(ExecutionReport.class).clOrdId()).isEqualTo("F2");
        // working orders are never forgotten
        manager.onBrokerExecution(broker(open, null, ExecType.TRADE, 10, "180"));
        assertThat(out.last(ExecutionReport.class).status()).isEqualTo(OrderStatus.FILLED);
    }
}
