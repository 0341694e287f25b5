package fixgw.simulator.config;

import fixgw.simulator.market.SimulatedClock;
import fixgw.simulator.market.TradingSession;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Market time and trading hours of the symbols with a market model. Immutable.
 *
 * @param zone       the venue's time zone, e.g. {@code America/New_York}
 * @param open       session open in that zone, {@code HH:mm}; orders on moving markets are refused outside
 * @param close      session close in that zone; day orders expire then
 * @param start      market time when the simulator starts (ISO-8601 UTC instant); {@code null}: the real time
 * @param speed      market seconds per real second (1 real time, 60 a minute per second); default 1
 * @param pollMillis real milliseconds between two updates of the market (fills, expiries, market data);
 *                   default {@value #DEFAULT_POLL_MILLIS}
 * @param maxSubscriptionsPerSession live market data subscriptions a session may hold; default
 *                   {@value #DEFAULT_MAX_SUBSCRIPTIONS}
 */
public record MarketConfig(String zone, String open, String close, String start, Long speed, Long pollMillis,
                           Long maxSubscriptionsPerSession) {
    public static final long DEFAULT_POLL_MILLIS = 10;
    public static final int DEFAULT_MAX_SUBSCRIPTIONS = 100;

    void validate(List<String> problems) {
        parse(() -> ZoneId.of(zone), "market.zone", zone, problems);
        parse(() -> LocalTime.parse(open), "market.open", open, problems);
        parse(() -> LocalTime.parse(close), "market.close", close, problems);
        if (start != null) {
            parse(() -> Instant.parse(start), "market.start", start, problems);
        }
        if (speed != null) {
            ConfigChecks.positive(speed, "market.speed", problems);
        }
        if (pollMillis != null) {
            ConfigChecks.positive(pollMillis, "market.pollMillis", problems);
        }
        if (maxSubscriptionsPerSession != null) {
            ConfigChecks.positive(maxSubscriptionsPerSession, "market.maxSubscriptionsPerSession", problems);
            if (maxSubscriptionsPerSession > Integer.MAX_VALUE) {
                problems.add("market.maxSubscriptionsPerSession is too large, was " + maxSubscriptionsPerSession);
            }
        }
        if (isValidTime(open) && isValidTime(close) && !LocalTime.parse(open).isBefore(LocalTime.parse(close))) {
            problems.add("market.open " + open + " must be before market.close " + close);
        }
    }

    /** Call after validation. */
    public TradingSession session() {
        return new TradingSession(ZoneId.of(zone), LocalTime.parse(open), LocalTime.parse(close));
    }

    /** Market time over {@code source}, starting now at {@link #start()} (or the source's time). */
    public Clock clock(Clock source) {
        Instant marketStart = start == null ? source.instant() : Instant.parse(start);
        return new SimulatedClock(source, marketStart, speed == null ? 1 : speed);
    }

    /** {@link #maxSubscriptionsPerSession()} or its default. */
    public int subscriptionsPerSession() {
        return maxSubscriptionsPerSession == null ? DEFAULT_MAX_SUBSCRIPTIONS : maxSubscriptionsPerSession.intValue();
    }

    public Duration pollInterval() {
        return Duration.ofMillis(pollMillis == null ? DEFAULT_POLL_MILLIS : pollMillis);
    }

    private static boolean isValidTime(String text) {
        try {
            return text != null && LocalTime.parse(text) != null;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static void parse(Runnable parser, String field, String value, List<String> problems) {
        try {
            if (value == null) {
                throw new DateTimeException("missing");
            }
            parser.run();
        } catch (DateTimeException e) {
            problems.add(field + " is not valid, was " + ConfigChecks.quoted(value));
        }
    }
}
