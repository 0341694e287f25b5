package fixgw.simulator.fix;

import static org.assertj.core.api.Assertions.assertThat;

import fixgw.simulator.Simulator;
import fixgw.simulator.client.CsvOrderRunner;
import fixgw.simulator.client.CsvRunResult;
import fixgw.simulator.client.FixClient;
import fixgw.simulator.client.FixClientSettings;
import fixgw.simulator.client.FixFields;
import fixgw.simulator.client.OrderCsvParser;
import fixgw.simulator.client.OrderMessages;
import fixgw.simulator.config.SimulatorConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import quickfix.Message;
import quickfix.field.AvgPx;
import quickfix.field.BusinessRejectReason;
import quickfix.field.ClOrdID;
import quickfix.field.CumQty;
import quickfix.field.CxlRejReason;
import quickfix.field.CxlRejResponseTo;
import quickfix.field.ExecType;
import quickfix.field.LastPx;
import quickfix.field.LastQty;
import quickfix.field.LeavesQty;
import quickfix.field.MsgType;
import quickfix.field.OrdRejReason;
import quickfix.field.OrdStatus;
import quickfix.field.OrdType;
import quickfix.field.OrderID;
import quickfix.field.OrderQty;
import quickfix.field.OrigClOrdID;
import quickfix.field.Price;
import quickfix.field.Side;
import quickfix.field.SubscriptionRequestType;
import quickfix.field.Text;
import quickfix.field.TradSesReqID;
import quickfix.field.TransactTime;
import quickfix.fix44.TradingSessionStatusRequest;

