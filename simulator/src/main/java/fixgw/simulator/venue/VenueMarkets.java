package fixgw.simulator.venue;

import fixgw.simulator.market.TradingSession;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The moving markets of a venue: the symbols with a market model, the trading session they share, the
 * commission schedule charged on their executions and the (simulated) clock that says where the market is.
 * Immutable; {@link #NONE} when every symbol has a static quote.
 *
 * @param clock   market time: a {@code SimulatedClock} in a backtest
 * @param session when orders are accepted and day orders expire; may be {@code null} only without symbols
 */
public record VenueMarkets(Clock clock, TradingSession session, CommissionSchedule commission,
                           List<MarketDefinition> symbols) {
    /** No moving market: every symbol trades on its static quote. */
    public static final VenueMarkets NONE = new VenueMarkets(Clock.systemUTC(), null, CommissionSchedule.NONE,
            List.of());

    public VenueMarkets {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(commission, "commission");
        symbols = List.copyOf(symbols);
        if (!symbols.isEmpty()) {
            Objects.requireNonNull(session, "session");
        }
    }

    /** The same markets filling per another liquidity model (a session's own fill parameters). */
    public VenueMarkets withLiquidity(BigDecimal maxParticipation, BigDecimal impactBasisPoints) {
        List<MarketDefinition> replaced = symbols.stream()
                .map(definition -> new MarketDefinition(definition.symbol(), definition.model(),
                        new LiquidityModel(maxParticipation, impactBasisPoints, definition.liquidity().tickSize())))
                .toList();
        return new VenueMarkets(clock, session, commission, replaced);
    }

    public boolean isEmpty() {
        return symbols.isEmpty();
    }
}
