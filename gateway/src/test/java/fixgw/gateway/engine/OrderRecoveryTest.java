package fixgw.gateway.engine;

import fixgw.gateway.position.PositionBook;
import fixgw.gateway.order.BrokerExecution;
import fixgw.gateway.order.BrokerSessionChange;
import fixgw.gateway.order.CancelReject;
import fixgw.gateway.order.CancelRejectReason;
import fixgw.gateway.order.CancelRequest;
import fixgw.gateway.order.ChildCancelRequest;
import fixgw.gateway.order.ChildOrderRequest;
import fixgw.gateway.order.ChildStatusRequest;
import fixgw.gateway.order.ExecType;
import fixgw.gateway.order.ExecutionReport;
import fixgw.gateway.order.IdGenerator;
import fixgw.gateway.order.NewOrderRequest;
import fixgw.gateway.order.OrderBook;
import fixgw.gateway.order.OrderMetrics;
import fixgw.gateway.order.OrderStatus;
import fixgw.gateway.order.OrderType;
import fixgw.gateway.order.ParentOrder;
import fixgw.gateway.order.ParentOrderState;
import fixgw.gateway.order.RejectReason;
import fixgw.gateway.order.Side;
import fixgw.gateway.order.StatusRequest;
import fixgw.gateway.order.TimeInForce;
import fixgw.gateway.risk.KnownSymbols;
import fixgw.gateway.route.BrokerAvailability;
import fixgw.gateway.route.SingleBrokerRouter;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the order manager reports to its state store is enough to rebuild every order after a restart and carry on
 * exactly where it stopped: the state-store side of persist-before-acknowledge, without the storage engine.
 */
class OrderRecoveryTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T14:30:00Z"), ZoneOffset.UTC);
    private static final String CLIENT = "CLIENT1";

    /** Keeps each changed order's state at commit, as a durable store would. */
    private static final class SnapshotStore implements StateStore {
        final Map<String, ParentOrderState> committed = new LinkedHashMap<>();
        private final Set<ParentOrder> staged = new LinkedHashSet<>();

        @Override
        public void changed(ParentOrder parent) {
            staged.add(parent);
        }

        @Override
        public void commit() {
            staged.forEach(parent -> committed.put(parent.orderId(), parent.state()));
            staged.clear();
        }

        @Override
        public java.util.Optional<ParentOrderState> findRetired(String session, String clOrdId) {
            return committed.values().stream()
                    .filter(state -> state.session().equals(session) && state.clientClOrdIds().contains(clOrdId))
                    .findFirst();
        }
    }

    private final SnapshotStore store = new SnapshotStore();
    private final RecordingOutput out = new RecordingOutput();

    private OrderManager manager(OrderBook book, String idPrefix) {
        BrokerAvailability availability = new BrokerAvailability();
        OrderManager manager = new OrderManager(book, new IdGenerator(idPrefix), CLOCK,
                new KnownSymbols(java.util.List.of("AAPL")), new SingleBrokerRouter("SIM", availability),
                availability, out, out, OrderMetrics.NONE, store, new PositionBook());
        manager.onBrokerSessionChange(new BrokerSessionChange("SIM", true));
        return manager;
    }

    private static BrokerExecution broker(String clOrdId, String origClOrdId, String execId, ExecType type,
                                          long lastQty, String lastPx) {
        return new BrokerExecution("SIM", clOrdId, origClOrdId, "B-1", execId, type, null, lastQty,
                lastPx == null ? null : new BigDecimal(lastPx), null, null, false, 1);
    }

    @Test
    void carriesOnAfterARestartFromTheCommittedState() {
        OrderManager before = manager(new OrderBook(100), "A");
        before.onNewOrder(new NewOrderRequest(CLIENT, "C1", "AAPL", Side.BUY, OrderType.LIMIT, TimeInForce.DAY, 300,
                new BigDecimal("190.10"), "ACC1", 1));
        String child = out.last(ChildOrderRequest.class).clOrdId();
        before.onBrokerExecution(broker(child, null, "X1", ExecType.NEW, 0, null));
        BrokerExecution fill = broker(child, null, "X2", ExecType.TRADE, 100, "190.00");
        before.onBrokerExecution(fill);
        before.onCancel(new CancelRequest(CLIENT, "C2", "C1", 1));
        String cancelId = out.last(ChildCancelRequest.class).clOrdId();
        store.commit();
        out.takeAll();

        OrderBook recovered = new OrderBook(100);
        store.committed.values().forEach(state -> recovered.restore(ParentOrder.restore(state)));
        OrderManager after = manager(recovered, "B");
        assertThat(out.takeAll()).as("the recovered open child is reconciled when the broker logs on")
                .containsExactly(new ChildStatusRequest("SIM", child, "B-1", "AAPL", Side.BUY));

        after.onBrokerExecution(new BrokerExecution("SIM", child, null, "B-1", "X2", ExecType.TRADE, null, 100,
                new BigDecimal("190.00"), null, null, true, 1));
        assertThat(out.takeAll()).as("a resent fill counts once across the restart").isEmpty();

        after.onBrokerExecution(broker(cancelId, child, "X3", ExecType.CANCELED, 0, null));
        ExecutionReport canceled = out.last(ExecutionReport.class);
        assertThat(canceled.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(canceled.clOrdId()).isEqualTo("C2");
        assertThat(canceled.origClOrdId()).isEqualTo("C1");
        assertThat(canceled.orderId()).isEqualTo("GA-1");
        assertThat(canceled.cumulativeQuantity()).isEqualTo(100);
        assertThat(canceled.averagePrice()).isEqualByComparingTo("190.00");

        after.onStatusRequest(new StatusRequest(CLIENT, "C1", null, "AAPL", Side.BUY));
        assertThat(out.last(ExecutionReport.class).status()).isEqualTo(OrderStatus.CANCELED);
        after.onNewOrder(new NewOrderRequest(CLIENT, "C2", "AAPL", Side.BUY, OrderType.MARKET, TimeInForce.DAY, 1,
                null, null, 1));
        assertThat(out.last(ExecutionReport.class).rejectReason()).isEqualTo(RejectReason.DUPLICATE_ORDER);
    }

    @Test
    void answersForFinishedOrdersThatLeftMemoryFromTheStore() {
        OrderManager manager = manager(new OrderBook(1), "A"); // memory keeps one finished order
        for (String clOrdId : new String[] {"C1", "C2", "C3"}) {
            manager.onNewOrder(new NewOrderRequest(CLIENT, clOrdId, "AAPL", Side.BUY, OrderType.MARKET,
                    TimeInForce.DAY, 100, null, null, 1));
            String child = out.last(ChildOrderRequest.class).clOrdId();
            manager.onBrokerExecution(broker(child, null, "X-" + clOrdId, ExecType.TRADE, 100, "190.00"));
            store.commit();
        }
        out.takeAll();

        manager.onStatusRequest(new StatusRequest(CLIENT, "C1", null, "AAPL", Side.BUY));
        ExecutionReport status = out.last(ExecutionReport.class);
        assertThat(status.execType()).isEqualTo(ExecType.ORDER_STATUS);
        assertThat(status.orderId()).isEqualTo("GA-1");
        assertThat(status.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(status.cumulativeQuantity()).isEqualTo(100);

        manager.onNewOrder(new NewOrderRequest(CLIENT, "C1", "AAPL", Side.BUY, OrderType.MARKET, TimeInForce.DAY,
                1, null, null, 1));
        ExecutionReport duplicate = out.last(ExecutionReport.class);
        assertThat(duplicate.rejectReason()).isEqualTo(RejectReason.DUPLICATE_ORDER);
        assertThat(duplicate.text()).contains("GA-1");

        manager.onCancel(new CancelRequest(CLIENT, "C9", "C1", 1));
        CancelReject tooLate = out.last(CancelReject.class);
        assertThat(tooLate.reason()).isEqualTo(CancelRejectReason.TOO_LATE_TO_CANCEL);
        assertThat(tooLate.text()).contains("GA-1", "FILLED");

        manager.onNewOrder(new NewOrderRequest(CLIENT, "C4", "AAPL", Side.BUY, OrderType.LIMIT, TimeInForce.DAY,
                100, new BigDecimal("1.00"), null, 1));
        out.takeAll();
        manager.onCancel(new CancelRequest(CLIENT, "C2", "C4", 1));
        assertThat(out.takeAll()).as("a ClOrdID a finished order used stays taken: rejected, nothing to the broker")
                .singleElement().isInstanceOfSatisfying(CancelReject.class,
                        reject -> assertThat(reject.reason()).isEqualTo(CancelRejectReason.DUPLICATE_CLORDID));
    }

    @Test
    void reportsEveryChangedOrderAndItsStateRoundTrips() {
        OrderManager manager = manager(new OrderBook(100), "A");
        manager.onNewOrder(new NewOrderRequest(CLIENT, "C1", "AAPL", Side.SELL_SHORT, OrderType.MARKET,
                TimeInForce.IMMEDIATE_OR_CANCEL, 50, null, null, 1));
        String child = out.last(ChildOrderRequest.class).clOrdId();
        manager.onBrokerExecution(broker(child, null, "X1", ExecType.TRADE, 20, "189.99"));
        store.commit();

        ParentOrderState state = store.committed.get("GA-1");
        assertThat(state.cumulativeQuantity()).isEqualTo(20);
        assertThat(state.children().get(0).appliedExecIds()).containsExactly("X1");
        assertThat(ParentOrder.restore(state).state()).isEqualTo(state);
    }

    @Test
    void rejectedOrdersChangeNothingToStore() {
        OrderManager manager = manager(new OrderBook(100), "A");

        manager.onNewOrder(new NewOrderRequest(CLIENT, "C1", "XYZ", Side.BUY, OrderType.MARKET, TimeInForce.DAY, 5,
                null, null, 1));
        store.commit();

        assertThat(store.committed).isEmpty();
    }
}
