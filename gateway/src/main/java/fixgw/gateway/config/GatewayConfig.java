package fixgw.gateway.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything the gateway is configured with, from {@code fix-config/gateway.json}. Immutable; checked once by
 * {@link #validate(String)} before the gateway starts.
 *
 * @param clients     the acceptor for client (OMS) sessions
 * @param broker      the broker child orders are routed to
 * @param storage     where and how durably orders and session stores are kept
 * @param instruments symbols clients may trade
 */
public record GatewayConfig(
        FixEndpointConfig clients,
        BrokerConfig broker,
        AdminConfig admin,
        EngineConfig engine,
        RetentionConfig retention,
        StorageConfig storage,
        List<String> instruments) {

    public GatewayConfig {
        instruments = instruments == null ? null : List.copyOf(instruments);
    }

    /** Resolves relative file names against the directory of the file the configuration came from. */
    public GatewayConfig resolveAgainst(Path directory) {
        return new GatewayConfig(clients == null ? null : clients.resolveAgainst(directory),
                broker == null ? null : broker.resolveAgainst(directory), admin, engine, retention, storage, instruments);
    }

    /** Throws a {@link ConfigException} naming every bad field, if there is any. */
    public GatewayConfig validate(String source) {
        ConfigErrors errors = new ConfigErrors();
        errors.require("clients", clients);
        if (clients != null) {
            clients.validate("clients", errors);
        }
        errors.require("broker", broker);
        if (broker != null) {
            broker.validate("broker", errors);
        }
        errors.require("admin", admin);
        if (admin != null) {
            admin.validate("admin", errors);
        }
        errors.require("engine", engine);
        if (engine != null) {
            engine.validate("engine", errors);
        }
        errors.require("retention", retention);
        if (retention != null) {
            retention.validate("retention", errors);
        }
        errors.require("storage", storage);
        if (storage != null) {
            storage.validate("storage", errors);
        }
        checkEndpointsDiffer(errors);
        if (instruments == null || instruments.isEmpty()) {
            errors.add("instruments", instruments, "must list at least one symbol");
        } else {
            for (int i = 0; i < instruments.size(); i++) {
                errors.requireText("instruments[" + i + "]", instruments.get(i));
            }
        }
        errors.throwIfAny(source);
        return this;
    }

    /**
     * The gateway listens on the client and admin ports and connects to the broker's: two of them the same would
     * fail the start with a bind error, or have the gateway log on to itself.
     */
    private void checkEndpointsDiffer(ConfigErrors errors) {
        if (clients == null || clients.port() == null || clients.port() == 0) {
            return; // 0: a port of the system's choosing, never one of the others
        }
        if (admin != null && clients.port().equals(admin.port()) && Objects.equals(clients.host(), admin.host())) {
            errors.add("admin.port", admin.port(), "must differ from clients.port on the same host");
        }
        FixEndpointConfig brokerFix = broker == null ? null : broker.fix();
        if (brokerFix != null && clients.port().equals(brokerFix.port())
                && Objects.equals(clients.host(), brokerFix.host())) {
            errors.add("broker.fix.port", brokerFix.port(),
                    "must differ from clients.port on the same host: the gateway would log on to itself");
        }
    }
}
