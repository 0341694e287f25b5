package fixgw.simulator.client;

/** Holds a CSV row back until it is its turn to be sent. */
public interface RowPacer {
    /** Every row at once, each after the previous one's answer. */
    RowPacer NONE = row -> { };

    void awaitTurnOf(OrderRow row) throws InterruptedException;
}
