package fixgw.simulator.venue;

import fixgw.simulator.market.MarketModel;
import fixgw.simulator.market.MarketTick;
import fixgw.simulator.market.TradingSession;
import java.time.Instant;
import java.util.List;

/**
 * One symbol's moving market inside a venue: its model, the matcher of its orders and the model's next step,
 * played once market time reaches it. Not thread-safe: owned by the venue's thread.
 */
final class SymbolMarket {
    private final MarketModel model;
    private final MarketMatcher matcher;
    private final LiquidityModel liquidity;
    private final TradingSession session;
    /** The open of the trading day the session volume counts. */
    private Instant sessionDay;
    private long sessionVolume;
    /** The model's next step, not played yet; {@code null} once a replay is exhausted. */
    private MarketTick upcoming;

    SymbolMarket(MarketDefinition definition, VenueMarkets markets) {
        this.model = definition.model().get();
        if (!model.hasNext()) {
            throw new IllegalArgumentException("market model of " + definition.symbol() + " has no step");
        }
        this.liquidity = definition.liquidity();
        this.session = markets.session();
        MarketTick first = model.next();
        this.matcher = new MarketMatcher(liquidity, markets.commission(), session, first);
        count(first);
        this.upcoming = model.hasNext() ? model.next() : null;
    }

    MarketMatcher matcher() {
        return matcher;
    }

    /** The step the market stands at, as market data shows it. */
    MarketView view() {
        return view(matcher.current());
    }

    private MarketView view(MarketTick tick) {
        return new MarketView(tick, liquidity.available(tick), sessionVolume);
    }

    private void count(MarketTick tick) {
        Instant day = session.openOf(tick.time());
        if (!day.equals(sessionDay)) {
            sessionDay = day;
            sessionVolume = 0;
        }
        sessionVolume += tick.volume();
    }

    /**
     * Plays every step due at or before {@code now}, in order, then expires day orders past their close.
     *
     * @param played receives each step played (for market data)
     */
    void advanceTo(Instant now, List<VenueEvent> events, List<MarketView> played) {
        while (upcoming != null && !upcoming.time().isAfter(now)) {
            matcher.onTick(upcoming, events);
            count(upcoming);
            played.add(view(upcoming));
            upcoming = model.hasNext() ? model.next() : null;
        }
        matcher.expireDue(now, events);
    }
}
