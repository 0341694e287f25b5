package fixgw.simulator.config;

import fixgw.simulator.venue.Quote;
import java.math.BigDecimal;

/** One instrument's fixed quote as configured; validated by {@link SimulatorConfig#validate()}. */
public record QuoteConfig(String symbol, BigDecimal bid, BigDecimal ask, long size) {

    /** Convenience for code: {@code QuoteConfig.of("AAPL", "189.98", "190.02", 500)}. */
    public static QuoteConfig of(String symbol, String bid, String ask, long size) {
        return new QuoteConfig(symbol, new BigDecimal(bid), new BigDecimal(ask), size);
    }

    Quote toQuote() {
        return new Quote(symbol, bid, ask, size);
    }
}
