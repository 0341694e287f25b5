package fixgw.simulator.venue;

import static org.assertj.core.api.Assertions.assertThat;

import fixgw.simulator.venue.VenueEvent.CancelRejected;
import fixgw.simulator.venue.VenueEvent.OrderAccepted;
import fixgw.simulator.venue.VenueEvent.OrderCanceled;
import fixgw.simulator.venue.VenueEvent.OrderFilled;
import fixgw.simulator.venue.VenueEvent.OrderRejected;
import fixgw.simulator.venue.VenueEvent.OrderReplaced;
import fixgw.simulator.venue.VenueEvent.StatusReported;
import fixgw.simulator.venue.VenueEvent.UnknownOrderStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class VenueTest {
    private static final BigDecimal BID = new BigDecimal("189.98");
    private static final BigDecimal ASK = new BigDecimal("190.02");

    private final Venue venue = new Venue(Map.of("AAPL", new Quote("AAPL", BID, ASK, 500)), new OrderIdGenerator());

    private static NewOrder order(String clOrdId, Side side, OrderType type, TimeInForce tif, long qty, String price) {
        return new NewOrder(clOrdId, "AAPL", side, type, tif, qty, price == null ? null : new BigDecimal(price));
    }

    private static NewOrder market(String clOrdId, Side side, long qty) {
        return order(clOrdId, side, OrderType.MARKET, TimeInForce.DAY, qty, null);
    }

    private static NewOrder limit(String clOrdId, Side side, long qty, String price) {
        return order(clOrdId, side, OrderType.LIMIT, TimeInForce.DAY, qty, price);
    }

    private static ReplaceRequest replace(String clOrdId, String orig, Long qty, String price) {
        return new ReplaceRequest(clOrdId, orig, qty == null ? OptionalLong.empty() : OptionalLong.of(qty),
                Optional.ofNullable(price).map(BigDecimal::new));
    }

    private static OrderSnapshot snapshot(String orderId, String clOrdId, String orig, Side side, OrderType type,
                                          long qty, String price, OrderStatus status, long cum, long leaves,
                                          String avgPx) {
        return new OrderSnapshot(orderId, clOrdId, orig, "AAPL", side, type, TimeInForce.DAY, qty,
                price == null ? null : new BigDecimal(price), status, cum, leaves, new BigDecimal(avgPx));
    }

    @Test
    void marketBuyLargerThanQuoteSizeFillsInSlicesAtTheAsk() {
        List<VenueEvent> events = venue.onNewOrder(market("O1", Side.BUY, 1_200));

        assertThat(events).containsExactly(
                new OrderAccepted(snapshot("SIM-1", "O1", null, Side.BUY, OrderType.MARKET, 1_200, null,
                        OrderStatus.NEW, 0, 1_200, "0")),
                new OrderFilled(snapshot("SIM-1", "O1", null, Side.BUY, OrderType.MARKET, 1_200, null,
                        OrderStatus.PARTIALLY_FILLED, 500, 700, "190.02"), 500, ASK),
                new OrderFilled(snapshot("SIM-1", "O1", null, Side.BUY, OrderType.MARKET, 1_200, null,
                        OrderStatus.PARTIALLY_FILLED, 1_000, 200, "190.02"), 500, ASK),
                new OrderFilled(snapshot("SIM-1", "O1", null, Side.BUY, OrderType.MARKET, 1_200, null,
                        OrderStatus.FILLED, 1_200, 0, "190.02"), 200, ASK));
    }

    @Test
    void marketSellShortFillsAtTheBid() {
        List<VenueEvent> events = venue.onNewOrder(market("O1", Side.SELL_SHORT, 100));

        assertThat(events).hasSize(2);
        OrderFilled fill = (OrderFilled) events.get(1);
        assertThat(fill.lastPrice()).isEqualByComparingTo(BID);
        assertThat(fill.order().status()).isEqualTo(OrderStatus.FILLED);
    }

    @Test
    void marketableLimitFillsOneSliceAtTheAskAndRestsTheRemainder() {
        List<VenueEvent> events = venue.onNewOrder(limit("O1", Side.BUY, 800, "190.05"));

        assertThat(events).containsExactly(
                new OrderAccepted(snapshot("SIM-1", "O1", null, Side.BUY, OrderType.LIMIT, 800, "190.05",
                        OrderStatus.NEW, 0, 800, "0")),
                new OrderFilled(snapshot("SIM-1", "O1", null, Side.BUY, OrderType.LIMIT, 800, "190.05",
                        OrderStatus.PARTIALLY_FILLED, 500, 300, "190.02"), 500, ASK));
    }

    @Test
    void limitSellAtTheBidIsMarketable() {
        List<VenueEvent> events = venue.onNewOrder(limit("O1", Side.SELL, 100, "189.98"));

        assertThat(events).last().isInstanceOf(OrderFilled.class)
                .extracting(event -> ((OrderFilled) event).order().status()).isEqualTo(OrderStatus.FILLED);
    }

    @Test
    void nonMarketableLimitRests() {
        assertThat(venue.onNewOrder(limit("O1", Side.BUY, 100, "190.01"))).containsExactly(
                new OrderAccepted(snapshot("SIM-1", "O1", null, Side.BUY, OrderType.LIMIT, 100, "190.01",
                        OrderStatus.NEW, 0, 100, "0")));
        assertThat(venue.onNewOrder(limit("O2", Side.SELL, 100, "189.99"))).hasSize(1);
    }

    @Test
    void iocCancelsWhatDidNotFillRightAway() {
        List<VenueEvent> events = venue.onNewOrder(
                order("O1", Side.BUY, OrderType.LIMIT, TimeInForce.IMMEDIATE_OR_CANCEL, 700, "190.02"));

        assertThat(events).hasSize(3);
        assertThat(events.get(1)).isInstanceOf(OrderFilled.class);
        OrderSnapshot canceled = ((OrderCanceled) events.get(2)).order();
        assertThat(canceled.clOrdId()).isEqualTo("O1");
        assertThat(canceled.origClOrdId()).isNull();
        assertThat(canceled.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(canceled.cumQuantity()).isEqualTo(500);
        assertThat(canceled.leavesQuantity()).isZero();
    }

    @Test
    void nonMarketableIocIsCanceledWithoutFill() {
        List<VenueEvent> events = venue.onNewOrder(
                order("O1", Side.BUY, OrderType.LIMIT, TimeInForce.IMMEDIATE_OR_CANCEL, 100, "180"));

        assertThat(events).extracting(Object::getClass).containsExactly(OrderAccepted.class, OrderCanceled.class);
    }

    @Test
    void cancelsWorkingOrderKeepingCumQty() {
        venue.onNewOrder(limit("O1", Side.BUY, 800, "190.02"));

        List<VenueEvent> events = venue.onCancel(new CancelRequest("C1", "O1"));

        assertThat(events).containsExactly(new OrderCanceled(snapshot("SIM-1", "C1", "O1", Side.BUY,
                OrderType.LIMIT, 800, "190.02", OrderStatus.CANCELED, 500, 0, "190.02")));
    }

    @Test
    void cancelOfUnknownOrderIsRejectedAsUnknown() {
        assertThat(venue.onCancel(new CancelRequest("C1", "NOPE"))).containsExactly(new CancelRejected("C1", "NOPE",
                "NONE", null, CancelRejectReason.UNKNOWN_ORDER, CancelRequestKind.CANCEL, "Unknown order NOPE"));
    }

    @Test
    void cancelOfFilledOrderIsTooLate() {
        venue.onNewOrder(market("O1", Side.BUY, 100));

        assertThat(venue.onCancel(new CancelRequest("C1", "O1"))).containsExactly(new CancelRejected("C1", "O1",
                "SIM-1", OrderStatus.FILLED, CancelRejectReason.TOO_LATE_TO_CANCEL, CancelRequestKind.CANCEL,
                "Order O1 is already FILLED"));
    }

    @Test
    void secondCancelOfSameOrderIsTooLate() {
        venue.onNewOrder(limit("O1", Side.BUY, 100, "180"));
        venue.onCancel(new CancelRequest("C1", "O1"));

        CancelRejected again = (CancelRejected) venue.onCancel(new CancelRequest("C2", "O1")).get(0);

        assertThat(again.reason()).isEqualTo(CancelRejectReason.TOO_LATE_TO_CANCEL);
    }

    @Test
    void cancelOfRejectedOrderIsTooLate() {
        venue.onNewOrder(new NewOrder("O1", "XYZ", Side.BUY, OrderType.MARKET, TimeInForce.DAY, 100, null));

        CancelRejected rejected = (CancelRejected) venue.onCancel(new CancelRequest("C1", "O1")).get(0);

        assertThat(rejected.reason()).isEqualTo(CancelRejectReason.TOO_LATE_TO_CANCEL);
        assertThat(rejected.orderStatus()).isEqualTo(OrderStatus.REJECTED);
    }

    @Test
    void replaceChangesPriceAndQuantityAndRenamesTheOrder() {
        venue.onNewOrder(limit("O1", Side.BUY, 100, "185"));

        List<VenueEvent> events = venue.onReplace(replace("R1", "O1", 150L, "186"));

        assertThat(events).containsExactly(new OrderReplaced(snapshot("SIM-1", "R1", "O1", Side.BUY,
                OrderType.LIMIT, 150, "186", OrderStatus.NEW, 0, 150, "0")));
        assertThat(venue.onStatusRequest("R1")).isEqualTo(new StatusReported(snapshot("SIM-1", "R1", "O1",
                Side.BUY, OrderType.LIMIT, 150, "186", OrderStatus.NEW, 0, 150, "0")));
    }

    @Test
    void replaceKeepsAbsentValues() {
        venue.onNewOrder(limit("O1", Side.BUY, 100, "185"));

        OrderSnapshot replaced = ((OrderReplaced) venue.onReplace(replace("R1", "O1", null, "186")).get(0)).order();

        assertThat(replaced.quantity()).isEqualTo(100);
        assertThat(replaced.limitPrice()).isEqualByComparingTo("186");
    }

    @Test
    void replaceToMarketablePriceFillsOneSlice() {
        venue.onNewOrder(limit("O1", Side.BUY, 800, "185"));

        List<VenueEvent> events = venue.onReplace(replace("R1", "O1", null, "190.02"));

        assertThat(events).containsExactly(
                new OrderReplaced(snapshot("SIM-1", "R1", "O1", Side.BUY, OrderType.LIMIT, 800, "190.02",
                        OrderStatus.NEW, 0, 800, "0")),
                new OrderFilled(snapshot("SIM-1", "R1", "O1", Side.BUY, OrderType.LIMIT, 800, "190.02",
                        OrderStatus.PARTIALLY_FILLED, 500, 300, "190.02"), 500, ASK));
    }

    @Test
    void replaceOfPartiallyFilledOrderReportsPartiallyFilledWithLeavesFromNewQuantity() {
        venue.onNewOrder(limit("O1", Side.BUY, 800, "190.02"));

        OrderSnapshot replaced = ((OrderReplaced) venue.onReplace(replace("R1", "O1", 600L, "189")).get(0)).order();

        assertThat(replaced.status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(replaced.cumQuantity()).isEqualTo(500);
        assertThat(replaced.leavesQuantity()).isEqualTo(100);
    }

    @Test
    void cannotReduceQuantityToFilledQuantityOrBelow() {
        venue.onNewOrder(limit("O1", Side.BUY, 800, "190.02"));

        assertThat(venue.onReplace(replace("R1", "O1", 500L, null))).containsExactly(new CancelRejected("R1", "O1",
                "SIM-1", OrderStatus.PARTIALLY_FILLED, CancelRejectReason.OTHER, CancelRequestKind.REPLACE,
                "OrderQty 500 must exceed CumQty 500"));
        assertThat(venue.onStatusRequest("O1")).isInstanceOf(StatusReported.class);
    }

    @Test
    void replaceOfUnknownOrderIsRejectedAsUnknown() {
        CancelRejected rejected = (CancelRejected) venue.onReplace(replace("R1", "NOPE", 10L, null)).get(0);

        assertThat(rejected.reason()).isEqualTo(CancelRejectReason.UNKNOWN_ORDER);
        assertThat(rejected.responseTo()).isEqualTo(CancelRequestKind.REPLACE);
    }

    @Test
    void replaceOfCanceledOrderIsTooLate() {
        venue.onNewOrder(limit("O1", Side.BUY, 100, "185"));
        venue.onCancel(new CancelRequest("C1", "O1"));

        CancelRejected rejected = (CancelRejected) venue.onReplace(replace("R1", "C1", 200L, null)).get(0);

        assertThat(rejected.reason()).isEqualTo(CancelRejectReason.TOO_LATE_TO_CANCEL);
    }

    @Test
    void statusOfUnknownOrder() {
        assertThat(venue.onStatusRequest("NOPE")).isEqualTo(new UnknownOrderStatus("NOPE"));
    }

    @Test
    void statusReportsCurrentFillState() {
        venue.onNewOrder(limit("O1", Side.SELL, 700, "189.00"));

        OrderSnapshot status = ((StatusReported) venue.onStatusRequest("O1")).order();

        assertThat(status.status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(status.cumQuantity()).isEqualTo(500);
        assertThat(status.leavesQuantity()).isEqualTo(200);
        assertThat(status.averagePrice()).isEqualByComparingTo(BID);
    }

    @Test
    void rejectsUnknownSymbol() {
        assertRejected(new NewOrder("O1", "XYZ", Side.BUY, OrderType.MARKET, TimeInForce.DAY, 100, null),
                OrderRejectReason.UNKNOWN_SYMBOL, "Unknown symbol XYZ");
    }

    @Test
    void rejectsZeroAndNegativeQuantity() {
        assertRejected(market("O1", Side.BUY, 0), OrderRejectReason.INCORRECT_QUANTITY,
                "OrderQty must be positive, was 0");
        assertRejected(market("O2", Side.BUY, -5), OrderRejectReason.INCORRECT_QUANTITY,
                "OrderQty must be positive, was -5");
    }

    @Test
    void rejectsLimitWithoutPrice() {
        assertRejected(limit("O1", Side.BUY, 100, null), OrderRejectReason.OTHER, "Limit order without Price");
    }

    @Test
    void rejectsDuplicateClOrdIdOfLiveOrderAndKeepsTheLiveOrder() {
        venue.onNewOrder(limit("O1", Side.BUY, 100, "185"));

        assertRejected(market("O1", Side.SELL, 100), OrderRejectReason.DUPLICATE_ORDER,
                "Duplicate ClOrdID O1 of a live order");
        assertThat(((StatusReported) venue.onStatusRequest("O1")).order().status()).isEqualTo(OrderStatus.NEW);
    }

    @Test
    void acceptsClOrdIdOfFinishedOrderAgain() {
        venue.onNewOrder(market("O1", Side.BUY, 100));

        assertThat(venue.onNewOrder(market("O1", Side.SELL, 100)).get(0)).isInstanceOf(OrderAccepted.class);
    }

    @Test
    void invalidOrderIsRejectedAndRemembered() {
        List<VenueEvent> events = venue.onInvalidOrder(new InvalidOrder("O1", "AAPL",
                OrderRejectReason.UNSUPPORTED_ORDER_CHARACTERISTIC, "Unsupported OrdType 3"));

        OrderRejected rejected = (OrderRejected) events.get(0);
        assertThat(rejected.reason()).isEqualTo(OrderRejectReason.UNSUPPORTED_ORDER_CHARACTERISTIC);
        assertThat(rejected.order().orderId()).isEqualTo("NONE");
        assertThat(((CancelRejected) venue.onCancel(new CancelRequest("C1", "O1")).get(0)).reason())
                .isEqualTo(CancelRejectReason.TOO_LATE_TO_CANCEL);
    }

    @Test
    void aStaticQuoteRefusesStopOrdersAndFillOrKill() {
        assertRejected(new NewOrder("S1", "AAPL", Side.BUY, OrderType.STOP, TimeInForce.DAY, 100, null,
                        new BigDecimal("191")), OrderRejectReason.UNSUPPORTED_ORDER_CHARACTERISTIC,
                "Stop orders need a market model; AAPL has a static quote");
        assertRejected(order("F1", Side.BUY, OrderType.MARKET, TimeInForce.FILL_OR_KILL, 100, null),
                OrderRejectReason.UNSUPPORTED_ORDER_CHARACTERISTIC,
                "Fill-or-kill needs a market model; AAPL has a static quote");
    }

    @Test
    void orderIdsAreSharedAcrossVenues() {
        OrderIdGenerator ids = new OrderIdGenerator();
        Map<String, Quote> quotes = Map.of("AAPL", new Quote("AAPL", BID, ASK, 500));
        Venue first = new Venue(quotes, ids);
        Venue second = new Venue(quotes, ids);

        String a = ((OrderAccepted) first.onNewOrder(market("O1", Side.BUY, 1)).get(0)).order().orderId();
        String b = ((OrderAccepted) second.onNewOrder(market("O1", Side.BUY, 1)).get(0)).order().orderId();

        assertThat(a).isEqualTo("SIM-1");
        assertThat(b).isEqualTo("SIM-2");
    }

    @Test
    void averagePriceStaysExactAcrossSlicesTakenBeforeAndAfterReplace() {
        Venue twoQuotes = new Venue(Map.of("AAPL", new Quote("AAPL", BID, ASK, 500)), new OrderIdGenerator());
        twoQuotes.onNewOrder(limit("O1", Side.BUY, 1_000, "190.02"));
        // the second slice is taken when a replace makes the order marketable again
        twoQuotes.onReplace(replace("R1", "O1", null, "190.03"));

        OrderSnapshot status = ((StatusReported) twoQuotes.onStatusRequest("R1")).order();
        assertThat(status.cumQuantity()).isEqualTo(1_000);
        assertThat(status.averagePrice()).isEqualByComparingTo(ASK);
    }

    private void assertRejected(NewOrder order, OrderRejectReason reason, String text) {
        List<VenueEvent> events = venue.onNewOrder(order);
        assertThat(events).hasSize(1);
        OrderRejected rejected = (OrderRejected) events.get(0);
        assertThat(rejected.reason()).isEqualTo(reason);
        assertThat(rejected.text()).isEqualTo(text);
        assertThat(rejected.order().status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(rejected.order().leavesQuantity()).isZero();
    }
}
