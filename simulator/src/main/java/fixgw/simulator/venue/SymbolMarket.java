package fixgw.simulator.venue;

import fixgw.simulator.market.MarketModel;
import fixgw.simulator.market.MarketTick;
import java.time.Instant;
import java.util.List;

/**
 * One symbol's moving market inside a venue: its model, the matcher of its orders and the model's next step,
 * played once market time reaches it. Not thread-safe: owned by the venue's thread.
 */
final class SymbolMarket {
    private final MarketModel model;
    private final MarketMatcher matcher;
    /** The model's next step, not played yet; {@code null} once a replay is exhausted. */
    private MarketTick upcoming;

    SymbolMarket(MarketDefinition definition, VenueMarkets markets) {
        this.model = definition.model().get();
        if (!model.hasNext()) {
            throw new IllegalArgumentException("market model of " + definition.symbol() + " has no step");
        }
        this.matcher = new MarketMatcher(definition.liquidity(), markets.commission(), markets.session(),
                model.next());
        this.upcoming = model.hasNext() ? model.next() : null;
    }

    MarketMatcher matcher() {
        return matcher;
    }

    /** The step the market stands at. */
    MarketTick current() {
        return matcher.current();
    }

    /**
     * Plays every step due at or before {@code now}, in order, then expires day orders past their close.
     *
     * @param played receives each step played (for market data)
     */
    void advanceTo(Instant now, List<VenueEvent> events, List<MarketTick> played) {
        while (upcoming != null && !upcoming.time().isAfter(now)) {
            matcher.onTick(upcoming, events);
            played.add(upcoming);
            upcoming = model.hasNext() ? model.next() : null;
        }
        matcher.expireDue(now, events);
    }
}
