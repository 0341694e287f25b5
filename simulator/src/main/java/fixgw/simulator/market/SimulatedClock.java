package fixgw.simulator.market;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Market time that starts at a chosen instant and runs {@code speed} times as fast as a source clock: speed 1
 * is real time, speed 60 makes a trading minute pass every real second (backtest mode). Reads UTC.
 *
 * <p>Thread-safe and immutable: every reading derives from the source clock, which tests replace with a
 * manual one.
 */
public final class SimulatedClock extends Clock {
    private final Clock source;
    private final Instant sourceStart;
    private final Instant marketStart;
    private final long speed;

    /**
     * @param source      real time (or a manual clock in tests)
     * @param marketStart the market time at the moment of construction
     * @param speed       how many market nanoseconds pass per source nanosecond, at least 1
     */
    public SimulatedClock(Clock source, Instant marketStart, long speed) {
        if (speed < 1) {
            throw new IllegalArgumentException("speed must be at least 1, was " + speed);
        }
        this.source = Objects.requireNonNull(source, "source");
        this.marketStart = Objects.requireNonNull(marketStart, "marketStart");
        this.sourceStart = source.instant();
        this.speed = speed;
    }

    public long speed() {
        return speed;
    }

    @Override
    public Instant instant() {
        Duration elapsed = Duration.between(sourceStart, source.instant());
        return marketStart.plus(elapsed.multipliedBy(speed));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** Market time stays UTC; venue calendars carry their own zone ({@link TradingSession}). */
    @Override
    public Clock withZone(ZoneId zone) {
        if (ZoneOffset.UTC.equals(zone)) {
            return this;
        }
        throw new UnsupportedOperationException("market time is UTC; convert with the venue's ZoneId instead");
    }
}
