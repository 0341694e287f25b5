package fixgw.gateway.config;

/**
 * The HTTP admin endpoint (health, metrics).
 *
 * @param port 0 picks a free port (tests)
 */
public record AdminConfig(String host, Integer port) {

    void validate(String field, ConfigErrors errors) {
        errors.requireText(field + ".host", host);
        errors.requirePort(field + ".port", port, true);
    }
}
