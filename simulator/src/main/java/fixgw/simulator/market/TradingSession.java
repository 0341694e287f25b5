package fixgw.simulator.market;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The venue's trading hours, in its own time zone (so daylight saving moves them in UTC, as it should):
 * open every day from {@code open} (inclusive) to {@code close} (exclusive). Weekends and holidays are not
 * modelled yet. Immutable and thread-safe.
 */
public record TradingSession(ZoneId zone, LocalTime open, LocalTime close) {
    public TradingSession {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(close, "close");
        if (!open.isBefore(close)) {
            throw new IllegalArgumentException("session open " + open + " must be before close " + close);
        }
    }

    public boolean isOpen(Instant time) {
        LocalTime local = time.atZone(zone).toLocalTime();
        return !local.isBefore(open) && local.isBefore(close);
    }

    /** The close of the trading day {@code time} falls on (in the venue's zone). */
    public Instant closeOf(Instant time) {
        return ZonedDateTime.of(time.atZone(zone).toLocalDate(), close, zone).toInstant();
    }

    /** The open of the trading day {@code time} falls on (in the venue's zone). */
    public Instant openOf(Instant time) {
        return ZonedDateTime.of(time.atZone(zone).toLocalDate(), open, zone).toInstant();
    }

    /** The first open at or after {@code time}. */
    public Instant nextOpen(Instant time) {
        Instant todaysOpen = openOf(time);
        if (!time.isAfter(todaysOpen)) {
            return todaysOpen;
        }
        LocalDate tomorrow = time.atZone(zone).toLocalDate().plusDays(1);
        return ZonedDateTime.of(tomorrow, open, zone).toInstant();
    }

    /** How far through the day's session {@code time} is: 0 at the open, 1 at the close, clamped outside. */
    public BigDecimal fractionElapsed(Instant time) {
        Instant dayOpen = openOf(time);
        long total = Duration.between(dayOpen, closeOf(time)).toMillis();
        long elapsed = Math.max(0, Math.min(total, Duration.between(dayOpen, time).toMillis()));
        return BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(total), MathContext.DECIMAL64);
    }
}
