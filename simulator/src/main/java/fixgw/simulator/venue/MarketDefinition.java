package fixgw.simulator.venue;

import fixgw.simulator.market.MarketModel;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A symbol that trades against a moving market instead of a static quote. Each venue builds its own model from
 * {@code model} (same seed, same steps), so broker sessions never take each other's liquidity and a backtest on
 * one session replays the same whatever the other sessions do. Immutable.
 *
 * @param model     builds a fresh model positioned before its first step
 * @param liquidity how much of each step an order may take and what slippage it pays
 */
public record MarketDefinition(String symbol, Supplier<MarketModel> model, LiquidityModel liquidity) {
    public MarketDefinition {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(liquidity, "liquidity");
    }
}
