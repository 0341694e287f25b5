package fixgw.e2e;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * The gateway as its own JVM, as it runs in production: started from a generated {@code gateway.json} (free ports,
 * a temporary data directory), killed with SIGKILL and started again on the same data directory and ports. The
 * child runs on the test's own classpath; its output goes to a log file whose tail {@link #describe()} shows.
 *
 * <p>Not thread-safe: one test thread drives it.
 */
final class GatewayProcess implements AutoCloseable {

    private static final Path FIX_CONFIG = Path.of("..", "fix-config").toAbsolutePath().normalize();
    /** Logging of the child process: the gateway's own decisions at INFO, QuickFIX/J quieter. */
    private static final String LOGBACK_CONFIG = "gateway-process-logback.xml";
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final int LOG_TAIL_LINES = 60;

    /** Notionals are exact decimals: never read them as {@code double}. */
    private final ObjectMapper json = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Path directory;
    private final Path configFile;
    private final Path logFile;
    private final int clientPort;
    private final int adminPort;
    private final String broker;
    private Process process;
    private int starts;

    private GatewayProcess(Path directory, int clientPort, int adminPort, String broker) {
        this.directory = directory;
        this.configFile = directory.resolve("gateway.json");
        this.logFile = directory.resolve("gateway.log");
        this.clientPort = clientPort;
        this.adminPort = adminPort;
        this.broker = broker;
    }

    /**
     * Writes the configuration (process-level durability, data in a new temporary directory) and starts the
     * gateway; returns once its session to {@code broker} is logged on.
     */
    static GatewayProcess start(String broker, int brokerPort, List<String> instruments, Duration timeout)
            throws IOException {
        GatewayProcess gateway = prepare(broker, brokerPort, instruments);
        gateway.launch();
        gateway.awaitRoutingToBroker(timeout);
        return gateway;
    }

    /** Writes the configuration as {@link #start} does, but starts nothing: a test may first take a port. */
    static GatewayProcess prepare(String broker, int brokerPort, List<String> instruments) throws IOException {
        Path directory = Files.createTempDirectory("gateway-process");
        GatewayProcess gateway = new GatewayProcess(directory, FreePorts.next(), FreePorts.next(), broker);
        gateway.writeConfig(brokerPort, instruments);
        return gateway;
    }

    /**
     * Starts the gateway and waits for it to exit on its own, as it must when it cannot start (rather than live on
     * half started); returns its exit code.
     */
    int launchExpectingExit(Duration timeout) throws IOException, InterruptedException {
        launch();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("gateway still running " + timeout + " after a start that should fail"
                    + describe());
        }
        return process.exitValue();
    }

    /** Everything the process wrote, its standard error included. */
    String output() throws IOException {
        return Files.readString(logFile);
    }

    int clientPort() {
        return clientPort;
    }

    int adminPort() {
        return adminPort;
    }

    /** The data directory the configuration names (created by the gateway when it starts). */
    Path dataDirectory() {
        return directory.resolve("data");
    }

    /** SIGKILL: no shutdown hook runs, nothing is drained, flushed or logged out. Waits until the process is gone. */
    void kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("gateway still alive after SIGKILL" + describe());
        }
    }

    /** Starts the gateway again on the same configuration and data directory. */
    void restart(Duration timeout) throws IOException {
        if (process.isAlive()) {
            throw new IllegalStateException("gateway still running; kill it first");
        }
        launch();
        awaitRoutingToBroker(timeout);
    }

    /** {@code GET /positions}: every client session's position per symbol. */
    List<JsonNode> positions() {
        List<JsonNode> positions = new ArrayList<>();
        get("/positions").forEach(positions::add);
        return positions;
    }

    /** How often the gateway was started, the configuration, and the end of its log: for assertion messages. */
    String describe() {
        StringBuilder text = new StringBuilder("\n--- gateway process (started ").append(starts)
                .append(" times, config ").append(configFile).append("), last lines of ").append(logFile)
                .append(":\n");
        try {
            List<String> lines = Files.readAllLines(logFile);
            lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size())
                    .forEach(line -> text.append(line).append('\n'));
        } catch (IOException e) {
            text.append("(log unreadable: ").append(e).append(")\n");
        }
        return text.toString();
    }

    /** Stops the gateway gracefully (SIGTERM runs its shutdown hook), then removes its directory. */
    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
            }
        }
        DataDirectories.delete(directory);
    }

    private void launch() throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dlogback.configurationFile=" + LOGBACK_CONFIG,
                "-cp", System.getProperty("java.class.path"),
                "fixgw.gateway.Gateway", configFile.toString())
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        starts++;
        Files.writeString(logFile, "=== start " + starts + "\n", StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        process = builder.start();
    }

    private void awaitRoutingToBroker(Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(50)).ignoreExceptionsInstanceOf(
                UncheckedIOException.class).until(() -> {
                    if (!process.isAlive()) {
                        throw new AssertionError("gateway exited with " + process.exitValue() + describe());
                    }
                    return get("/health").path("sessions").path("brokers").path(broker).asBoolean(false);
                });
    }

    private JsonNode get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + adminPort + path))
                .timeout(Duration.ofSeconds(5)).GET().build();
        try {
            return json.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during GET " + path, e);
        }
    }

    private void writeConfig(int brokerPort, List<String> instruments) throws IOException {
        ObjectNode config = json.createObjectNode();
        config.set("clients", endpoint("gateway-clients.cfg", clientPort));
        ObjectNode brokerNode = config.putObject("broker");
        brokerNode.put("name", broker);
        brokerNode.set("fix", endpoint("gateway-brokers.cfg", brokerPort));
        config.putObject("admin").put("host", "127.0.0.1").put("port", adminPort);
        config.putObject("engine").put("queueCapacity", 4096).put("maxBatchSize", 64);
        config.putObject("retention").put("messagesPerSession", 10_000).put("terminalOrders", 10_000)
                .put("storedOrders", 100_000);
        config.putObject("storage").put("directory", dataDirectory().toString())
                .put("durability", "process").put("checkpointIntervalMillis", 50);
        ArrayNode symbols = config.putArray("instruments");
        instruments.forEach(symbols::add);
        json.writerWithDefaultPrettyPrinter().writeValue(configFile.toFile(), config);
    }

    private ObjectNode endpoint(String settingsFile, int port) {
        return json.createObjectNode().put("settingsFile", FIX_CONFIG.resolve(settingsFile).toString())
                .put("host", "127.0.0.1").put("port", port);
    }
}