/** The simulator over real FIX sessions on loopback: exact ExecutionReport fields for each behaviour. */
class SimulatorFixTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T14:30:00Z"), ZoneOffset.UTC);

    private final OrderMessages orders = new OrderMessages(CLOCK);
    private Simulator simulator;
    private FixClient client;

    @BeforeEach
    void startSimulatorAndConnect() throws Exception {
        simulator = Simulator.start(SimulatorConfig.onPort(freePort()), CLOCK);
        client = FixClient.connect(FixClientSettings.of("127.0.0.1", simulator.port(), "DIRECT", "SIM"), TIMEOUT);
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private Message await(String clOrdId, char execType) throws InterruptedException {
        return client.awaitMessage(FixFields.executionReport(clOrdId, execType), TIMEOUT);
    }

    private static void assertReport(Message report, char ordStatus, String cumQty, String leavesQty, String avgPx,
                                     String lastQty, String lastPx) {
        assertThat(FixFields.code(report, OrdStatus.FIELD)).isEqualTo(ordStatus);
        assertThat(FixFields.decimal(report, CumQty.FIELD)).isEqualByComparingTo(cumQty);
        assertThat(FixFields.decimal(report, LeavesQty.FIELD)).isEqualByComparingTo(leavesQty);
        assertThat(FixFields.decimal(report, AvgPx.FIELD)).isEqualByComparingTo(avgPx);
        assertThat(FixFields.decimal(report, LastQty.FIELD)).isEqualByComparingTo(lastQty);
        assertThat(FixFields.decimal(report, LastPx.FIELD)).isEqualByComparingTo(lastPx);
    }

    @Test
    void marketOrderIsAcknowledgedThenFilledInSlicesOfTheQuoteSize() throws Exception {
        client.send(orders.newOrderSingle("M1", "AAPL", Side.BUY, OrdType.MARKET, 700, null, null));

        Message ack = await("M1", ExecType.NEW);
        assertReport(ack, OrdStatus.NEW, "0", "700", "0", "0", "0");
        assertThat(FixFields.text(ack, OrderID.FIELD)).startsWith("SIM-");
        assertThat(FixFields.decimal(ack, OrderQty.FIELD)).isEqualByComparingTo("700");
        assertThat(FixFields.code(ack, Side.FIELD)).isEqualTo(Side.BUY);
        assertThat(FixFields.code(ack, OrdType.FIELD)).isEqualTo(OrdType.MARKET);
        assertThat(ack.isSetField(Price.FIELD)).isFalse();
        assertThat(ack.getUtcTimeStamp(TransactTime.FIELD)).isEqualTo("2026-11-02T14:30:00");

        Message last = client.awaitMessage(FixFields.executionReport("M1", ExecType.TRADE)
                .and(report -> FixFields.code(report, OrdStatus.FIELD) == OrdStatus.FILLED), TIMEOUT);
        assertReport(last, OrdStatus.FILLED, "700", "0", "190.02", "200", "190.02");
        assertThat(client.received()).filteredOn(FixFields.executionReport("M1", ExecType.TRADE))
                .hasSize(2).first()
                .satisfies(first -> assertReport(first, OrdStatus.PARTIALLY_FILLED, "500", "200", "190.02", "500",
                        "190.02"));
        assertThat(client.received()).extracting(report -> FixFields.text(report, quickfix.field.ExecID.FIELD))
                .doesNotHaveDuplicates();
    }

    @Test
    void restingLimitIsCanceled() throws Exception {
        client.send(orders.newOrderSingle("L1", "MSFT", Side.SELL, OrdType.LIMIT, 50, new BigDecimal("425.00"), null));
        Message ack = await("L1", ExecType.NEW);
        assertThat(FixFields.decimal(ack, Price.FIELD)).isEqualByComparingTo("425.00");

        client.send(orders.cancel("L1C", "L1", "MSFT", Side.SELL));

        Message canceled = await("L1C", ExecType.CANCELED);
        assertReport(canceled, OrdStatus.CANCELED, "0", "0", "0", "0", "0");
        assertThat(FixFields.text(canceled, OrigClOrdID.FIELD)).isEqualTo("L1");
        assertThat(FixFields.text(canceled, OrderID.FIELD)).isEqualTo(FixFields.text(ack, OrderID.FIELD));

        client.send(orders.cancel("L1C2", "L1", "MSFT", Side.SELL));
        Message tooLate = client.awaitMessage(FixFields.cancelReject("L1C2"), TIMEOUT);
        assertThat(FixFields.text(tooLate, CxlRejReason.FIELD)).isEqualTo("0");
        assertThat(FixFields.text(tooLate, Text.FIELD)).contains("already CANCELED");
    }

    @Test
    void cancelOfUnknownOrderGetsOrderCancelReject() throws Exception {
        client.send(orders.cancel("X1", "NOPE", "AAPL", Side.BUY));

        Message reject = client.awaitMessage(FixFields.cancelReject("X1"), TIMEOUT);
        assertThat(FixFields.text(reject, CxlRejReason.FIELD)).isEqualTo("1");
        assertThat(FixFields.text(reject, CxlRejResponseTo.FIELD)).isEqualTo("1");
        assertThat(FixFields.text(reject, OrigClOrdID.FIELD)).isEqualTo("NOPE");
    }

    @Test
    void replaceToMarketablePriceReportsReplacedThenFill() throws Exception {
        client.send(orders.newOrderSingle("R1", "IBM", Side.BUY, OrdType.LIMIT, 1_500, new BigDecimal("220"), null));
        await("R1", ExecType.NEW);

        client.send(orders.replace("R1b", "R1", "IBM", Side.BUY, OrdType.LIMIT, new BigDecimal("1600"),
                new BigDecimal("221.50")));

        Message replaced = await("R1b", ExecType.REPLACED);
        assertReport(replaced, OrdStatus.NEW, "0", "1600", "0", "0", "0");
        assertThat(FixFields.text(replaced, OrigClOrdID.FIELD)).isEqualTo("R1");
        assertThat(FixFields.decimal(replaced, Price.FIELD)).isEqualByComparingTo("221.50");
        assertReport(await("R1b", ExecType.TRADE), OrdStatus.PARTIALLY_FILLED, "1000", "600", "221.50", "1000",
                "221.50");

        client.send(orders.replace("R1c", "R1b", "IBM", Side.BUY, OrdType.LIMIT, new BigDecimal("900"), null));
        Message refused = client.awaitMessage(FixFields.cancelReject("R1c"), TIMEOUT);
        assertThat(FixFields.text(refused, CxlRejReason.FIELD)).isEqualTo("99");
        assertThat(FixFields.text(refused, CxlRejResponseTo.FIELD)).isEqualTo("2");
        assertThat(FixFields.text(refused, Text.FIELD)).isEqualTo("OrderQty 900 must exceed CumQty 1000");
    }

    @Test
    void statusRequestReportsCurrentStateOrUnknownOrder() throws Exception {
        client.send(orders.newOrderSingle("S1", "AAPL", Side.SELL, OrdType.LIMIT, 800, new BigDecimal("189.00"), null));
        await("S1", ExecType.TRADE);

        client.send(orders.statusRequest("S1", "AAPL", Side.SELL));
        assertReport(await("S1", ExecType.ORDER_STATUS), OrdStatus.PARTIALLY_FILLED, "500", "300", "189.98", "0", "0");

        client.send(orders.statusRequest("S404", "AAPL", Side.SELL));
        Message unknown = await("S404", ExecType.ORDER_STATUS);
        assertThat(FixFields.code(unknown, OrdStatus.FIELD)).isEqualTo(OrdStatus.REJECTED);
        assertThat(FixFields.text(unknown, Text.FIELD)).isEqualTo("unknown order");
    }

    @Test
    void unknownSymbolIsRejected() throws Exception {
        client.send(orders.newOrderSingle("U1", "XYZ", Side.BUY, OrdType.MARKET, 100, null, null));

        Message rejected = await("U1", ExecType.REJECTED);
        assertReport(rejected, OrdStatus.REJECTED, "0", "0", "0", "0", "0");
        assertThat(FixFields.text(rejected, OrdRejReason.FIELD)).isEqualTo("1");
        assertThat(FixFields.text(rejected, Text.FIELD)).contains("XYZ");
    }

    @Test
    void unsupportedCharacteristicsAndFractionalQuantityAreRejected() throws Exception {
        client.send(orders.newOrderSingle("B1", "AAPL", Side.BUY, OrdType.STOP_STOP_LOSS, 100, null, null));
        client.send(orders.newOrderSingle("B2", "AAPL", Side.BUY, OrdType.MARKET, 100, null,
                quickfix.field.TimeInForce.FILL_OR_KILL));
        client.send(orders.newOrderSingle("B3", "AAPL", Side.BUY_MINUS, OrdType.MARKET, 100, null, null));
        client.send(orders.newOrderSingle("B4", "AAPL", Side.BUY, OrdType.MARKET, new BigDecimal("10.5"), null, null));
        client.send(orders.newOrderSingle("B5", "AAPL", Side.BUY, OrdType.LIMIT, 100, null, null));

        assertThat(FixFields.text(await("B1", ExecType.REJECTED), OrdRejReason.FIELD)).isEqualTo("11");
        assertThat(FixFields.text(await("B2", ExecType.REJECTED), OrdRejReason.FIELD)).isEqualTo("11");
        Message badSide = await("B3", ExecType.REJECTED);
        assertThat(FixFields.text(badSide, OrdRejReason.FIELD)).isEqualTo("11");
        assertThat(FixFields.code(badSide, Side.FIELD)).isEqualTo(Side.BUY_MINUS);
        assertThat(FixFields.text(await("B4", ExecType.REJECTED), OrdRejReason.FIELD)).isEqualTo("13");
        Message noPrice = await("B5", ExecType.REJECTED);
        assertThat(FixFields.text(noPrice, OrdRejReason.FIELD)).isEqualTo("99");
        assertThat(FixFields.text(noPrice, Text.FIELD)).isEqualTo("Limit order without Price");
    }

    @Test
    void unsupportedMessageTypeGetsBusinessMessageReject() throws Exception {
        Message request = new TradingSessionStatusRequest(new TradSesReqID("T1"),
                new SubscriptionRequestType(SubscriptionRequestType.SNAPSHOT));

        client.send(request);

        Message reject = client.awaitMessage(FixFields.ofType(MsgType.BUSINESS_MESSAGE_REJECT), TIMEOUT);
        assertThat(FixFields.text(reject, BusinessRejectReason.FIELD)).isEqualTo("3");
        assertThat(client.isLoggedOn()).isTrue();
    }

    @Test
    void sampleOrdersReachTheirExpectedStates() throws Exception {
        Path sample = Path.of("..", "fix-config", "sample-orders.csv");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        CsvOrderRunner runner = new CsvOrderRunner(client, orders, new PrintStream(printed, true,
                StandardCharsets.UTF_8), TIMEOUT);

        CsvRunResult result = runner.run(new OrderCsvParser().parse(Files.readAllLines(sample), sample.toString()));

        assertThat(result.mismatches()).isEmpty();
        assertThat(result.summary().format()).isEqualTo("orders=10 filled=3 canceled=1 rejected=3 open=3");
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains(
                "8 clOrdId=O1 orderId=SIM-1 execType=FILL ordStatus=FILLED sym=AAPL side=BUY lastQty=100 "
                        + "lastPx=190.02 cumQty=100 leavesQty=0 avgPx=190.02 text=");
    }

    @Test
    void csvRunReportsOrdersThatMissTheirExpectedState() throws Exception {
        CsvOrderRunner runner = new CsvOrderRunner(client, orders, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), Duration.ofMillis(500));

        CsvRunResult result = runner.run(new OrderCsvParser().parse(java.util.List.of(OrderCsvParser.HEADER,
                "NEW,W1,,AAPL,BUY,LIMIT,100,150,DAY,FILLED"), "inline.csv"));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.mismatches()).contains("MISMATCH line 2 clOrdId=W1 expected=FILLED actual=NEW");
        assertThat(result.summary().format()).isEqualTo("orders=1 filled=0 canceled=0 rejected=0 open=1");
        assertThat(FixFields.text(client.received().get(0), ClOrdID.FIELD)).isEqualTo("W1");
    }
}
