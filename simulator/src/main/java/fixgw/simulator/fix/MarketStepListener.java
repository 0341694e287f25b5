package fixgw.simulator.fix;

import fixgw.simulator.venue.MarketView;
import fixgw.simulator.venue.Venue;
import java.util.List;
import quickfix.SessionID;

/** Told of the market steps a session's venue just played, on the venue's thread (market data). */
interface MarketStepListener {
    MarketStepListener NONE = (sessionId, venue, played) -> { };

    void onSteps(SessionID sessionId, Venue venue, List<MarketView> played);
}
