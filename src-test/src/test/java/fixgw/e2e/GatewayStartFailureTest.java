package fixgw.e2e;

import fixgw.gateway.Gateway;
import fixgw.gateway.config.AdminConfig;
import fixgw.gateway.config.GatewayConfig;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A start that fails half way (a port taken, a data directory that cannot be made) stops what it had started and
 * closes the data directory, so the operator can fix the cause and start again on the same data without restarting
 * the JVM that embeds the gateway. Run as its own process, the gateway then says why in one line and exits with
 * status 2. Until 2026-12-08 a taken port came out of {@code main} as a stack trace and the JVM lived on (a taken
 * FIX port for a minute, until an idle acceptor thread of MINA's ended; a taken admin port for good, its FIX
 * sessions up and trading, since that failure skipped the clean-up).
 */
class GatewayStartFailureTest {

    /** The broker session waits this long for a logon that never comes before clients are let in (the default). */
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(30);
    private static final int START_FAILED = 2;

    @Test
    void aStartThatFailsReleasesTheDataDirectoryForTheNextStart() throws Exception {
        Path data = Files.createTempDirectory("gateway-data");
        int clientPort = FreePorts.next();
        int brokerPort = FreePorts.next(); // nothing listens: the broker session just keeps trying
        GatewayConfig config = GatewayStack.gatewayConfigWithoutBroker(clientPort, brokerPort,
                GatewayStack.INSTRUMENTS, data);
        try (ServerSocket taken = listenOn(clientPort)) {
            assertThatThrownBy(() -> Gateway.start(config, Clock.systemUTC())).isInstanceOf(RuntimeException.class);
        }

        Gateway gateway = Gateway.start(config, Clock.systemUTC());
        try {
            assertThat(gateway.health().status()).isNotNull();
            assertThat(gateway.health().storage().durability()).isEqualTo("process");
        } finally {
            gateway.close();
            DataDirectories.delete(data);
        }
    }

    @Test
    void aStartThatFailsOnATakenAdminPortReleasesTheDataDirectoryForTheNextStart() throws Exception {
        Path data = Files.createTempDirectory("gateway-data");
        GatewayConfig free = GatewayStack.gatewayConfigWithoutBroker(FreePorts.next(), FreePorts.next(),
                GatewayStack.INSTRUMENTS, data);
        int adminPort = FreePorts.next();
        GatewayConfig config = new GatewayConfig(free.clients(), free.broker(), new AdminConfig("127.0.0.1", adminPort),
                free.engine(), free.retention(), free.storage(), free.instruments());
        try (ServerSocket taken = listenOn(adminPort)) {
            assertThatThrownBy(() -> Gateway.start(config, Clock.systemUTC()))
                    .hasMessageContaining("cannot listen for admin requests on 127.0.0.1:" + adminPort);
        }

        Gateway gateway = Gateway.start(config, Clock.systemUTC());
        try {
            assertThat(gateway.adminPort()).isEqualTo(adminPort);
        } finally {
            gateway.close();
            DataDirectories.delete(data);
        }
    }

    @Test
    void aGatewayWhoseClientPortIsTakenSaysSoAndExits() throws Exception {
        try (GatewayProcess gateway = prepareGateway();
             ServerSocket taken = listenOn(gateway.clientPort())) {
            assertThat(outputOfFailedStart(gateway))
                    .contains("gateway not started: cannot listen for FIX clients on 127.0.0.1:" + gateway.clientPort()
                            + ": ");
        }
    }

    @Test
    void aGatewayWhoseAdminPortIsTakenSaysSoAndExitsBeforeAnySessionStarts() throws Exception {
        try (GatewayProcess gateway = prepareGateway();
             ServerSocket taken = listenOn(gateway.adminPort())) {
            assertThat(outputOfFailedStart(gateway))
                    .contains("gateway not started: cannot listen for admin requests on 127.0.0.1:"
                            + gateway.adminPort())
                    .doesNotContain("not logged on within"); // the broker session was never started
        }
    }

    @Test
    void aGatewayWhoseDataDirectoryCannotBeMadeSaysSoAndExits() throws Exception {
        try (GatewayProcess gateway = prepareGateway()) {
            Files.writeString(gateway.dataDirectory(), "a file where the data directory should be");
            assertThat(outputOfFailedStart(gateway))
                    .contains("gateway not started: cannot create data directory " + gateway.dataDirectory());
            assertThat(Files.readString(gateway.dataDirectory())).startsWith("a file"); // left as it was
        }
    }

    /** A gateway process configured (free ports, its own data directory) but not started. */
    private static GatewayProcess prepareGateway() throws IOException {
        return GatewayProcess.prepare(GatewayStack.BROKER, FreePorts.next(), GatewayStack.INSTRUMENTS);
    }

    /** Starts {@code gateway}, expects it to exit with the start-failure status by itself, and returns its output. */
    private static String outputOfFailedStart(GatewayProcess gateway) throws IOException, InterruptedException {
        assertThat(gateway.launchExpectingExit(EXIT_TIMEOUT)).as(gateway::describe).isEqualTo(START_FAILED);
        return gateway.output();
    }

    private static ServerSocket listenOn(int port) throws IOException {
        return new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"));
    }
}
