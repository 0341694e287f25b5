package fixgw.simulator.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** One OHLCV bar, starting at {@code time} (UTC). Immutable; {@link BarCsvReader} checks its consistency. */
public record Bar(Instant time, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close, long volume) {
    public Bar {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(close, "close");
    }
}
