package fixgw.gateway.config;

import java.nio.file.Path;

/**
 * The broker the gateway routes to, and how to reach it.
 *
 * @param name the broker's name: the TargetCompID of its session in the settings file
 */
public record BrokerConfig(String name, FixEndpointConfig fix) {

    BrokerConfig resolveAgainst(Path directory) {
        return new BrokerConfig(name, fix == null ? null : fix.resolveAgainst(directory));
    }

    void validate(String field, ConfigErrors errors) {
        errors.requireText(field + ".name", name);
        errors.require(field + ".fix", fix);
        if (fix != null) {
            fix.validate(field + ".fix", errors);
        }
    }
}
