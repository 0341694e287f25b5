package fixgw.simulator.client;

/** A {@link FixClient} wait passed its deadline; the message says what was awaited and what arrived. */
public final class FixClientTimeoutException extends RuntimeException {
    public FixClientTimeoutException(String message) {
        super(message);
    }
}
