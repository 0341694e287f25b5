package fixgw.simulator.market;

/** A bar file cannot be used; the message names the file, the line and the bad value. */
public final class BarFormatException extends RuntimeException {
    public BarFormatException(String message) {
        super(message);
    }

    public BarFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
