package fixgw.e2e;

import fixgw.simulator.client.FixClient;
import fixgw.simulator.client.FixFields;
import fixgw.simulator.client.OrderMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import quickfix.FieldNotFound;
import quickfix.Message;
import quickfix.Session;
import quickfix.field.ExecID;
import quickfix.field.ExecType;
import quickfix.field.MsgSeqNum;
import quickfix.field.MsgType;
import quickfix.field.OrdType;
import quickfix.field.PossDupFlag;
import quickfix.field.Side;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import static fixgw.e2e.FixAssertions.assertFields;
import static fixgw.e2e.FixAssertions.fields;
import static fixgw.e2e.GatewayStack.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * FIX sessions survive a restart of the gateway: they resume at their stored sequence numbers and resend requests
 * are answered from the store; a client that asks for a fresh session (ResetSeqNumFlag=Y) gets one.
 */
class SessionRecoveryTest {

    private static final OrderMessages ORDERS = new OrderMessages(Clock.systemUTC());
    private GatewayStack stack;

    @AfterEach
    void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    /** At {@code disk} level every socket write waits for the group sync that covers it; the outcome is the same. */
    @ParameterizedTest
    @ValueSource(strings = {"process", "disk"})
    void shouldResendMissedExecutionReportsAfterRestartAndContinueTheSequence(String durability) throws Exception {
        stack = GatewayStack.start(GatewayStack.INSTRUMENTS, durability);
        FixClient client = stack.clientKeepingSequenceNumbers("CLIENT1");
        Session session = Session.lookupSession(client.sessionId());
        fill(client, "RS-1");
        fill(client, "RS-2");
        client.send(ORDERS.newOrderSingle("RS-3", "AAPL", Side.BUY, OrdType.LIMIT, 100, new BigDecimal("180"),
                null));
        client.awaitMessage(FixFields.executionReport("RS-3", ExecType.NEW), TIMEOUT);
        List<Message> beforeRestart = executionReports(client);
        // the client lost its last three reports (RS-2's New and Fill, RS-3's New), say it restored its own
        // session state from a backup taken before them: it will ask for them again
        List<Message> lost = beforeRestart.subList(beforeRestart.size() - 3, beforeRestart.size());
        int highestReceived = sequenceNumber(beforeRestart.get(beforeRestart.size() - 1));

        stack.stopGateway();
        await().atMost(TIMEOUT).until(() -> !client.isLoggedOn());
        int nextSenderAtRestart = session.getExpectedSenderNum();
        session.setNextTargetMsgSeqNum(sequenceNumber(lost.get(0)));
        client.clearReceived();
        stack.startGateway();
        await().atMost(TIMEOUT).until(client::isLoggedOn);

        await().atMost(TIMEOUT).until(() -> executionReports(client).size() >= lost.size());
        Message afterRestart = fill(client, "RS-4").get(1);

        List<Message> resent = executionReports(client).subList(0, lost.size());
        for (int i = 0; i < lost.size(); i++) {
            Message original = lost.get(i);
            assertFields(resent.get(i), fields(34, sequenceNumber(original), 43, "Y",
                    17, original.getString(ExecID.FIELD), 11, original.getString(11), 150, original.getString(150),
                    39, original.getString(39), 14, original.getString(14), 151, original.getString(151)));
        }
        // exactly once: every report arrived once, and nothing else than RS-4's New and Fill after them
        assertThat(executionReports(client)).extracting(message -> message.getString(ExecID.FIELD))
                .doesNotHaveDuplicates().hasSize(lost.size() + 2);
        assertThat(resent).allMatch(SessionRecoveryTest::isPossibleDuplicate);
        // numbering went on from where it was on both sides: no reset
        assertThat(sequenceNumber(afterRestart)).isGreaterThan(highestReceived + 1);
        assertThat(isPossibleDuplicate(afterRestart)).isFalse();
        assertThat(session.getExpectedSenderNum()).isGreaterThan(nextSenderAtRestart);
        int afterRestartSeqNum = sequenceNumber(afterRestart);
        await().atMost(TIMEOUT).untilAsserted(() -> // advanced after the client has seen it
                assertThat(session.getExpectedTargetNum()).isEqualTo(afterRestartSeqNum + 1));
    }

    @Test
    void clientLoggingOnWithResetSeqNumFlagGetsAFreshSessionFromARestartedGateway() throws Exception {
        stack = GatewayStack.start();
        FixClient keeping = stack.clientKeepingSequenceNumbers("CLIENT2");
        fill(keeping, "FR-1");
        fill(keeping, "FR-2");
        keeping.close();
        stack.stopGateway();
        stack.startGateway();

        FixClient fresh = stack.client("CLIENT2");
        List<Message> reports = fill(fresh, "FR-3");

        // the logon was 1 on both sides, then the order's New and its Fill
        assertThat(sequenceNumber(reports.get(0))).isEqualTo(2);
        assertThat(sequenceNumber(reports.get(1))).isEqualTo(3);
        assertThat(Session.lookupSession(fresh.sessionId()).getExpectedSenderNum()).isEqualTo(3);
    }

    /** Sends a market order and returns its New and its Fill. */
    private static List<Message> fill(FixClient client, String clOrdId) throws InterruptedException {
        int from = client.receivedCount();
        client.send(ORDERS.newOrderSingle(clOrdId, "AAPL", Side.BUY, OrdType.MARKET, 100, null, null));
        Message ack = client.awaitMessage(from, FixFields.executionReport(clOrdId, ExecType.NEW), TIMEOUT);
        Message fill = client.awaitMessage(from, FixFields.executionReport(clOrdId, ExecType.TRADE), TIMEOUT);
        return List.of(ack, fill);
    }

    private static List<Message> executionReports(FixClient client) {
        return client.received().stream().filter(FixFields.ofType(MsgType.EXECUTION_REPORT)).toList();
    }

    private static int sequenceNumber(Message message) throws FieldNotFound {
        return message.getHeader().getInt(MsgSeqNum.FIELD);
    }

    private static boolean isPossibleDuplicate(Message message) {
        return message.getHeader().getOptionalString(PossDupFlag.FIELD).orElse("N").equals("Y");
    }
}
