package fixgw.e2e;

import fixgw.gateway.Gateway;
import fixgw.simulator.Simulator;
import fixgw.simulator.client.FixClient;
import fixgw.simulator.client.FixClientSettings;
import fixgw.simulator.client.FixFields;
import fixgw.simulator.client.OrderMessages;
import fixgw.simulator.config.SimulatorConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import quickfix.Message;
import quickfix.field.ExecType;
import quickfix.field.OrdType;
import quickfix.field.Side;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import static fixgw.e2e.FixAssertions.assertFields;
import static fixgw.e2e.FixAssertions.fields;
import static fixgw.e2e.FixAssertions.text;
import static fixgw.e2e.GatewayStack.BROKER;
import static fixgw.e2e.GatewayStack.INSTRUMENTS;
import static fixgw.e2e.GatewayStack.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * At start the gateway logs on to its broker before it lets clients in (for at most
 * {@code broker.startupLogonWaitMillis}): a client that was connected before a restart resends on logon what the
 * gateway had not applied, and those orders must be routed, not rejected because the broker session happened to
 * be a moment slower than the client's.
 */
class GatewayStartupTest {

    private static final OrderMessages ORDERS = new OrderMessages(Clock.systemUTC());

    private final Path data = Files.createTempDirectory("gateway-data");
    private final int clientPort = FreePorts.next();
    private final int brokerPort = FreePorts.next();
    private CompletableFuture<Gateway> starting;
    private Gateway gateway;
    private Simulator simulator;
    private FixClient client;

    GatewayStartupTest() throws IOException {
    }

    @AfterEach
    void stopEverything() throws Exception {
        if (client != null) {
            client.close();
        }
        if (gateway == null && starting != null) { // a failed test left it starting
            gateway = starting.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
        if (gateway != null) {
            gateway.close();
        }
        if (simulator != null) {
            simulator.close();
        }
        DataDirectories.delete(data);
    }

    @Test
    void opensTheClientPortOnlyOnceTheBrokerIsLoggedOnSoTheFirstOrdersAreRouted() throws Exception {
        // a broker that takes the connection but never answers the logon: the gateway is past starting its broker
        // session, and waits
        try (ServerSocket silentBroker = new ServerSocket(brokerPort, 1, InetAddress.getLoopbackAddress())) {
            silentBroker.setSoTimeout((int) TIMEOUT.toMillis());
            starting = CompletableFuture.supplyAsync(() -> start(60_000));
            try (Socket brokerSession = silentBroker.accept()) {
                assertThat(brokerSession.isConnected()).isTrue();
                assertThatThrownBy(() -> new Socket("127.0.0.1", clientPort).close())
                        .as("client port closed while the broker is not logged on")
                        .isInstanceOf(ConnectException.class);
                assertThat(starting).isNotDone();
            }
        }

        simulator = Simulator.start(SimulatorConfig.onPort(brokerPort)); // the broker session reconnects and logs on
        gateway = starting.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        client = FixClient.connect(FixClientSettings.of("127.0.0.1", clientPort, "CLIENT1", "GATEWAY"), TIMEOUT);
        client.send(ORDERS.newOrderSingle("FIRST-1", "AAPL", Side.BUY, OrdType.MARKET, 100, null, null));

        assertFields(client.awaitMessage(FixFields.executionReport("FIRST-1", ExecType.TRADE), TIMEOUT),
                fields(39, "2", 14, "100"));
        assertThat(gateway.isRoutingTo(BROKER)).isTrue();
    }

    @Test
    void letsClientsInAfterTheWaitWhenTheBrokerStaysAwayAndRejectsTheirOrdersWithTheReason() throws Exception {
        gateway = start(200); // nothing listens on the broker port

        client = FixClient.connect(FixClientSettings.of("127.0.0.1", clientPort, "CLIENT1", "GATEWAY"), TIMEOUT);
        client.send(ORDERS.newOrderSingle("EARLY-1", "AAPL", Side.BUY, OrdType.MARKET, 100, null, null));

        Message reject = client.awaitMessage(FixFields.executionReport("EARLY-1", ExecType.REJECTED), TIMEOUT);
        assertFields(reject, fields(39, "8", 103, "99"));
        assertThat(text(reject, 58)).isEqualTo("broker SIM is not logged on");
        assertThat(gateway.health().status()).isEqualTo("DEGRADED");
    }

    private Gateway start(int startupLogonWaitMillis) {
        try {
            return Gateway.start(GatewayStack.gatewayConfig(clientPort, brokerPort, INSTRUMENTS, data, "process",
                    startupLogonWaitMillis), Clock.systemUTC());
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }
}
