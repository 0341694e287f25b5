package fixgw.simulator.venue;

/**
 * Times in force the venue supports. Day and good-till-cancel behave the same here: the simulator has no
 * session close yet, so nothing expires.
 */
public enum TimeInForce {
    DAY,
    GOOD_TILL_CANCEL,
    IMMEDIATE_OR_CANCEL
}
