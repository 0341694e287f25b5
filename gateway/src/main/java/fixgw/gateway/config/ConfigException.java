package fixgw.gateway.config;

/** The configuration cannot be used; the message names the file, the field and the bad value. */
public final class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
