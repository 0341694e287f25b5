package fixgw.gateway.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The broker the gateway routes to, and how to reach it.
 *
 * @param name                   the broker's name: the TargetCompID of its session in the settings file
 * @param startupLogonWaitMillis at start, how long the client acceptor stays closed waiting for the broker session
 *                               to log on (0: not at all). Clients that were connected before a restart resend
 *                               what the gateway had not applied; let in first, those orders would be rejected as
 *                               "broker not logged on". Optional: {@value #DEFAULT_STARTUP_LOGON_WAIT_MILLIS} ms
 *                               if absent.
 */
public record BrokerConfig(String name, FixEndpointConfig fix, Integer startupLogonWaitMillis) {

    static final int DEFAULT_STARTUP_LOGON_WAIT_MILLIS = 5_000;

    public BrokerConfig(String name, FixEndpointConfig fix) {
        this(name, fix, null);
    }

    /** {@link #startupLogonWaitMillis}, with its default if the configuration leaves it out. */
    public Duration startupLogonWait() {
        return Duration.ofMillis(startupLogonWaitMillis == null ? DEFAULT_STARTUP_LOGON_WAIT_MILLIS
                : startupLogonWaitMillis);
    }

    BrokerConfig resolveAgainst(Path directory) {
        return new BrokerConfig(name, fix == null ? null : fix.resolveAgainst(directory), startupLogonWaitMillis);
    }

    void validate(String field, ConfigErrors errors) {
        errors.requireText(field + ".name", name);
        errors.require(field + ".fix", fix);
        if (fix != null) {
            fix.validate(field + ".fix", errors);
        }
        if (startupLogonWaitMillis != null && startupLogonWaitMillis < 0) {
            errors.add(field + ".startupLogonWaitMillis", startupLogonWaitMillis, "must be 0 or more");
        }
    }
}
