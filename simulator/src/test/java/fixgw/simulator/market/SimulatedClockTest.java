package fixgw.simulator.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SimulatedClockTest {
    private static final Instant REAL = Instant.parse("2026-11-25T11:00:00Z");
    private static final Instant MARKET = Instant.parse("2026-11-24T14:30:00Z");

    @Test
    void startsAtTheChosenMarketTime() {
        assertThat(new SimulatedClock(new ManualClock(REAL), MARKET, 1).instant()).isEqualTo(MARKET);
    }

    @Test
    void realTimeSpeedFollowsTheSource() {
        ManualClock source = new ManualClock(REAL);
        SimulatedClock clock = new SimulatedClock(source, MARKET, 1);

        source.advance(Duration.ofMillis(1_500));

        assertThat(clock.instant()).isEqualTo(MARKET.plusMillis(1_500));
    }

    @Test
    void backtestSpeedRunsNTimesFaster() {
        ManualClock source = new ManualClock(REAL);
        SimulatedClock clock = new SimulatedClock(source, MARKET, 60);

        source.advance(Duration.ofSeconds(1));
        assertThat(clock.instant()).isEqualTo(MARKET.plusSeconds(60));

        source.advance(Duration.ofNanos(1));
        assertThat(clock.instant()).isEqualTo(MARKET.plusSeconds(60).plusNanos(60));
    }

    @Test
    void refusesSpeedBelowOne() {
        assertThatThrownBy(() -> new SimulatedClock(new ManualClock(REAL), MARKET, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("speed must be at least 1, was 0");
    }
}
