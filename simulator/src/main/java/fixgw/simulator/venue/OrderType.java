package fixgw.simulator.venue;

/**
 * Order types of the venue. Stop and stop limit orders trade only on symbols with a market model (they need a
 * last trade to trigger on); a static quote refuses them.
 */
public enum OrderType {
    MARKET,
    LIMIT,
    /** Becomes a market order once the market trades at or through the stop price. */
    STOP,
    /** Becomes a limit order once the market trades at or through the stop price. */
    STOP_LIMIT;

    /** Whether the order carries a limit price. */
    public boolean hasLimitPrice() {
        return this == LIMIT || this == STOP_LIMIT;
    }

    /** Whether the order carries a stop price. */
    public boolean hasStopPrice() {
        return this == STOP || this == STOP_LIMIT;
    }
}
