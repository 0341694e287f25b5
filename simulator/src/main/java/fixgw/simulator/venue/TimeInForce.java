package fixgw.simulator.venue;

/**
 * Times in force of the venue. On a static quote day and good-till-cancel behave the same (there is no
 * session close) and fill-or-kill is refused; with a market model day orders expire at the session close.
 */
public enum TimeInForce {
    DAY,
    GOOD_TILL_CANCEL,
    IMMEDIATE_OR_CANCEL,
    /** Fills in full on arrival or not at all. */
    FILL_OR_KILL
}
