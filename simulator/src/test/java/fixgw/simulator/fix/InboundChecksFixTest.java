package fixgw.simulator.fix;

import static org.assertj.core.api.Assertions.assertThat;

import fixgw.simulator.Simulator;
import fixgw.simulator.client.OrderMessages;
import fixgw.simulator.config.SimulatorConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import quickfix.Message;
import quickfix.field.ClOrdID;
import quickfix.field.ExecType;
import quickfix.field.MsgType;
import quickfix.field.OrdType;
import quickfix.field.RefMsgType;
import quickfix.field.RefSeqNum;
import quickfix.field.RefTagID;
import quickfix.field.SessionRejectReason;
import quickfix.field.Side;
import quickfix.field.Text;

/**
 * What the simulator's session checks answer to messages a QuickFIX/J initiator would never send, written raw on
 * the socket: the answers a counterparty gets must stay QuickFIX/J's, whatever the simulator does to make the
 * checks cheaper.
 */
class InboundChecksFixTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final OrderMessages orders = new OrderMessages(Clock.systemUTC());
    private Simulator simulator;
    private RawFixConnection connection;

    @BeforeEach
    void startSimulatorAndLogOn() throws Exception {
        simulator = Simulator.start(SimulatorConfig.onPort(freePort()));
        connection = RawFixConnection.logOn(simulator.port(), "DIRECT", "SIM", TIMEOUT);
    }

    @AfterEach
    void stop() throws IOException {
        if (connection != null) {
            connection.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void anOrderSentNowIsAcknowledged() throws Exception {
        connection.send(order("N1"));

        Message report = connection.readUntil(MsgType.EXECUTION_REPORT, TIMEOUT);
        assertThat(report.getString(ClOrdID.FIELD)).isEqualTo("N1");
        assertThat(report.getChar(ExecType.FIELD)).isEqualTo(ExecType.NEW);
    }

    @Test
    void anOrderWithAStaleSendingTimeIsRejectedAndTheSessionLoggedOut() throws Exception {
        connection.send(order("OLD1"), LocalDateTime.now(ZoneOffset.UTC).minusMinutes(10));

        Message reject = connection.readUntil(MsgType.REJECT, TIMEOUT);
        assertThat(reject.getInt(RefSeqNum.FIELD)).isEqualTo(2);
        assertThat(reject.getInt(SessionRejectReason.FIELD)).isEqualTo(SessionRejectReason.SENDINGTIME_ACCURACY_PROBLEM);
        assertThat(reject.getInt(RefTagID.FIELD)).isEqualTo(52);
        assertThat(reject.getString(RefMsgType.FIELD)).isEqualTo(MsgType.ORDER_SINGLE);
        Message logout = connection.read(TIMEOUT);
        assertThat(logout.getHeader().getString(MsgType.FIELD)).isEqualTo(MsgType.LOGOUT);
        assertThat(logout.getString(Text.FIELD)).startsWith("SendingTime accuracy problem");
    }

    @Test
    void badFieldsGetTheSessionRejectOfTheDataDictionary() throws Exception {
        Message noTransactTime = order("BAD1");
        noTransactTime.removeField(60);
        Message badSide = order("BAD2");
        badSide.setString(Side.FIELD, "X");
        Message badQuantity = order("BAD3");
        badQuantity.setString(38, "abc");
        Message emptyOrdType = order("BAD4");
        emptyOrdType.setString(OrdType.FIELD, "");
        // Unknown and foreign tags are left out: QuickFIX/J shares one dictionary object per file across the
        // JVM, and the OMS client's settings (AllowUnknownMsgFields=Y), loaded by other tests in this JVM, change it.

        assertRejected(noTransactTime, 2, SessionRejectReason.REQUIRED_TAG_MISSING, 60);
        assertRejected(badSide, 3, SessionRejectReason.VALUE_IS_INCORRECT, 54);
        assertRejected(badQuantity, 4, SessionRejectReason.INCORRECT_DATA_FORMAT_FOR_VALUE, 38);
        assertRejected(emptyOrdType, 5, SessionRejectReason.TAG_SPECIFIED_WITHOUT_A_VALUE, 40);
        connection.send(order("GOOD"));
        Message report = connection.readUntil(MsgType.EXECUTION_REPORT, TIMEOUT);
        assertThat(report.getString(ClOrdID.FIELD)).isEqualTo("GOOD");
    }

    private void assertRejected(Message message, int seqNum, int reason, int tag) throws Exception {
        connection.send(message);
        Message reject = connection.readUntil(MsgType.REJECT, TIMEOUT);
        assertThat(reject.getInt(RefSeqNum.FIELD)).as("RefSeqNum").isEqualTo(seqNum);
        assertThat(reject.getInt(SessionRejectReason.FIELD)).as("reason of " + seqNum).isEqualTo(reason);
        assertThat(reject.getInt(RefTagID.FIELD)).as("RefTagID of " + seqNum).isEqualTo(tag);
    }

    private Message order(String clOrdId) {
        return orders.newOrderSingle(clOrdId, "AAPL", Side.BUY, OrdType.MARKET, 100, null, null);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
