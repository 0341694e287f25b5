package fixgw.simulator.client;

/** An order's state as the client saw it; every value but {@code PENDING} may be a CSV {@code expect}. */
public enum OrderState {
    /** Sent, not answered yet. */
    PENDING,
    NEW,
    PARTIALLY_FILLED,
    FILLED,
    CANCELED,
    REJECTED,
    EXPIRED;

    /** Working at the counterparty: counted as open in the summary. */
    public boolean isOpen() {
        return this == NEW || this == PARTIALLY_FILLED;
    }
}
