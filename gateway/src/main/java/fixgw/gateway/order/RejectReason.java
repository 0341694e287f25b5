package fixgw.gateway.order;

/**
 * Why an order was rejected. Each maps to one FIX OrdRejReason in the adapter; the reject always also carries a
 * text naming the rule and the offending value.
 */
public enum RejectReason {
    UNKNOWN_SYMBOL,
    MARKET_CLOSED,
    EXCEEDS_LIMIT,
    DUPLICATE_ORDER,
    UNSUPPORTED_ORDER_CHARACTERISTIC,
    INCORRECT_QUANTITY,
    BROKER_UNAVAILABLE,
    BROKER_REJECTED,
    /** The gateway's storage reports a failure: it takes no new orders until it recovers. */
    STORAGE_FAILING,
    OTHER
}
