package fixgw.simulator.config;

import java.nio.file.Path;

/**
 * Where the simulator's FIX acceptor listens.
 *
 * @param settingsFile QuickFIX/J settings template with {@code ${host}} and {@code ${port}} placeholders;
 *                     {@code null} uses the template bundled in the simulator jar (same content as
 *                     {@code fix-config/simulator.cfg})
 * @param host         address to bind, e.g. {@code 127.0.0.1}
 * @param port         TCP port, 1..65535
 */
public record FixConfig(Path settingsFile, String host, int port) {

    /** Bundled settings template, bound to {@code host:port}. */
    public static FixConfig of(String host, int port) {
        return new FixConfig(null, host, port);
    }
}
