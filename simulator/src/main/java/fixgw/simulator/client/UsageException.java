package fixgw.simulator.client;

/** Bad command-line arguments; the message says which. */
public final class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
