package fixgw.e2e;

import fixgw.simulator.client.FixClient;
import fixgw.simulator.client.FixFields;
import fixgw.simulator.client.OrderMessages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import quickfix.Message;
import quickfix.field.ExecType;
import quickfix.field.MsgType;
import quickfix.field.OrdType;
import quickfix.field.Side;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import static fixgw.e2e.FixAssertions.assertFields;
import static fixgw.e2e.FixAssertions.fields;
import static fixgw.e2e.FixAssertions.text;
import static fixgw.e2e.GatewayStack.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bad message a client can send gets a clear FIX answer, and the gateway goes on serving: after each test a
 * fresh market order must still fill.
 */
class BadInputTest {

    private static final OrderMessages ORDERS = new OrderMessages(Clock.systemUTC());
    private static final AtomicInteger PROBES = new AtomicInteger();
    private static GatewayStack stack;
    private static FixClient client;

    @BeforeAll
    static void startStack() throws Exception {
        stack = GatewayStack.start();
        client = stack.client("CLIENT1");
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @AfterEach
    void gatewayStillServesOrders() throws Exception {
        String clOrdId = "PROBE-" + PROBES.incrementAndGet();
        client.send(ORDERS.newOrderSingle(clOrdId, "AAPL", Side.BUY, OrdType.MARKET, 1, null, null));
        assertFields(client.awaitMessage(FixFields.executionReport(clOrdId, ExecType.TRADE), TIMEOUT),
                fields(39, "2", 14, "1"));
        assertThat(client.isLoggedOn()).isTrue();
    }

    private static Message rejectOf(String clOrdId) throws InterruptedException {
        return client.awaitMessage(FixFields.executionReport(clOrdId, ExecType.REJECTED), TIMEOUT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "zero quantity         | Q0  | AAPL | 1 | 2 | 0    | 190.00 |   | 13 | OrderQty (38) must be positive",
        "negative quantity     | Q1  | AAPL | 1 | 2 | -10  | 190.00 |   | 13 | OrderQty (38) must be positive",
        "fractional quantity   | Q2  | AAPL | 1 | 1 | 10.5 |        |   | 13 | whole number of shares",
        "limit without price   | P0  | AAPL | 1 | 2 | 100  |        |   | 99 | Price (44) is required for a limit order",
        "market with price     | P1  | AAPL | 1 | 1 | 100  | 190.00 |   | 99 | Price (44) is not allowed on a market order",
        "zero price            | P2  | AAPL | 1 | 2 | 100  | 0      |   | 99 | Price (44) must be positive",
        "sub-tick price        | P3  | AAPL | 1 | 2 | 100  | 190.000000001 |   | 99 | at most 8 decimal places",
        "absurd price          | P4  | AAPL | 1 | 2 | 100  | 1000000000000 |   | 99 | at most 12 digits before",
        "stop order            | T0  | AAPL | 1 | 3 | 100  |        |   | 11 | OrdType (40) '3' is not supported",
        "fill or kill          | T1  | AAPL | 1 | 1 | 100  |        | 4 | 11 | TimeInForce (59) '4' is not supported",
        "at the opening        | T2  | AAPL | 1 | 1 | 100  |        | 2 | 11 | TimeInForce (59) '2' is not supported",
        "buy minus             | S0  | AAPL | 3 | 1 | 100  |        |   | 11 | Side (54) '3' is not supported",
        "unknown symbol        | U0  | XYZ  | 1 | 1 | 100  |        |   | 1  | unknown symbol 'XYZ'",
    })
    void rejectsAnOrderItCannotAcceptNamingTheProblem(String name, String clOrdId, String symbol, char side,
                                                      char ordType, String quantity, String price, Character tif,
                                                      int reason, String textPart) throws Exception {
        client.send(ORDERS.newOrderSingle(clOrdId, symbol, side, ordType, new BigDecimal(quantity),
                price == null ? null : new BigDecimal(price), tif));

        Message reject = rejectOf(clOrdId);
        assertFields(reject, fields(39, "8", 150, "8", 103, reason, 37, "NONE", 55, symbol, 54, side, 14, "0",
                151, "0", 6, "0"));
        assertThat(text(reject, 58)).contains(textPart);
    }

    @Test
    void rejectsADuplicateClOrdIdAndLeavesTheFirstOrderWorking() throws Exception {
        client.send(ORDERS.newOrderSingle("DUP-1", "AAPL", Side.BUY, OrdType.LIMIT, 100, new BigDecimal("180"),
                null));
        client.awaitMessage(FixFields.executionReport("DUP-1", ExecType.NEW), TIMEOUT);

        int from = client.receivedCount();
        client.send(ORDERS.newOrderSingle("DUP-1", "AAPL", Side.SELL, OrdType.MARKET, 50, null, null));

        Message reject = client.awaitMessage(from, FixFields.executionReport("DUP-1", ExecType.REJECTED), TIMEOUT);
        assertFields(reject, fields(39, "8", 103, "6"));
        assertThat(text(reject, 58)).contains("duplicate ClOrdID 'DUP-1'");
        client.send(ORDERS.statusRequest("DUP-1", "AAPL", Side.BUY));
        assertFields(client.awaitMessage(from, FixFields.executionReport("DUP-1", ExecType.ORDER_STATUS), TIMEOUT),
                fields(39, "0", 38, "100", 54, "1", 151, "100"));
    }

    @Test
    void refusesToCancelAnUnknownOrder() throws Exception {
        client.send(ORDERS.cancel("CXL-U", "NO-SUCH-ORDER", "AAPL", Side.BUY));

        Message reject = client.awaitMessage(FixFields.cancelReject("CXL-U"), TIMEOUT);
        assertFields(reject, fields(35, "9", 41, "NO-SUCH-ORDER", 37, "NONE", 39, "8", 434, "1", 102, "1"));
        assertThat(text(reject, 58)).contains("unknown order");
    }

    @Test
    void refusesToReplaceAnUnknownOrder() throws Exception {
        client.send(ORDERS.replace("RPL-U", "NO-SUCH-ORDER", "AAPL", Side.BUY, OrdType.LIMIT, BigDecimal.TEN,
                BigDecimal.ONE));

        assertFields(client.awaitMessage(FixFields.cancelReject("RPL-U"), TIMEOUT),
                fields(35, "9", 434, "2", 102, "1"));
    }

    @Test
    void refusesToCancelAFilledOrder() throws Exception {
        client.send(ORDERS.newOrderSingle("FILLED-1", "AAPL", Side.BUY, OrdType.MARKET, 10, null, null));
        Message fill = client.awaitMessage(FixFields.executionReport("FILLED-1", ExecType.TRADE), TIMEOUT);

        client.send(ORDERS.cancel("FILLED-1C", "FILLED-1", "AAPL", Side.BUY));

        Message reject = client.awaitMessage(FixFields.cancelReject("FILLED-1C"), TIMEOUT);
        assertFields(reject, fields(41, "FILLED-1", 37, text(fill, 37), 39, "2", 434, "1", 102, "0"));
        assertThat(text(reject, 58)).contains("too late");
    }

    @Test
    void refusesAReplaceBelowTheFilledQuantity() throws Exception {
        client.send(ORDERS.newOrderSingle("PART-1", "AAPL", Side.BUY, OrdType.LIMIT, 800, new BigDecimal("190.05"),
                null));
        client.awaitMessage(FixFields.executionReport("PART-1", ExecType.TRADE), TIMEOUT);

        client.send(ORDERS.replace("PART-1R", "PART-1", "AAPL", Side.BUY, OrdType.LIMIT, new BigDecimal("400"),
                new BigDecimal("190.05")));

        Message reject = client.awaitMessage(FixFields.cancelReject("PART-1R"), TIMEOUT);
        assertFields(reject, fields(39, "1", 434, "2", 102, "99"));
        assertThat(text(reject, 58)).contains("must exceed the filled quantity 500");
    }

    @Test
    void refusesAReplaceWithAFractionalQuantity() throws Exception {
        client.send(ORDERS.newOrderSingle("FRAC-1", "AAPL", Side.BUY, OrdType.LIMIT, 100, new BigDecimal("180"),
                null));
        client.awaitMessage(FixFields.executionReport("FRAC-1", ExecType.NEW), TIMEOUT);

        client.send(ORDERS.replace("FRAC-1R", "FRAC-1", "AAPL", Side.BUY, OrdType.LIMIT, new BigDecimal("150.5"),
                null));

        Message reject = client.awaitMessage(FixFields.cancelReject("FRAC-1R"), TIMEOUT);
        assertFields(reject, fields(39, "0", 434, "2", 102, "99"));
        assertThat(text(reject, 58)).contains("whole number of shares");
    }

    /**
     * The store writes each identifier with at most 65,535 bytes: a longer one made the commit fail, and a failed
     * commit stops the engine for good (it must not send what it could not store). One order halted all trading.
     */
    @Test
    void rejectsAClOrdIdTooLongToKeep() throws Exception {
        String clOrdId = "L".repeat(70_000);
        client.send(ORDERS.newOrderSingle(clOrdId, "AAPL", Side.BUY, OrdType.MARKET, 1, null, null));
        Message reject = rejectOf(clOrdId);
        assertFields(reject, fields(39, "8", 103, "99"));
        assertThat(text(reject, 58)).isEqualTo("ClOrdID (11) must be at most 256 characters, was 70000");
    }

    @Test
    void rejectsAPriceOfSeventyThousandDigitsWithoutQuotingIt() throws Exception {
        BigDecimal price = new BigDecimal("1" + "0".repeat(70_000));
        client.send(ORDERS.newOrderSingle("P-HUGE", "AAPL", Side.BUY, OrdType.LIMIT, 1, price, null));
        assertThat(text(rejectOf("P-HUGE"), 58)).isEqualTo(
                "Price (44) must have at most 12 digits before the decimal point, was a number of 70001 characters");
    }

    @Test
    void rejectsAnAccountTooLongToKeep() throws Exception {
        Message order = ORDERS.newOrderSingle("A-LONG", "AAPL", Side.BUY, OrdType.MARKET, 1, null, null);
        order.setString(quickfix.field.Account.FIELD, "A".repeat(300));
        client.send(order);
        assertThat(text(rejectOf("A-LONG"), 58)).isEqualTo("Account (1) must be at most 256 characters, was 300");
    }

    @Test
    void rejectsASymbolTooLongToEcho() throws Exception {
        client.send(ORDERS.newOrderSingle("S-LONG", "X".repeat(70_000), Side.BUY, OrdType.MARKET, 1, null, null));
        assertThat(text(rejectOf("S-LONG"), 58)).isEqualTo("Symbol (55) must be at most 256 characters, was 70000");
    }

    @Test
    void answersACancelWithAnOrigClOrdIdTooLongToKeepWithABusinessReject() throws Exception {
        int from = client.receivedCount();

        int seqNum = client.send(ORDERS.cancel("C-LONG", "O".repeat(70_000), "AAPL", Side.BUY));

        Message reject = client.awaitMessage(from, FixFields.ofType(MsgType.BUSINESS_MESSAGE_REJECT), TIMEOUT);
        assertFields(reject, fields(45, seqNum, 372, "F", 380, "0"));
        assertThat(text(reject, 58)).isEqualTo("OrigClOrdID (41) must be at most 256 characters, was 70000");
    }

    @Test
    void answersAMissingRequiredTagWithASessionReject() throws Exception {
        Message order = ORDERS.newOrderSingle("MISS-1", "AAPL", Side.BUY, OrdType.MARKET, 100, null, null);
        order.removeField(Side.FIELD);
        int from = client.receivedCount();

        int seqNum = client.send(order);

        Message reject = client.awaitMessage(from, FixFields.ofType(MsgType.REJECT), TIMEOUT);
        assertFields(reject, fields(45, seqNum, 371, "54", 373, "1"));
    }

    @Test
    void answersAWrongTypedTagWithASessionReject() throws Exception {
        Message order = ORDERS.newOrderSingle("TYPE-1", "AAPL", Side.BUY, OrdType.MARKET, 100, null, null);
        order.setString(38, "lots");
        int from = client.receivedCount();

        int seqNum = client.send(order);

        Message reject = client.awaitMessage(from, FixFields.ofType(MsgType.REJECT), TIMEOUT);
        assertFields(reject, fields(45, seqNum, 371, "38", 373, "6"));
    }

    @Test
    void answersAValueOutsideTheTagsEnumerationWithASessionReject() throws Exception {
        Message order = ORDERS.newOrderSingle("ENUM-1", "AAPL", 'Z', OrdType.MARKET, 100, null, null);
        int from = client.receivedCount();

        int seqNum = client.send(order);

        Message reject = client.awaitMessage(from, FixFields.ofType(MsgType.REJECT), TIMEOUT);
        assertFields(reject, fields(45, seqNum, 371, "54", 373, "5"));
    }

    @Test
    void answersAnUnsupportedMessageTypeWithABusinessReject() throws Exception {
        Message quoteRequest = new quickfix.fix44.QuoteRequest(new quickfix.field.QuoteReqID("QR-1"));
        quickfix.fix44.QuoteRequest.NoRelatedSym symbol = new quickfix.fix44.QuoteRequest.NoRelatedSym();
        symbol.set(new quickfix.field.Symbol("AAPL"));
        quoteRequest.addGroup(symbol);
        int from = client.receivedCount();

        int seqNum = client.send(quoteRequest);

        Message reject = client.awaitMessage(from, FixFields.ofType(MsgType.BUSINESS_MESSAGE_REJECT), TIMEOUT);
        assertFields(reject, fields(45, seqNum, 372, "R", 380, "3"));
    }
}
