package fixgw.simulator.venue;

import fixgw.simulator.market.MarketTick;
import java.util.Objects;

/**
 * What market data shows of a moving market after one step. Immutable.
 *
 * @param tick          the step: bid, ask, last trade and the shares it traded
 * @param quotedSize    shares shown at the bid and at the ask: what one order may take in the step
 * @param sessionVolume shares traded since the open of the step's trading day
 */
public record MarketView(MarketTick tick, long quotedSize, long sessionVolume) {
    public MarketView {
        Objects.requireNonNull(tick, "tick");
    }

    public String symbol() {
        return tick.symbol();
    }
}
