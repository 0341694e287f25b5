package fixgw.simulator.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fixgw.simulator.venue.VenueEvent.CancelRejected;
import fixgw.simulator.venue.VenueEvent.OrderAccepted;
import fixgw.simulator.venue.VenueEvent.StatusReported;
import fixgw.simulator.venue.VenueEvent.UnknownOrderStatus;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VenueRetentionTest {
    private static final Map<String, Quote> QUOTES =
            Map.of("AAPL", new Quote("AAPL", new BigDecimal("189.98"), new BigDecimal("190.02"), 500));

    private final Venue venue = new Venue(QUOTES, new OrderIdGenerator(), 2);

    private static NewOrder market(String clOrdId) {
        return new NewOrder(clOrdId, "AAPL", Side.BUY, OrderType.MARKET, TimeInForce.DAY, 100, null);
    }

    private static NewOrder restingLimit(String clOrdId) {
        return new NewOrder(clOrdId, "AAPL", Side.BUY, OrderType.LIMIT, TimeInForce.DAY, 100,
                new BigDecimal("100.00"));
    }

    @Test
    void forgetsTheOldestFinishedOrderBeyondTheRetention() {
        venue.onNewOrder(market("F1"));
        venue.onNewOrder(market("F2"));
        venue.onNewOrder(market("F3"));

        assertThat(venue.onStatusRequest("F1")).isEqualTo(new UnknownOrderStatus("F1"));
        assertThat(venue.onStatusRequest("F2")).isInstanceOf(StatusReported.class);
        assertThat(venue.onStatusRequest("F3")).isInstanceOf(StatusReported.class);
        assertThat(venue.heldOrders()).isEqualTo(2);
    }

    @Test
    void keepsWorkingOrdersHoweverManyFinish() {
        venue.onNewOrder(restingLimit("W1"));
        for (int i = 0; i < 1_000; i++) {
            venue.onNewOrder(market("F" + i));
        }

        assertThat(((StatusReported) venue.onStatusRequest("W1")).order().status()).isEqualTo(OrderStatus.NEW);
        assertThat(venue.heldOrders()).isEqualTo(3);
    }

    @Test
    void forgetsEveryClOrdIdOfACanceledOrder() {
        venue.onNewOrder(restingLimit("W1"));
        venue.onCancel(new CancelRequest("C1", "W1"));
        venue.onNewOrder(market("F1"));
        venue.onNewOrder(market("F2"));

        assertThat(venue.onStatusRequest("W1")).isEqualTo(new UnknownOrderStatus("W1"));
        assertThat(venue.onStatusRequest("C1")).isEqualTo(new UnknownOrderStatus("C1"));
        assertThat(((CancelRejected) venue.onCancel(new CancelRequest("C2", "C1")).get(0)).reason())
                .isEqualTo(CancelRejectReason.UNKNOWN_ORDER);
    }

    @Test
    void aReusedClOrdIdBelongsToTheNewOrderAndSurvivesTheOldOnesRetirement() {
        venue.onNewOrder(market("X"));
        OrderAccepted second = (OrderAccepted) venue.onNewOrder(restingLimit("X")).get(0);
        venue.onNewOrder(market("F1"));
        venue.onNewOrder(market("F2"));

        StatusReported status = (StatusReported) venue.onStatusRequest("X");
        assertThat(status.order().orderId()).isEqualTo(second.order().orderId());
    }

    @Test
    void rejectedOrdersCountAsFinished() {
        venue.onNewOrder(new NewOrder("R1", "NOPE", Side.BUY, OrderType.MARKET, TimeInForce.DAY, 1, null));
        venue.onNewOrder(market("F1"));
        venue.onNewOrder(market("F2"));

        assertThat(venue.onStatusRequest("R1")).isEqualTo(new UnknownOrderStatus("R1"));
    }

    @Test
    void refusesNonPositiveRetention() {
        assertThatThrownBy(() -> new Venue(QUOTES, new OrderIdGenerator(), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxFinishedOrders must be positive, was 0");
    }
}
