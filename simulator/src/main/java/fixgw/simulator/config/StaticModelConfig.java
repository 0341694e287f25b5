package fixgw.simulator.config;

import fixgw.simulator.market.MarketModel;
import fixgw.simulator.market.TradingSession;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/** {@code "model": {"type": "static"}}: the symbol's fixed bid, ask and size (the same as no model). */
public record StaticModelConfig() implements ModelConfig {

    @Override
    public boolean isStatic() {
        return true;
    }

    @Override
    public void validate(String at, List<String> problems) {
        // the quote's own fields are checked by SimulatorConfig
    }

    @Override
    public BigDecimal tickSize() {
        return null;
    }

    @Override
    public Supplier<MarketModel> models(String symbol, TradingSession session, Instant start) {
        throw new UnsupportedOperationException(symbol + " trades on a static quote, not a market model");
    }
}
