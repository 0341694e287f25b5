package fixgw.gateway.order;

/** The client-visible state of an order (FIX OrdStatus without the FIX codes). */
public enum OrderStatus {
    PENDING_NEW(false),
    NEW(false),
    PARTIALLY_FILLED(false),
    FILLED(true),
    CANCELED(true),
    REJECTED(true),
    EXPIRED(true),
    PENDING_CANCEL(false),
    PENDING_REPLACE(false);

    private final boolean terminal;

    OrderStatus(boolean terminal) {
        this.terminal = terminal;
    }

    /** A terminal order takes no more fills, cancels or replaces. */
    public boolean isTerminal() {
        return terminal;
    }
}
