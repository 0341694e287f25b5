package fixgw.simulator.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RandomWalkModelTest {
    private static final TradingSession NEW_YORK = new TradingSession(ZoneId.of("America/New_York"),
            LocalTime.of(9, 30), LocalTime.of(16, 0));
    private static final Instant OPEN = Instant.parse("2026-11-24T14:30:00Z");
    private static final BigDecimal TICK = new BigDecimal("0.01");

    private static RandomWalkParameters parameters(String volatility, int spreadTicks) {
        return new RandomWalkParameters(new BigDecimal("190.00"), TICK, spreadTicks, new BigDecimal(volatility), 1_000,
                Duration.ofSeconds(1), IntradayVolumeCurve.U_SHAPED);
    }

    private static List<MarketTick> ticks(long seed, int count, Instant start) {
        RandomWalkModel model = new RandomWalkModel("AAPL", parameters("0.0005", 2), NEW_YORK, start, seed);
        List<MarketTick> ticks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ticks.add(model.next());
        }
        return ticks;
    }

    @Test
    void sameSeedGivesTheSameTicks() {
        assertThat(ticks(42, 2_000, OPEN)).isEqualTo(ticks(42, 2_000, OPEN));
    }

    @Test
    void differentSeedsGiveDifferentPaths() {
        assertThat(ticks(42, 100, OPEN)).isNotEqualTo(ticks(43, 100, OPEN));
    }

    @Test
    void pricesMoveOnTheTickGridWithTheConfiguredSpread() {
        List<MarketTick> ticks = ticks(7, 2_000, OPEN);

        for (MarketTick tick : ticks) {
            assertThat(tick.last().remainder(TICK)).isEqualByComparingTo("0");
            assertThat(tick.ask().subtract(tick.bid())).isEqualByComparingTo("0.02");
            assertThat(tick.bid()).isEqualByComparingTo(tick.last().subtract(TICK));
        }
        assertThat(ticks).extracting(MarketTick::last)
                .anySatisfy(last -> assertThat(last).isNotEqualByComparingTo("190.00"));
    }

    @Test
    void aWildWalkNeverGoesBelowOneTick() {
        RandomWalkParameters wild = new RandomWalkParameters(new BigDecimal("0.05"), TICK, 1, new BigDecimal("0.9"),
                100, Duration.ofSeconds(1), IntradayVolumeCurve.U_SHAPED);
        RandomWalkModel model = new RandomWalkModel("PENNY", wild, NEW_YORK, OPEN, 1);

        for (int i = 0; i < 5_000; i++) {
            MarketTick tick = model.next();
            assertThat(tick.last()).isGreaterThanOrEqualTo(TICK);
            assertThat(tick.bid().signum()).isNotNegative();
        }
    }

    @Test
    void stepsOnlyWhileTheSessionIsOpen() {
        List<MarketTick> ticks = ticks(3, 23_401 + 2, Instant.parse("2026-11-24T12:00:00Z"));

        assertThat(ticks.get(0).time()).isEqualTo(OPEN);
        // 6.5 hours of one-second steps fit 23,400 steps; the next ones start at the following open
        assertThat(ticks.get(23_399).time()).isEqualTo("2026-11-24T20:59:59Z");
        assertThat(ticks.get(23_400).time()).isEqualTo("2026-11-25T14:30:00Z");
        assertThat(ticks).allSatisfy(tick -> assertThat(NEW_YORK.isOpen(tick.time())).isTrue());
    }

    @Test
    void tradesMoreNearTheOpenAndCloseThanAtMidday() {
        List<MarketTick> day = ticks(11, 23_400, OPEN);

        long firstHalfHour = volume(day.subList(0, 1_800));
        long middayHalfHour = volume(day.subList(10_800, 12_600));
        long lastHalfHour = volume(day.subList(21_600, 23_400));

        assertThat(firstHalfHour).isGreaterThan(2 * middayHalfHour);
        assertThat(lastHalfHour).isGreaterThan(2 * middayHalfHour);
    }

    private static long volume(List<MarketTick> ticks) {
        return ticks.stream().mapToLong(MarketTick::volume).sum();
    }
}
