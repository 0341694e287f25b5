package fixgw.simulator.market;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * A seeded geometric random walk on the tick grid: each step moves the last price by a normal draw scaled by
 * {@code volatilityPerTick} and the price itself, rounded to whole ticks (never below one tick). The bid sits
 * {@code spreadTicks / 2} ticks under the last trade and the ask {@code spreadTicks} above the bid. Volume per
 * step follows the intraday curve times a uniform factor in [0.5, 1.5). Steps fall every {@code tickInterval}
 * while the session is open; outside it the walk jumps to the next open. The same seed, parameters and start
 * give the same ticks.
 *
 * <p>Not thread-safe: owned by the thread that drives the market.
 */
public final class RandomWalkModel implements MarketModel {
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final String symbol;
    private final RandomWalkParameters parameters;
    private final TradingSession session;
    private final TickGrid grid;
    private final SplittableRandom random;
    private long lastTicks;
    private Instant time;
    private boolean started;

    /** @param start market time of the first step (moved to the next open if the session is closed then) */
    public RandomWalkModel(String symbol, RandomWalkParameters parameters, TradingSession session, Instant start,
                           long seed) {
        this.symbol = symbol;
        this.parameters = parameters;
        this.session = session;
        this.grid = new TickGrid(parameters.tickSize());
        this.random = new SplittableRandom(seed);
        this.lastTicks = Math.max(1, grid.ticksOf(parameters.initialPrice()));
        this.time = start;
    }

    @Override
    public String symbol() {
        return symbol;
    }

    @Override
    public boolean hasNext() {
        return true;
    }

    @Override
    public MarketTick next() {
        time = started ? time.plus(parameters.tickInterval()) : time;
        started = true;
        if (!session.isOpen(time)) {
            time = session.nextOpen(time);
        }
        lastTicks = Math.max(1, lastTicks + moveInTicks());
        long bidTicks = Math.max(0, lastTicks - parameters.spreadTicks() / 2);
        long askTicks = bidTicks + parameters.spreadTicks();
        return new MarketTick(symbol, time, grid.priceOf(bidTicks), grid.priceOf(askTicks), grid.priceOf(lastTicks),
                volume());
    }

    private long moveInTicks() {
        // the draw is a dimensionless random factor; the price arithmetic stays exact
        BigDecimal draw = BigDecimal.valueOf(random.nextGaussian());
        return draw.multiply(parameters.volatilityPerTick()).multiply(BigDecimal.valueOf(lastTicks))
                .setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    private long volume() {
        BigDecimal weight = parameters.volumeCurve().weightAt(session.fractionElapsed(time));
        BigDecimal noise = HALF.add(BigDecimal.valueOf(random.nextDouble()));
        return BigDecimal.valueOf(parameters.volumePerTick()).multiply(weight).multiply(noise)
                .setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }
}
