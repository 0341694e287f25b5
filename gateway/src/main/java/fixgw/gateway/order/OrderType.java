package fixgw.gateway.order;

/** Order types the gateway accepts. */
public enum OrderType {
    MARKET,
    LIMIT;

    public boolean isPriced() {
        return this == LIMIT;
    }
}
