package fixgw.simulator.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class BarReplayModelTest {
    private static final Instant T0 = Instant.parse("2026-11-24T14:30:00Z");

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static MarketTick tick(Instant time, String price, long volume) {
        return new MarketTick("AAPL", time, d(price), d(price).add(d("0.02")), d(price), volume);
    }

    @Test
    void replaysAnUpBarThroughItsLowFirstAndADownBarThroughItsHighFirst() {
        List<Bar> bars = List.of(
                new Bar(T0, d("10.00"), d("10.50"), d("9.80"), d("10.40"), 1_003),
                new Bar(T0.plusSeconds(60), d("10.40"), d("10.60"), d("10.10"), d("10.20"), 400));
        BarReplayModel model = new BarReplayModel("AAPL", bars, d("0.01"), 2, Duration.ofMinutes(1));

        List<MarketTick> ticks = new ArrayList<>();
        while (model.hasNext()) {
            ticks.add(model.next());
        }

        assertThat(ticks).containsExactly(
                tick(T0, "10.00", 250),
                tick(T0.plusSeconds(15), "9.80", 250),
                tick(T0.plusSeconds(30), "10.50", 250),
                tick(T0.plusSeconds(45), "10.40", 253),
                tick(T0.plusSeconds(60), "10.40", 100),
                tick(T0.plusSeconds(75), "10.60", 100),
                tick(T0.plusSeconds(90), "10.10", 100),
                tick(T0.plusSeconds(105), "10.20", 100));
        assertThatThrownBy(model::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void replaysTheShippedSampleWithAllItsVolume() {
        List<Bar> bars = new BarCsvReader().read(java.nio.file.Path.of("..", "fix-config", "sample-bars-aapl.csv"));
        BarReplayModel model = new BarReplayModel("AAPL", bars, d("0.01"), 1, Duration.ofMinutes(1));

        long volume = 0;
        int steps = 0;
        while (model.hasNext()) {
            volume += model.next().volume();
            steps++;
        }

        assertThat(steps).isEqualTo(4 * bars.size());
        assertThat(volume).isEqualTo(bars.stream().mapToLong(Bar::volume).sum());
    }
}
