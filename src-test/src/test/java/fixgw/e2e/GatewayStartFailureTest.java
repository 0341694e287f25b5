package fixgw.e2e;

import fixgw.gateway.Gateway;
import fixgw.gateway.config.GatewayConfig;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A start that fails half way (here: the client port is taken) stops what it had started and closes the data
 * directory, so the operator can fix the cause and start again on the same data without restarting the JVM that
 * embeds the gateway.
 */
class GatewayStartFailureTest {

    @Test
    void aStartThatFailsReleasesTheDataDirectoryForTheNextStart() throws Exception {
        Path data = Files.createTempDirectory("gateway-data");
        int clientPort = FreePorts.next();
        int brokerPort = FreePorts.next(); // nothing listens: the broker session just keeps trying
        GatewayConfig config = GatewayStack.gatewayConfigWithoutBroker(clientPort, brokerPort,
                GatewayStack.INSTRUMENTS, data);
        try (ServerSocket taken = new ServerSocket(clientPort, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThatThrownBy(() -> Gateway.start(config, Clock.systemUTC())).isInstanceOf(RuntimeException.class);
        }

        Gateway gateway = Gateway.start(config, Clock.systemUTC());
        try {
            assertThat(gateway.health().status()).isNotNull();
            assertThat(gateway.health().storage().durability()).isEqualTo("process");
        } finally {
            gateway.close();
        }
    }
}
