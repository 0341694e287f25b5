package fixgw.simulator.client;

import fixgw.simulator.market.SimulatedClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Sends each backtest row once market time reaches its time. Market time starts at the first row's time when
 * the first row is due (after the logon, so no row is late from the start) and runs {@code speed} times faster
 * than {@code source} (set it to the simulator's {@code market.speed}), so rows keep their spacing in market
 * time. Confined to the thread sending rows.
 */
final class BacktestPacer implements RowPacer {
    /** Longest single wait, so the loop re-reads the clock often. */
    private static final Duration MAX_WAIT = Duration.ofMillis(100);

    private final Clock source;
    private final Instant start;
    private final long speed;
    private final Map<Integer, Instant> timeByLine;
    private Clock marketClock;

    /**
     * @param start      market time of the first row
     * @param timeByLine each row's market time, by its line number
     */
    BacktestPacer(Clock source, Instant start, long speed, Map<Integer, Instant> timeByLine) {
        this.source = source;
        this.start = start;
        this.speed = speed;
        this.timeByLine = Map.copyOf(timeByLine);
    }

    @Override
    public void awaitTurnOf(OrderRow row) throws InterruptedException {
        if (marketClock == null) {
            marketClock = new SimulatedClock(source, start, speed);
        }
        Instant due = timeByLine.get(row.line());
        for (Instant now = marketClock.instant(); now.isBefore(due); now = marketClock.instant()) {
            Duration realWait = Duration.between(now, due).dividedBy(speed);
            Thread.sleep(Math.max(1, Math.min(realWait.toMillis(), MAX_WAIT.toMillis())));
        }
    }
}
