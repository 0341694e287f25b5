package fixgw.simulator.config;

import fixgw.simulator.venue.Quote;
import java.math.BigDecimal;

/**
 * One instrument as configured; validated by {@link SimulatorConfig#validate()}. Without a {@code model} (or
 * with {@code "type": "static"}) it trades on the fixed {@code bid}, {@code ask} and {@code size}; with a
 * moving model those three are left out and {@code liquidity} says how orders fill.
 */
public record QuoteConfig(String symbol, BigDecimal bid, BigDecimal ask, Long size, ModelConfig model,
                          LiquidityConfig liquidity) {

    /** A static quote. */
    public QuoteConfig(String symbol, BigDecimal bid, BigDecimal ask, long size) {
        this(symbol, bid, ask, size, null, null);
    }

    /** Convenience for code: {@code QuoteConfig.of("AAPL", "189.98", "190.02", 500)}. */
    public static QuoteConfig of(String symbol, String bid, String ask, long size) {
        return new QuoteConfig(symbol, new BigDecimal(bid), new BigDecimal(ask), size);
    }

    /** A symbol on a moving market. */
    public static QuoteConfig moving(String symbol, ModelConfig model, LiquidityConfig liquidity) {
        return new QuoteConfig(symbol, null, null, null, model, liquidity);
    }

    /** Whether the symbol trades on its fixed quote. */
    public boolean isStatic() {
        return model == null || model.isStatic();
    }

    Quote toQuote() {
        return new Quote(symbol, bid, ask, size);
    }
}
