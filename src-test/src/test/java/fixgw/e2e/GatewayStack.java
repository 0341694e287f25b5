package fixgw.e2e;

import fixgw.gateway.Gateway;
import fixgw.gateway.config.AdminConfig;
import fixgw.gateway.config.BrokerConfig;
import fixgw.gateway.config.EngineConfig;
import fixgw.gateway.config.FixEndpointConfig;
import fixgw.gateway.config.GatewayConfig;
import fixgw.gateway.config.RetentionConfig;
import fixgw.gateway.config.StorageConfig;
import fixgw.simulator.Simulator;
import fixgw.simulator.client.FixClient;
import fixgw.simulator.client.FixClientSettings;
import fixgw.simulator.config.SimulatorConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * The whole product on loopback: the broker simulator, the gateway routing to it, and FIX clients logged on to
 * the gateway, each on a free port. Closes everything it started, clients first.
 */
final class GatewayStack implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(15);
    static final String BROKER = "SIM";
    private static final Path FIX_CONFIG = Path.of("..", "fix-config");

    static final List<String> INSTRUMENTS = List.of("AAPL", "MSFT", "IBM");

    private Simulator simulator;
    private final int simulatorPort;
    private final Gateway gateway;
    private final int clientPort;
    private final List<FixClient> clients = new ArrayList<>();

    private final Path dataDirectory;

    private GatewayStack(Simulator simulator, Gateway gateway, int clientPort, Path dataDirectory) {
        this.dataDirectory = dataDirectory;
        this.simulator = simulator;
        this.simulatorPort = simulator.port();
        this.gateway = gateway;
        this.clientPort = clientPort;
    }

    static GatewayStack start() throws Exception {
        return start(INSTRUMENTS);
    }

    /** @param instruments what the gateway lets clients trade (the simulator quotes AAPL, MSFT and IBM) */
    static GatewayStack start(List<String> instruments) throws Exception {
        Simulator simulator = Simulator.start(SimulatorConfig.onPort(FreePorts.next()));
        int clientPort = FreePorts.next();
        Path dataDirectory = Files.createTempDirectory("gateway-data");
        GatewayConfig config = gatewayConfig(clientPort, simulator.port(), instruments, dataDirectory);
        Gateway gateway = Gateway.start(config, Clock.systemUTC());
        GatewayStack stack = new GatewayStack(simulator, gateway, clientPort, dataDirectory);
        await().atMost(TIMEOUT).until(() -> gateway.isRoutingTo(BROKER));
        return stack;
    }

    /** The gateway on process-level durable storage in {@code dataDirectory}, as shipped. */
    static GatewayConfig gatewayConfig(int clientPort, int brokerPort, List<String> instruments,
                                       Path dataDirectory) {
        return new GatewayConfig(
                new FixEndpointConfig(FIX_CONFIG.resolve("gateway-clients.cfg"), "127.0.0.1", clientPort),
                new BrokerConfig(BROKER,
                        new FixEndpointConfig(FIX_CONFIG.resolve("gateway-brokers.cfg"), "127.0.0.1", brokerPort)),
                new AdminConfig("127.0.0.1", 0),
                new EngineConfig(4096, 64),
                new RetentionConfig(10_000, 10_000, 100_000),
                new StorageConfig(dataDirectory.toString(), "process", 50),
                instruments).validate("test configuration");
    }

    /** A client logged on to the gateway as {@code compId} (one of the sessions in gateway-clients.cfg). */
    FixClient client(String compId) throws Exception {
        FixClient client = FixClient.connect(FixClientSettings.of("127.0.0.1", clientPort, compId, "GATEWAY"),
                TIMEOUT);
        clients.add(client);
        return client;
    }

    Gateway gateway() {
        return gateway;
    }

    /** Takes the broker away: the simulator stops and its sessions drop. */
    void stopSimulator() {
        simulator.close();
    }

    /** Brings the broker back on the same port; the gateway's initiator reconnects by itself. */
    void restartSimulator() throws Exception {
        simulator = Simulator.start(SimulatorConfig.onPort(simulatorPort));
    }

    @Override
    public void close() {
        clients.forEach(FixClient::close);
        gateway.close();
        simulator.close();
        DataDirectories.delete(dataDirectory);
    }
}
