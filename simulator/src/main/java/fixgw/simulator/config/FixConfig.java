package fixgw.simulator.config;

import java.nio.file.Path;

/**
 * Where the simulator's FIX acceptor listens, and where its sessions keep their state.
 *
 * @param settingsFile          QuickFIX/J settings template with {@code ${host}} and {@code ${port}} placeholders;
 *                              {@code null} uses the template bundled in the simulator jar (same content as
 *                              {@code fix-config/simulator.cfg})
 * @param host                  address to bind, e.g. {@code 127.0.0.1}
 * @param port                  TCP port, 1..65535
 * @param sessionStoreDirectory where sessions keep sequence numbers and sent messages (QuickFIX/J file stores), so
 *                              a restarted simulator resumes them; {@code null} (the default) keeps them in memory
 *                              and a restart starts every session over at 1
 */
public record FixConfig(Path settingsFile, String host, int port, Path sessionStoreDirectory) {

    /** Sessions kept in memory. */
    public FixConfig(Path settingsFile, String host, int port) {
        this(settingsFile, host, port, null);
    }

    /** Bundled settings template, bound to {@code host:port}, sessions in memory. */
    public static FixConfig of(String host, int port) {
        return new FixConfig(null, host, port);
    }

    /** The same, with sessions stored in {@code directory}. */
    public FixConfig withSessionStoreDirectory(Path directory) {
        return new FixConfig(settingsFile, host, port, directory);
    }
}
