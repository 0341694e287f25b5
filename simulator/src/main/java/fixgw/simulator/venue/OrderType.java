package fixgw.simulator.venue;

/** Order types the venue supports. */
public enum OrderType {
    MARKET,
    LIMIT
}
