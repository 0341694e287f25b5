package fixgw.simulator.venue;

/** Why the venue refused a new order (the FIX adapter maps these to OrdRejReason codes). */
public enum OrderRejectReason {
    UNKNOWN_SYMBOL,
    DUPLICATE_ORDER,
    UNSUPPORTED_ORDER_CHARACTERISTIC,
    INCORRECT_QUANTITY,
    /** The symbol's market is outside its trading session. */
    EXCHANGE_CLOSED,
    OTHER
}
