package fixgw.simulator.venue;

import fixgw.simulator.venue.VenueEvent.OrderFilled;
import java.math.BigDecimal;
import java.util.List;

/**
 * Executes orders against a fixed quote. The quote never moves, so a market order sweeps it in slices of at
 * most the quote size, while a marketable limit order takes one slice and rests: a real book would have
 * been consumed by that slice.
 */
final class QuoteMatcher {

    /** Fills the whole order in slices of at most the quote size. */
    void sweep(VenueOrder order, Quote quote, List<VenueEvent> events) {
        while (order.leavesQuantity() > 0) {
            fillOneSlice(order, quote, events);
        }
    }

    /** Takes one slice if the limit price crosses the quote; otherwise leaves the order resting. */
    void takeOneSliceIfMarketable(VenueOrder order, Quote quote, List<VenueEvent> events) {
        if (order.leavesQuantity() > 0 && quote.isMarketable(order.side(), order.limitPrice())) {
            fillOneSlice(order, quote, events);
        }
    }

    private static void fillOneSlice(VenueOrder order, Quote quote, List<VenueEvent> events) {
        long lastQuantity = Math.min(order.leavesQuantity(), quote.size());
        BigDecimal lastPrice = quote.priceFor(order.side());
        order.fill(lastQuantity, lastPrice);
        events.add(new OrderFilled(order.snapshot(), lastQuantity, lastPrice));
    }
}
