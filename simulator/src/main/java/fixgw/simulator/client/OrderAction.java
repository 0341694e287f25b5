package fixgw.simulator.client;

/** What one CSV row asks the client to send. */
public enum OrderAction {
    NEW,
    CANCEL,
    REPLACE,
    STATUS
}
