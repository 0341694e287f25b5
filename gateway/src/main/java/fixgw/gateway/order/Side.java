package fixgw.gateway.order;

/** Order side as the domain knows it; translated from and to FIX only in the {@code fix} adapter. */
public enum Side {
    BUY,
    SELL,
    SELL_SHORT
}
