package fixgw.e2e;

import fixgw.simulator.Simulator;
import fixgw.simulator.client.FixClient;
import fixgw.simulator.client.FixClientSettings;
import fixgw.simulator.client.FixFields;
import fixgw.simulator.client.OrderMessages;
import fixgw.simulator.config.SimulatorConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import quickfix.FieldNotFound;
import quickfix.Message;
import quickfix.Session;
import quickfix.field.ExecID;
import quickfix.field.ExecType;
import quickfix.field.MsgSeqNum;
import quickfix.field.MsgType;
import quickfix.field.OrdRejReason;
import quickfix.field.OrdType;
import quickfix.field.Side;
import quickfix.field.Text;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gateway killed with SIGKILL while ExecutionReports stream to a client, then started again on the same data
 * directory: the client, which kept its session, logs on again at its sequence numbers, and every report reaches it
 * once, in sequence, with no number used twice. Orders the gateway had taken in but not yet applied when it died
 * are asked for again (the session resumes after the last inbound message the engine committed), so every order
 * the client sent is known to the gateway afterwards, and none is rejected as a duplicate. Reports the gateway had
 * committed but not yet handed to the client's session when it died are sent on start, so every order is finished
 * exactly once in what the client sees.
 */
class GatewayKillTest {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    /** Enough that a fast simulator cannot get every report out between the check and the kill. */
    private static final int ORDERS = 1_000;
    private static final OrderMessages MESSAGES = new OrderMessages(Clock.systemUTC());

    private Simulator simulator;
    private GatewayProcess gateway;
    private FixClient client;

    @AfterEach
    void stopEverything() throws InterruptedException {
        if (client != null) {
            client.close();
        }
        if (gateway != null) {
            gateway.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void shouldResumeTheClientSessionWithoutReusingASequenceNumberAfterSigkill() throws Exception {
        simulator = Simulator.start(SimulatorConfig.onPort(FreePorts.next()));
        gateway = GatewayProcess.start(GatewayStack.BROKER, simulator.port(), GatewayStack.INSTRUMENTS,
                START_TIMEOUT);
        client = FixClient.connect(FixClientSettings.of("127.0.0.1", gateway.clientPort(), "CLIENT1", "GATEWAY")
                .withResetOnLogon(false), GatewayStack.TIMEOUT);
        Session session = Session.lookupSession(client.sessionId());

        for (int i = 1; i <= ORDERS; i++) {
            client.send(MESSAGES.newOrderSingle("K-" + i, "AAPL", Side.BUY, OrdType.MARKET, 1, null, null));
        }
        await().atMost(GatewayStack.TIMEOUT).until(() -> executionReports(client).size() >= ORDERS / 10);
        gateway.kill(); // while reports are still streaming
        int receivedBeforeKill = executionReports(client).size();
        int expectedTargetAtKill = session.getExpectedTargetNum();
        await().atMost(GatewayStack.TIMEOUT).until(() -> !client.isLoggedOn());

        gateway.restart(START_TIMEOUT);
        await().atMost(START_TIMEOUT).until(client::isLoggedOn);
        await().atMost(START_TIMEOUT).until(() -> simulator.isLoggedOn("GATEWAY"));
        int from = client.receivedCount();
        client.send(MESSAGES.newOrderSingle("AFTER-1", "AAPL", Side.BUY, OrdType.MARKET, 1, null, null));
        Message fillAfter = client.awaitMessage(from, FixFields.executionReport("AFTER-1", ExecType.TRADE),
                START_TIMEOUT);

        List<Message> reports = executionReports(client);
        List<Integer> sequenceNumbers = new ArrayList<>();
        for (Message report : reports) {
            sequenceNumbers.add(report.getHeader().getInt(MsgSeqNum.FIELD));
        }
        assertThat(receivedBeforeKill).isLessThan(2 * ORDERS);
        assertThat(sequenceNumbers).as("every report once, in sequence: no number reused").isSorted()
                .doesNotHaveDuplicates();
        assertThat(reports).extracting(report -> report.getString(ExecID.FIELD)).doesNotHaveDuplicates();
        assertThat(sequenceNumber(fillAfter)).as("no reset").isGreaterThanOrEqualTo(expectedTargetAtKill);
        int fillAfterSeqNum = sequenceNumber(fillAfter);
        await().atMost(GatewayStack.TIMEOUT).untilAsserted(() -> // advanced after the client has seen it
                assertThat(session.getExpectedTargetNum()).isGreaterThan(fillAfterSeqNum));

        // every order sent is finished once, also those whose reports the kill kept from the client's session (an
        // order acknowledged but never routed is rejected by the reconciliation with the broker)
        await().atMost(START_TIMEOUT).until(() -> finishedClOrdIds(client).size() >= ORDERS + 1);
        assertThat(finishedClOrdIds(client)).as("every order finished once").doesNotHaveDuplicates()
                .hasSize(ORDERS + 1);
        // every order sent reached the gateway's books, also those it had taken in but not applied at the kill
        int beforeStatus = client.receivedCount();
        for (int i = 1; i <= ORDERS; i++) {
            client.send(MESSAGES.statusRequest("K-" + i, "AAPL", Side.BUY));
        }
        await().atMost(START_TIMEOUT).until(() -> statusAnswers(client, beforeStatus).size() == ORDERS);
        assertThat(statusAnswers(client, beforeStatus)).as("no order unknown to the gateway")
                .noneMatch(report -> report.isSetField(Text.FIELD) && field(report, Text.FIELD).startsWith("unknown order"));
        assertThat(executionReports(client)).as("nothing rejected as a duplicate ClOrdID")
                .noneMatch(report -> report.isSetField(OrdRejReason.FIELD)
                        && field(report, OrdRejReason.FIELD).equals(String.valueOf(OrdRejReason.DUPLICATE_ORDER)));
    }

    /** ClOrdIDs of the reports that finished an order: filled, or rejected. */
    private static List<String> finishedClOrdIds(FixClient client) {
        return executionReports(client).stream()
                .filter(report -> execType(report) == ExecType.TRADE || execType(report) == ExecType.REJECTED)
                .map(report -> field(report, quickfix.field.ClOrdID.FIELD)).toList();
    }

    private static List<Message> statusAnswers(FixClient client, int from) {
        List<Message> received = client.received();
        return received.subList(from, received.size()).stream()
                .filter(FixFields.ofType(MsgType.EXECUTION_REPORT))
                .filter(report -> execType(report) == ExecType.ORDER_STATUS).toList();
    }

    private static char execType(Message report) {
        return field(report, ExecType.FIELD).charAt(0);
    }

    private static String field(Message report, int tag) {
        try {
            return report.getString(tag);
        } catch (FieldNotFound e) {
            throw new AssertionError("execution report without tag " + tag + ": " + report, e);
        }
    }

    private static List<Message> executionReports(FixClient client) {
        return client.received().stream().filter(FixFields.ofType(MsgType.EXECUTION_REPORT)).toList();
    }

    private static int sequenceNumber(Message message) throws FieldNotFound {
        return message.getHeader().getInt(MsgSeqNum.FIELD);
    }
}
