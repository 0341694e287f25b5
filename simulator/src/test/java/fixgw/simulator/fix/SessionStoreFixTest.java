package fixgw.simulator.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fixgw.simulator.Simulator;
import fixgw.simulator.client.FixClient;
import fixgw.simulator.client.FixClientSettings;
import fixgw.simulator.client.FixFields;
import fixgw.simulator.client.OrderMessages;
import fixgw.simulator.config.FixConfig;
import fixgw.simulator.config.SimulatorConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quickfix.FieldNotFound;
import quickfix.Message;
import quickfix.Session;
import quickfix.field.ExecType;
import quickfix.field.MsgSeqNum;
import quickfix.field.OrdType;
import quickfix.field.Side;

/** Sessions keep their sequence numbers across logons, and across a restart when given a store directory. */
class SessionStoreFixTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final OrderMessages orders = new OrderMessages(Clock.systemUTC());
    private Simulator simulator;
    private FixClient client;

    @TempDir
    Path storeDirectory;

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void restartedSimulatorResumesItsSessionsFromTheStoreDirectory() throws Exception {
        SimulatorConfig config = new SimulatorConfig(FixConfig.of("127.0.0.1", freePort())
                .withSessionStoreDirectory(storeDirectory), SimulatorConfig.defaultQuotes());
        simulator = Simulator.start(config);
        client = FixClient.connect(FixClientSettings.of("127.0.0.1", simulator.port(), "DIRECT", "SIM")
                .withResetOnLogon(false), TIMEOUT);
        int firstFill = sequenceNumber(fill("S-1"));

        simulator.close();
        await().atMost(TIMEOUT).until(() -> !client.isLoggedOn());
        simulator = Simulator.start(config);
        await().atMost(TIMEOUT).until(client::isLoggedOn);

        int secondFill = sequenceNumber(fill("S-2"));
        // the New and Fill of S-1, the logouts and the new logon came in between: numbering went on, no reset
        assertThat(secondFill).isGreaterThan(firstFill + 3);
        // QuickFIX/J advances the expected number after the client has seen the message: wait for it
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(
                Session.lookupSession(client.sessionId()).getExpectedTargetNum()).isEqualTo(secondFill + 1));
    }

    @Test
    void aClientAskingForAFreshSessionStartsOverAtOne() throws Exception {
        simulator = Simulator.start(SimulatorConfig.onPort(freePort()));
        client = FixClient.connect(FixClientSettings.of("127.0.0.1", simulator.port(), "DIRECT", "SIM")
                .withResetOnLogon(false), TIMEOUT);
        fill("K-1");
        fill("K-2");
        client.close();

        client = FixClient.connect(FixClientSettings.of("127.0.0.1", simulator.port(), "DIRECT", "SIM"), TIMEOUT);

        // logon is 1, the order's New 2, its fill 3
        assertThat(sequenceNumber(fill("F-1"))).isEqualTo(3);
    }

    private Message fill(String clOrdId) throws InterruptedException {
        client.send(orders.newOrderSingle(clOrdId, "AAPL", Side.BUY, OrdType.MARKET, 100, null, null));
        return client.awaitMessage(FixFields.executionReport(clOrdId, ExecType.TRADE), TIMEOUT);
    }

    private static int sequenceNumber(Message message) throws FieldNotFound {
        return message.getHeader().getInt(MsgSeqNum.FIELD);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
