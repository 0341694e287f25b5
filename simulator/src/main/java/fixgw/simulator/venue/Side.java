package fixgw.simulator.venue;

/** Sides the venue trades. Sell short fills like a sell (at the bid). */
public enum Side {
    BUY,
    SELL,
    SELL_SHORT;

    /** Whether this side buys, i.e. lifts the ask rather than hitting the bid. */
    public boolean isBuy() {
        return this == BUY;
    }
}
