package fixgw.simulator.config;

/** The simulator configuration is unreadable or invalid; the message names the field and the value. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
