package fixgw.simulator.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fixgw.simulator.market.MarketTick;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LiquidityModelTest {
    private static final MarketTick TICK = new MarketTick("AAPL", Instant.parse("2026-11-24T14:30:00Z"),
            new BigDecimal("189.99"), new BigDecimal("190.01"), new BigDecimal("190.00"), 10_000);

    // 10% of each step's volume; 20 bps of the touch per 100% of the step's volume
    private final LiquidityModel model = new LiquidityModel(new BigDecimal("0.1"), new BigDecimal("20"),
            new BigDecimal("0.01"));

    @Test
    void anOrderTakesAtMostItsParticipationOfTheStepsVolume() {
        assertThat(model.available(TICK)).isEqualTo(1_000);
        assertThat(model.available(new MarketTick("AAPL", TICK.time(), TICK.bid(), TICK.ask(), TICK.last(), 9)))
                .isZero();
    }

    @Test
    void smallOrdersPayTheTouch() {
        assertThat(model.aggressivePrice(Side.BUY, TICK, 100)).isEqualByComparingTo("190.01");
        assertThat(model.aggressivePrice(Side.SELL, TICK, 100)).isEqualByComparingTo("189.99");
    }

    @Test
    void slippageGrowsWithSizeRelativeToTheStepsVolume() {
        // 5,000 of 10,000 = 50%: 190.01 x 20 bps x 0.5 = 0.190 -> 19 ticks
        assertThat(model.aggressivePrice(Side.BUY, TICK, 5_000)).isEqualByComparingTo("190.20");
        // 10,000 = 100%: 189.99 x 20 bps = 0.380 -> 38 ticks below the bid
        assertThat(model.aggressivePrice(Side.SELL_SHORT, TICK, 10_000)).isEqualByComparingTo("189.61");
    }

    @Test
    void refusesParticipationOutsideZeroToOne() {
        assertThatThrownBy(() -> new LiquidityModel(new BigDecimal("1.5"), BigDecimal.ONE, new BigDecimal("0.01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxParticipation must be above 0 and at most 1, was 1.5");
    }
}
