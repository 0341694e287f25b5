package fixgw.gateway.order;

/** Time-in-force values the gateway accepts. */
public enum TimeInForce {
    DAY,
    IMMEDIATE_OR_CANCEL,
    GOOD_TILL_CANCEL
}
