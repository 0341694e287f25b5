package fixgw.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The gateway as a process of its own ({@code java fixgw.gateway.Gateway gateway.json} on this test's classpath), so
 * a test can kill it with SIGKILL: no shutdown hook, no close, what is on disk is all that survives. Output goes to a
 * log file next to its configuration. {@link #close()} stops it as an operator would (SIGTERM).
 */
final class GatewayProcess implements AutoCloseable {

    private static final Path FIX_CONFIG = Path.of("..", "fix-config").toAbsolutePath().normalize();

    private final Path configFile;
    private Process process;

    private GatewayProcess(Path configFile) {
        this.configFile = configFile;
    }

    /**
     * Writes a configuration in {@code directory} for the shipped session settings on these ports, the data in
     * {@code directory/data} at process durability, and starts the gateway on it.
     */
    static GatewayProcess start(Path directory, int clientPort, int brokerPort) throws IOException {
        Path configFile = directory.resolve("gateway.json");
        Files.writeString(configFile, """
                {
                  "clients": { "settingsFile": "%s", "host": "127.0.0.1", "port": %d },
                  "broker": { "name": "%s",
                              "fix": { "settingsFile": "%s", "host": "127.0.0.1", "port": %d } },
                  "admin": { "host": "127.0.0.1", "port": 0 },
                  "engine": { "queueCapacity": 4096, "maxBatchSize": 64 },
                  "retention": { "messagesPerSession": 10000, "terminalOrders": 10000 },
                  "storage": { "directory": "%s", "durability": "process", "checkpointIntervalMillis": 50 },
                  "instruments": ["AAPL", "MSFT", "IBM"]
                }
                """.formatted(json(FIX_CONFIG.resolve("gateway-clients.cfg")), clientPort, GatewayStack.BROKER,
                json(FIX_CONFIG.resolve("gateway-brokers.cfg")), brokerPort, json(directory.resolve("data"))));
        GatewayProcess gateway = new GatewayProcess(configFile);
        gateway.startAgain();
        return gateway;
    }

    /** Starts the gateway again on the same configuration and data, after {@link #kill()}. */
    void startAgain() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the gateway's own logging (session events at INFO), not the tests' quiet one
        process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dlogback.configurationFile=logback.xml", "fixgw.gateway.Gateway", configFile.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                .start();
    }

    private Path logFile() {
        return configFile.resolveSibling("gateway.log");
    }

    /** SIGKILL, and waits until the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("gateway process did not die");
        }
    }

    @Override
    public void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** Copies the log of a gateway that ran in {@code directory} to {@code target}, if there is one. */
    static void keepLog(Path directory, Path target) {
        Path log = directory.resolve("gateway.log"); // where logFile() puts it
        try {
            if (Files.exists(log)) {
                Files.createDirectories(target.toAbsolutePath().getParent());
                Files.copy(log, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(Path path) {
        return path.toString().replace("\\", "\\\\").replace("\"", "\\\"");
    }

    static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("gateway-process");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
