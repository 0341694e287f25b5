package fixgw.simulator.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fixgw.simulator.market.MarketTick;
import fixgw.simulator.market.TradingSession;
import fixgw.simulator.venue.VenueEvent.OrderCanceled;
import fixgw.simulator.venue.VenueEvent.OrderExpired;
import fixgw.simulator.venue.VenueEvent.OrderFilled;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarketMatcherTest {
    private static final TradingSession NEW_YORK = new TradingSession(ZoneId.of("America/New_York"),
            LocalTime.of(9, 30), LocalTime.of(16, 0));
    private static final Instant T0 = Instant.parse("2026-11-24T15:00:00Z");
    private static final BigDecimal TICK_SIZE = new BigDecimal("0.01");
    // 10% of each step's volume, no slippage unless a test asks for it
    private static final LiquidityModel NO_IMPACT = new LiquidityModel(new BigDecimal("0.1"), BigDecimal.ZERO,
            TICK_SIZE);

    private final List<VenueEvent> events = new ArrayList<>();
    private int orderIds;

    /** Last trade at {@code last}, bid one tick under it, ask one tick over it. */
    private static MarketTick tick(int second, String last, long volume) {
        BigDecimal price = new BigDecimal(last);
        return new MarketTick("AAPL", T0.plusSeconds(second), price.subtract(TICK_SIZE), price.add(TICK_SIZE), price,
                volume);
    }

    private static MarketMatcher matcher(LiquidityModel liquidity, CommissionSchedule commission) {
        return new MarketMatcher(liquidity, commission, NEW_YORK, tick(0, "190.00", 10_000));
    }

    private VenueOrder order(Side side, OrderType type, TimeInForce tif, long quantity, String limit, String stop) {
        NewOrder request = new NewOrder("O" + (++orderIds), "AAPL", side, type, tif, quantity,
                limit == null ? null : new BigDecimal(limit), stop == null ? null : new BigDecimal(stop));
        return VenueOrder.accepted("SIM-" + orderIds, request);
    }

    private List<OrderFilled> fills() {
        return events.stream().filter(OrderFilled.class::isInstance).map(OrderFilled.class::cast).toList();
    }

    @Test
    void aMarketOrderLargerThanTheLiquidityFillsOverSeveralSteps() {
        MarketMatcher matcher = matcher(NO_IMPACT, CommissionSchedule.NONE);
        VenueOrder order = order(Side.BUY, OrderType.MARKET, TimeInForce.DAY, 2_500, null, null);

        matcher.onArrival(order, T0, events);
        matcher.onTick(tick(1, "190.05", 10_000), events);
        matcher.onTick(tick(2, "190.10", 10_000), events);

        assertThat(fills()).extracting(OrderFilled::lastQuantity, f -> f.lastPrice().toPlainString())
                .containsExactly(tuple(1_000L, "190.01"), tuple(1_000L, "190.06"), tuple(500L, "190.11"));
        assertThat(order.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(matcher.workingOrders()).isZero();
    }

    @Test
    void ordersInTheSameStepShareItsLiquidityInTimePriority() {
        MarketMatcher matcher = matcher(NO_IMPACT, CommissionSchedule.NONE);
        VenueOrder first = order(Side.BUY, OrderType.MARKET, TimeInForce.DAY, 700, null, null);
        VenueOrder second = order(Side.SELL, OrderType.MARKET, TimeInForce.DAY, 700, null, null);

        matcher.onArrival(first, T0, events);
        matcher.onArrival(second, T0, events);

        assertThat(first.cumQuantity()).isEqualTo(700);
        assertThat(second.cumQuantity()).isEqualTo(300);
    }

    @Test
    void aBigMarketOrderPaysMoreSlippageThanASmallOne() {
        LiquidityModel impact = new LiquidityModel(BigDecimal.ONE, new BigDecimal("20"), TICK_SIZE);
        MarketMatcher small = matcher(impact, CommissionSchedule.NONE);
        MarketMatcher big = matcher(impact, CommissionSchedule.NONE);

        small.onArrival(order(Side.BUY, OrderType.MARKET, TimeInForce.DAY, 100, null, null), T0, events);
        big.onArrival(order(Side.BUY, OrderType.MARKET, TimeInForce.DAY, 10_000, null, null), T0, events);

        // 10,000 of 10,000: 190.01 x 20 bps = 0.38
        assertThat(fills()).extracting(f -> f.lastPrice().toPlainString()).containsExactly("190.01", "190.39");
    }

    @Test
    void aRestingLimitFillsOnlyWhenTheMarketTradesThroughItAtItsLimit() {
        MarketMatcher matcher = matcher(NO_IMPACT, CommissionSchedule.NONE);
        VenueOrder buy = order(Side.BUY, OrderType.LIMIT, TimeInForce.DAY, 300, "189.95", null);

        matcher.onArrival(buy, T0, events);
        matcher.onTick(tick(1, "189.96", 10_000), events);
        matcher.onTick(tick(2, "189.95", 10_000), events);
        assertThat(fills()).isEmpty();

        matcher.onTick(tick(3, "189.94", 10_000), events);

        assertThat(fills()).extracting(OrderFilled::lastQuantity, f -> f.lastPrice().toPlainString())
                .containsExactly(tuple(300L, "189.95"));
    }

    @Test
    void aMarketableLimitTakesTheTouchButNeverPaysBeyondItsLimit() {
        LiquidityModel impact = new LiquidityModel(BigDecimal.ONE, new BigDecimal("20"), TICK_SIZE);
        MarketMatcher matcher = matcher(impact, CommissionSchedule.NONE);

        matcher.onArrival(order(Side.BUY, OrderType.LIMIT, TimeInForce.DAY, 100, "190.05", null), T0, events);
        matcher.onArrival(order(Side.BUY, OrderType.LIMIT, TimeInForce.DAY, 9_900, "190.05", null), T0, events);

        assertThat(fills()).extracting(f -> f.lastPrice().toPlainString()).containsExactly("190.01", "190.05");
    }

    @Test
    void aBuyStopTriggersWhenTheMarketTradesAtTheStopAndThenFillsAsAMarketOrder() {
        MarketMatcher matcher = matcher(NO_IMPACT, CommissionSchedule.NONE);
        VenueOrder stop = order(Side.BUY, OrderType.STOP, TimeInForce.GOOD_TILL_CANCEL, 500, null, "190.10");

        matcher.onArrival(stop, T0, events);
        matcher.onTick(tick(1, "190.09", 10_000), events);
        assertThat(fills()).isEmpty();

        matcher.onTick(tick(2, "190.10", 10_000), events);

        assertThat(fills()).extracting(OrderFilled::lastQuantity, f -> f.lastPrice().toPlainString())
                .containsExactly(tuple(500L, "190.11"));
    }

    @Test
    void aSellStopLimitTriggersAndThenRestsAtItsLimitUntilTradedThrough() {
        MarketMatcher matcher = matcher(NO_IMPACT, CommissionSchedule.NONE);
        VenueOrder stopLimit = order(Side.SELL, OrderType.STOP_LIMIT, TimeInForce.DAY, 200, "189.95", "189.90");

        matcher.onArrival(stopLimit, T0, events);
        matcher.onTick(tick(1, "189.90", 10_000), events); // triggers; bid 189.89 is below the limit
        matcher.onTick(tick(2, "189.93", 10_000), events);
        assertThat(fills()).isEmpty();

        matcher.onTick(tick(3, "189.96", 10_000), events);

        assertThat(fills()).extracting(OrderFilled::lastQuantity, f -> f.lastPrice().toPlainString())
                .containsExactly(tuple(200L, "189.95"));
    }

    @Test
    void iocTakesWhatTheArrivalStepOffersAndCancelsTheRest() {
        MarketMatcher matcher = matcher(NO_IMPACT, CommissionSchedule.NONE);
        VenueOrder ioc = order(Side.BUY, OrderType.MARKET, TimeInForce.IMMEDIATE_OR_CANCEL, 1_500, null, null);

        matcher.onArrival(ioc, T0, events);

        assertThat(events).hasSize(2).last().isInstanceOf(OrderCanceled.class);
        assertThat(ioc.cumQuantity()).isEqualTo(1_000);
        assertThat(ioc.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(matcher.workingOrders()).isZero();
    }

    @Test
    void fokFillsInFullInTheArrivalStepOrNotAtAll() {
        MarketMatcher matcher = matcher(NO_IMPACT, CommissionSchedule.NONE);
        VenueOrder fits = order(Side.BUY, OrderType.MARKET, TimeInForce.FILL_OR_KILL, 1_000, null, null);
        VenueOrder tooBig = order(Side.BUY, OrderType.MARKET, TimeInForce.FILL_OR_KILL, 1, null, null);

        matcher.onArrival(fits, T0, events);
        matcher.onArrival(tooBig, T0, events); // the step has nothing left

        assertThat(fits.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(tooBig.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(tooBig.cumQuantity()).isZero();
        assertThat(fills()).hasSize(1);
    }

    @Test
    void dayOrdersExpireAtTheCloseInTheVenuesZoneAndGoodTillCancelStays() {
        MarketMatcher matcher = matcher(NO_IMPACT, CommissionSchedule.NONE);
        VenueOrder day = order(Side.BUY, OrderType.LIMIT, TimeInForce.DAY, 100, "180.00", null);
        VenueOrder gtc = order(Side.BUY, OrderType.LIMIT, TimeInForce.GOOD_TILL_CANCEL, 100, "180.00", null);
        matcher.onArrival(day, T0, events);
        matcher.onArrival(gtc, T0, events);

        matcher.expireDue(Instant.parse("2026-11-24T20:59:59Z"), events);
        assertThat(events).isEmpty();

        // 16:00 New York in November is 21:00 UTC
        matcher.expireDue(Instant.parse("2026-11-24T21:00:00Z"), events);

        assertThat(events).singleElement().isInstanceOf(OrderExpired.class);
        assertThat(day.status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(gtc.status()).isEqualTo(OrderStatus.NEW);
        assertThat(matcher.workingOrders()).isEqualTo(1);
    }

    @Test
    void aDayOrderEnteredAfterTheCloseLivesUntilTheNextClose() {
        MarketMatcher matcher = matcher(NO_IMPACT, CommissionSchedule.NONE);
        VenueOrder day = order(Side.BUY, OrderType.LIMIT, TimeInForce.DAY, 100, "180.00", null);
        matcher.onArrival(day, Instant.parse("2026-11-24T22:00:00Z"), events);

        matcher.expireDue(Instant.parse("2026-11-25T20:59:59Z"), events);
        assertThat(day.status()).isEqualTo(OrderStatus.NEW);

        matcher.expireDue(Instant.parse("2026-11-25T21:00:00Z"), events);
        assertThat(day.status()).isEqualTo(OrderStatus.EXPIRED);
    }

    @Test
    void eachExecutionCarriesItsCommissionAndTheyAddUpToTheOrders() {
        CommissionSchedule schedule = new CommissionSchedule(new BigDecimal("0.005"), BigDecimal.ZERO,
                new BigDecimal("1.00"));
        MarketMatcher matcher = matcher(NO_IMPACT, schedule);
        VenueOrder order = order(Side.BUY, OrderType.MARKET, TimeInForce.DAY, 1_500, null, null);

        matcher.onArrival(order, T0, events);
        matcher.onTick(tick(1, "190.00", 10_000), events);

        // 1,000 x 0.005 = 5.00, then 500 x 0.005 = 2.50
        assertThat(fills()).extracting(f -> f.commission().toPlainString()).containsExactly("5.00", "2.50");
    }
}
