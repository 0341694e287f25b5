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
import fixgw.simulator.config.FixConfig;
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
 * the gateway, each on a free port. The gateway keeps its books in a data directory and the simulator its session
 * state in a store directory, so either can be stopped and started again where it left off. Closes everything it
 * started, clients first.
 */
final class GatewayStack implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(15);
    static final String BROKER = "SIM";
    private static final Path FIX_CONFIG = Path.of("..", "fix-config");

    static final List<String> INSTRUMENTS = List.of("AAPL", "MSFT", "IBM");

    private final SimulatorConfig simulatorConfig;
    private Simulator simulator;
    private final GatewayConfig gatewayConfig;
    private Gateway gateway;
    private final int clientPort;
    private final List<FixClient> clients = new ArrayList<>();

    private final Path dataDirectory;
    private final Path simulatorSessions;

    private GatewayStack(SimulatorConfig simulatorConfig, Simulator simulator, GatewayConfig gatewayConfig,
                         Gateway gateway, Path dataDirectory) {
        this.simulatorConfig = simulatorConfig;
        this.simulator = simulator;
        this.gatewayConfig = gatewayConfig;
        this.gateway = gateway;
        this.clientPort = gatewayConfig.clients().port();
        this.dataDirectory = dataDirectory;
        this.simulatorSessions = simulatorConfig.fix().sessionStoreDirectory();
    }

    static GatewayStack start() throws Exception {
        return start(INSTRUMENTS);
    }

    /** @param instruments what the gateway lets clients trade (the simulator quotes AAPL, MSFT and IBM) */
    static GatewayStack start(List<String> instruments) throws Exception {
        return start(instruments, "process");
    }

    /** @param durability the gateway's {@code storage.durability}: memory, process or disk */
    static GatewayStack start(List<String> instruments, String durability) throws Exception {
        SimulatorConfig simulatorConfig = new SimulatorConfig(FixConfig.of("127.0.0.1", FreePorts.next())
                .withSessionStoreDirectory(Files.createTempDirectory("simulator-sessions")),
                SimulatorConfig.defaultQuotes());
        Simulator simulator = Simulator.start(simulatorConfig);
        Path dataDirectory = Files.createTempDirectory("gateway-data");
        GatewayConfig config = gatewayConfig(FreePorts.next(), simulator.port(), instruments, dataDirectory,
                durability);
        Gateway gateway = Gateway.start(config, Clock.systemUTC());
        GatewayStack stack = new GatewayStack(simulatorConfig, simulator, config, gateway, dataDirectory);
        await().atMost(TIMEOUT).until(() -> gateway.isRoutingTo(BROKER));
        return stack;
    }

    /**
     * The gateway on process-level durable storage in {@code dataDirectory}, as shipped, for a broker port nothing
     * listens on: the gateway does not wait for the broker's logon at start.
     */
    static GatewayConfig gatewayConfigWithoutBroker(int clientPort, int brokerPort, List<String> instruments,
                                                    Path dataDirectory) {
        return gatewayConfig(clientPort, brokerPort, instruments, dataDirectory, "process", 0);
    }

    private static GatewayConfig gatewayConfig(int clientPort, int brokerPort, List<String> instruments,
                                               Path dataDirectory, String durability) {
        return gatewayConfig(clientPort, brokerPort, instruments, dataDirectory, durability, null);
    }

    /** @param startupLogonWaitMillis {@code broker.startupLogonWaitMillis}; {@code null} for the default */
    static GatewayConfig gatewayConfig(int clientPort, int brokerPort, List<String> instruments,
                                       Path dataDirectory, String durability, Integer startupLogonWaitMillis) {
        return new GatewayConfig(
                new FixEndpointConfig(FIX_CONFIG.resolve("gateway-clients.cfg"), "127.0.0.1", clientPort),
                new BrokerConfig(BROKER,
                        new FixEndpointConfig(FIX_CONFIG.resolve("gateway-brokers.cfg"), "127.0.0.1", brokerPort),
                        startupLogonWaitMillis),
                new AdminConfig("127.0.0.1", 0),
                new EngineConfig(4096, 64),
                new RetentionConfig(10_000, 10_000, 100_000),
                new StorageConfig(dataDirectory.toString(), durability, 50),
                instruments).validate("test configuration");
    }

    /**
     * A client logged on to the gateway as {@code compId} (one of the sessions in gateway-clients.cfg), asking for a
     * fresh session (ResetSeqNumFlag=Y) as the client tool does by default.
     */
    FixClient client(String compId) throws Exception {
        return connect(FixClientSettings.of("127.0.0.1", clientPort, compId, "GATEWAY"));
    }

    /**
     * A client that logs on without asking for a reset: it resumes at the sequence numbers its session holds, which
     * it keeps in memory across reconnects, and reconnects by itself when the gateway comes back.
     */
    FixClient clientKeepingSequenceNumbers(String compId) throws Exception {
        return connect(FixClientSettings.of("127.0.0.1", clientPort, compId, "GATEWAY").withResetOnLogon(false));
    }

    private FixClient connect(FixClientSettings settings) throws Exception {
        FixClient client = FixClient.connect(settings, TIMEOUT);
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

    /**
     * Brings the broker back on the same port with the session state it stored; the gateway's initiator reconnects
     * by itself and both sides resume their sequence numbers.
     */
    void restartSimulator() throws Exception {
        simulator = Simulator.start(simulatorConfig);
    }

    /** Shuts the gateway down as an operator would: it finishes what it accepted and logs every session out. */
    void stopGateway() {
        gateway.close();
    }

    /**
     * Starts the gateway again on the same data directory and ports, and waits until it routes to the broker again.
     * Clients still running reconnect by themselves.
     */
    void startGateway() throws Exception {
        gateway = Gateway.start(gatewayConfig, Clock.systemUTC());
        await().atMost(TIMEOUT).until(() -> gateway.isRoutingTo(BROKER));
    }

    @Override
    public void close() {
        clients.forEach(FixClient::close);
        gateway.close();
        simulator.close();
        DataDirectories.delete(dataDirectory);
        DataDirectories.delete(simulatorSessions);
    }
}
