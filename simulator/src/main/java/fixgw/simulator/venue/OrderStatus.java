package fixgw.simulator.venue;

/** Lifecycle state of a venue order. */
public enum OrderStatus {
    NEW,
    PARTIALLY_FILLED,
    FILLED,
    CANCELED,
    REJECTED,
    /** A day order the session close ended. */
    EXPIRED;

    /** Whether the order can no longer trade, be canceled or be replaced. */
    public boolean isFinished() {
        return this == FILLED || this == CANCELED || this == REJECTED || this == EXPIRED;
    }
}
