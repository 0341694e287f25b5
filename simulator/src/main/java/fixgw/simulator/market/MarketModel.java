package fixgw.simulator.market;

/**
 * A symbol's price process: produces the market step by step, deterministically for its inputs (seed, bars).
 *
 * <p>Implementations are not thread-safe: a model is owned by the one thread that drives its market.
 */
public interface MarketModel {

    String symbol();

    /** Whether {@link #next()} has another step (a replay ends; a random walk does not). */
    boolean hasNext();

    /** Advances one step and returns it. */
    MarketTick next();
}
