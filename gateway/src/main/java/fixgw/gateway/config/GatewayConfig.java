package fixgw.gateway.config;

import java.nio.file.Path;
import java.util.List;

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
}
