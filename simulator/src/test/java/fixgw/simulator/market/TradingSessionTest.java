package fixgw.simulator.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TradingSessionTest {
    private final TradingSession newYork = new TradingSession(ZoneId.of("America/New_York"), LocalTime.of(9, 30),
            LocalTime.of(16, 0));

    @Test
    void closesAtFourInNewYorkWhateverTheUtcOffset() {
        // winter: UTC-5; summer: UTC-4
        assertThat(newYork.closeOf(Instant.parse("2026-11-24T15:00:00Z"))).isEqualTo("2026-11-24T21:00:00Z");
        assertThat(newYork.closeOf(Instant.parse("2026-07-01T15:00:00Z"))).isEqualTo("2026-07-01T20:00:00Z");
    }

    @Test
    void isOpenFromTheOpenUntilJustBeforeTheClose() {
        assertThat(newYork.isOpen(Instant.parse("2026-11-24T14:29:59Z"))).isFalse();
        assertThat(newYork.isOpen(Instant.parse("2026-11-24T14:30:00Z"))).isTrue();
        assertThat(newYork.isOpen(Instant.parse("2026-11-24T20:59:59Z"))).isTrue();
        assertThat(newYork.isOpen(Instant.parse("2026-11-24T21:00:00Z"))).isFalse();
    }

    @Test
    void nextOpenIsTodayBeforeTheOpenAndTomorrowAfterIt() {
        assertThat(newYork.nextOpen(Instant.parse("2026-11-24T12:00:00Z"))).isEqualTo("2026-11-24T14:30:00Z");
        assertThat(newYork.nextOpen(Instant.parse("2026-11-24T14:30:00Z"))).isEqualTo("2026-11-24T14:30:00Z");
        assertThat(newYork.nextOpen(Instant.parse("2026-11-24T21:30:00Z"))).isEqualTo("2026-11-25T14:30:00Z");
    }

    @Test
    void fractionElapsedRunsFromZeroAtTheOpenToOneAtTheClose() {
        assertThat(newYork.fractionElapsed(Instant.parse("2026-11-24T14:30:00Z"))).isEqualByComparingTo("0");
        assertThat(newYork.fractionElapsed(Instant.parse("2026-11-24T17:45:00Z"))).isEqualByComparingTo("0.5");
        assertThat(newYork.fractionElapsed(Instant.parse("2026-11-24T21:00:00Z"))).isEqualByComparingTo("1");
        assertThat(newYork.fractionElapsed(Instant.parse("2026-11-24T23:00:00Z"))).isEqualByComparingTo("1");
    }
}
