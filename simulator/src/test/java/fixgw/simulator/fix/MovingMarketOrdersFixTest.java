package fixgw.simulator.fix;

import static fixgw.simulator.fix.MovingMarketSimulator.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import fixgw.simulator.client.FixClient;
import fixgw.simulator.client.FixFields;
import fixgw.simulator.client.OrderMessages;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quickfix.Message;
import quickfix.field.AvgPx;
import quickfix.field.CommType;
import quickfix.field.Commission;
import quickfix.field.CumQty;
import quickfix.field.CxlRejResponseTo;
import quickfix.field.ExecType;
import quickfix.field.LastPx;
import quickfix.field.LastQty;
import quickfix.field.LeavesQty;
import quickfix.field.OrdRejReason;
import quickfix.field.OrdStatus;
import quickfix.field.OrdType;
import quickfix.field.OrderQty;
import quickfix.field.OrigClOrdID;
import quickfix.field.Price;
import quickfix.field.Side;
import quickfix.field.StopPx;
import quickfix.field.Text;
import quickfix.field.TimeInForce;
import quickfix.field.TransactTime;

/**
 * Orders over FIX against a replayed market the test moves second by second ({@link MovingMarketSimulator}):
 * each order type and time in force, fills as the market moves, cancel/replace rules and status requests.
 */
class MovingMarketOrdersFixTest {
    @TempDir
    Path directory;

    private MovingMarketSimulator market;
    private FixClient client;
    private OrderMessages orders;

    @BeforeEach
    void start() throws Exception {
        market = MovingMarketSimulator.onBars(directory);
        client = market.client;
        orders = new OrderMessages(market.clock);
    }

    @AfterEach
    void stop() {
        if (market != null) {
            market.close();
        }
    }

    private Message order(String clOrdId, char side, char ordType, long quantity, String price, char tif) {
        return orders.newOrderSingle(clOrdId, "AAPL", side, ordType, quantity,
                price == null ? null : new BigDecimal(price), tif);
    }

    private Message stopOrder(String clOrdId, char ordType, long quantity, String limit, String stop) {
        Message message = order(clOrdId, Side.BUY, ordType, quantity, limit, TimeInForce.DAY);
        message.setDecimal(StopPx.FIELD, new BigDecimal(stop));
        return message;
    }

    private List<Message> reports(String clOrdId, char execType) {
        return client.received().stream().filter(FixFields.executionReport(clOrdId, execType)).toList();
    }

    private List<Message> awaitReports(String clOrdId, char execType, int count) {
        await().atMost(TIMEOUT).until(() -> reports(clOrdId, execType).size() >= count);
        return reports(clOrdId, execType);
    }

    /** Asks for the order's status: answered on the venue thread after the market caught up with the clock. */
    private Message status(String clOrdId) throws InterruptedException {
        int from = client.receivedCount();
        client.send(orders.statusRequest(clOrdId, "AAPL", Side.BUY));
        return client.awaitMessage(from, FixFields.executionReport(clOrdId, ExecType.ORDER_STATUS), TIMEOUT);
    }

    private static List<Object> fill(Message report) {
        return List.of(FixFields.text(report, LastQty.FIELD), FixFields.text(report, LastPx.FIELD),
                FixFields.text(report, Commission.FIELD));
    }

    @Test
    void aLargeMarketOrderFillsOverSeveralStepsPayingCommissionOnEachFill() throws Exception {
        client.send(order("M1", Side.BUY, OrdType.MARKET, 1_200, null, TimeInForce.DAY));
        awaitReports("M1", ExecType.TRADE, 1);
        market.advanceSeconds(1);
        awaitReports("M1", ExecType.TRADE, 2);
        market.advanceSeconds(1);
        List<Message> fills = awaitReports("M1", ExecType.TRADE, 3);

        assertThat(fills).extracting(MovingMarketOrdersFixTest::fill).containsExactly(
                List.of("500", "100.01", "5.00"), List.of("500", "100.01", "5.00"), List.of("200", "100.01", "2.00"));
        assertThat(fills).allSatisfy(fill -> assertThat(fill.getChar(CommType.FIELD)).isEqualTo(CommType.ABSOLUTE));
        Message last = fills.get(2);
        assertThat(last.getChar(OrdStatus.FIELD)).isEqualTo(OrdStatus.FILLED);
        assertThat(last.getDecimal(CumQty.FIELD)).isEqualByComparingTo("1200");
        assertThat(last.getDecimal(AvgPx.FIELD)).isEqualByComparingTo("100.01");
        // reports carry market time: the last fill happened in the step two seconds after the start
        assertThat(FixFields.text(last, TransactTime.FIELD)).isEqualTo("20261124-15:00:02.000");
        assertThat(reports("M1", ExecType.NEW)).hasSize(1);
    }

    @Test
    void aRestingLimitFillsOnlyWhenTheMarketTradesThroughIt() throws Exception {
        client.send(order("L1", Side.SELL, OrdType.LIMIT, 300, "100.30", TimeInForce.GOOD_TILL_CANCEL));
        awaitReports("L1", ExecType.NEW, 1);
        market.advanceSeconds(5);

        Message resting = status("L1");
        assertThat(resting.getChar(OrdStatus.FIELD)).isEqualTo(OrdStatus.NEW);
        assertThat(resting.getDecimal(LeavesQty.FIELD)).isEqualByComparingTo("300");
        assertThat(reports("L1", ExecType.TRADE)).isEmpty();

        market.advanceSeconds(1);
        Message fill = awaitReports("L1", ExecType.TRADE, 1).get(0);
        assertThat(fill(fill)).isEqualTo(List.of("300", "100.30", "3.00"));
        assertThat(fill.getChar(OrdStatus.FIELD)).isEqualTo(OrdStatus.FILLED);
    }

    @Test
    void stopAndStopLimitOrdersTriggerWhenTheMarketReachesTheirStopPrice() throws Exception {
        client.send(stopOrder("S1", OrdType.STOP_STOP_LOSS, 100, null, "100.40"));
        client.send(stopOrder("SL1", OrdType.STOP_LIMIT, 100, "100.45", "100.40"));
        Message accepted = awaitReports("SL1", ExecType.NEW, 1).get(0);
        assertThat(accepted.getDecimal(StopPx.FIELD)).isEqualByComparingTo("100.40");
        assertThat(accepted.getDecimal(Price.FIELD)).isEqualByComparingTo("100.45");
        assertThat(accepted.getChar(OrdType.FIELD)).isEqualTo(OrdType.STOP_LIMIT);
        market.advanceSeconds(5);
        assertThat(status("S1").getChar(OrdStatus.FIELD)).isEqualTo(OrdStatus.NEW);

        market.advanceSeconds(1);
        // the stop becomes a market order at 100.50 and pays the ask; the stop limit's 100.45 is below the ask
        assertThat(fill(awaitReports("S1", ExecType.TRADE, 1).get(0))).isEqualTo(List.of("100", "100.51", "1.00"));
        assertThat(status("SL1").getChar(OrdStatus.FIELD)).isEqualTo(OrdStatus.NEW);

        market.advanceSeconds(1);
        // the market trades at 100.20, through the stop limit's limit
        assertThat(fill(awaitReports("SL1", ExecType.TRADE, 1).get(0))).isEqualTo(List.of("100", "100.45", "1.00"));
    }

    @Test
    void aReplaceMovesTheStopPriceOfAStopThatHasNotTriggeredYet() throws Exception {
        client.send(stopOrder("S2", OrdType.STOP_STOP_LOSS, 100, null, "100.60"));
        client.send(stopOrder("SL2", OrdType.STOP_LIMIT, 100, "100.45", "100.40"));
        awaitReports("SL2", ExecType.NEW, 1);
        market.advanceSeconds(5);

        client.send(stopReplace("S3", "S2", OrdType.STOP_STOP_LOSS, null, "100.40"));
        Message replaced = awaitReports("S3", ExecType.REPLACED, 1).get(0);
        assertThat(replaced.getDecimal(StopPx.FIELD)).isEqualByComparingTo("100.40");
        market.advanceSeconds(1);
        // the market trades at 100.50: through the new stop, not the old one
        assertThat(fill(awaitReports("S3", ExecType.TRADE, 1).get(0))).isEqualTo(List.of("100", "100.51", "1.00"));

        // the stop limit triggered at 100.50 too but rests at its limit: its stop can no longer move
        client.send(stopReplace("SL3", "SL2", OrdType.STOP_LIMIT, "100.45", "100.55"));
        Message refused = client.awaitMessage(FixFields.cancelReject("SL3"), TIMEOUT);
        assertThat(FixFields.text(refused, Text.FIELD)).contains("already reached");
        assertThat(status("SL2").getDecimal(StopPx.FIELD)).isEqualByComparingTo("100.40");
    }

    @Test
    void aStopPriceOnAReplaceOfALimitOrderIsRefused() throws Exception {
        client.send(order("L2", Side.BUY, OrdType.LIMIT, 100, "99.00", TimeInForce.DAY));
        awaitReports("L2", ExecType.NEW, 1);

        client.send(stopReplace("L3", "L2", OrdType.LIMIT, "99.00", "98.00"));

        Message refused = client.awaitMessage(FixFields.cancelReject("L3"), TIMEOUT);
        assertThat(FixFields.text(refused, Text.FIELD)).isEqualTo(
                "StopPx applies only to stop orders; this is a LIMIT order");
        assertThat(status("L2").getChar(OrdStatus.FIELD)).isEqualTo(OrdStatus.NEW);
    }

    private Message stopReplace(String clOrdId, String origClOrdId, char ordType, String limit, String stop) {
        Message message = orders.replace(clOrdId, origClOrdId, "AAPL", Side.BUY, ordType, null,
                limit == null ? null : new BigDecimal(limit));
        message.setDecimal(StopPx.FIELD, new BigDecimal(stop));
        return message;
    }

    @Test
    void immediateOrCancelTakesWhatTheStepOffersAndCancelsTheRest() throws Exception {
        client.send(order("I1", Side.BUY, OrdType.MARKET, 800, null, TimeInForce.IMMEDIATE_OR_CANCEL));

        Message canceled = awaitReports("I1", ExecType.CANCELED, 1).get(0);
        assertThat(reports("I1", ExecType.TRADE)).extracting(MovingMarketOrdersFixTest::fill)
                .containsExactly(List.of("500", "100.01", "5.00"));
        assertThat(canceled.getDecimal(CumQty.FIELD)).isEqualByComparingTo("500");
        assertThat(canceled.getDecimal(LeavesQty.FIELD)).isEqualByComparingTo("0");
    }

    @Test
    void fillOrKillFillsInFullOrNotAtAll() throws Exception {
        client.send(order("F1", Side.BUY, OrdType.MARKET, 800, null, TimeInForce.FILL_OR_KILL));
        Message killed = awaitReports("F1", ExecType.CANCELED, 1).get(0);
        assertThat(killed.getDecimal(CumQty.FIELD)).isEqualByComparingTo("0");
        assertThat(reports("F1", ExecType.TRADE)).isEmpty();

        client.send(order("F2", Side.BUY, OrdType.MARKET, 400, null, TimeInForce.FILL_OR_KILL));
        Message filled = awaitReports("F2", ExecType.TRADE, 1).get(0);
        assertThat(fill(filled)).isEqualTo(List.of("400", "100.01", "4.00"));
        assertThat(filled.getChar(OrdStatus.FIELD)).isEqualTo(OrdStatus.FILLED);
    }

    @Test
    void dayOrdersExpireAtTheCloseGoodTillCancelStaysAndNewOrdersAreRefusedWhileClosed() throws Exception {
        client.send(order("D1", Side.BUY, OrdType.LIMIT, 100, "90.00", TimeInForce.DAY));
        client.send(order("G1", Side.BUY, OrdType.LIMIT, 100, "90.00", TimeInForce.GOOD_TILL_CANCEL));
        awaitReports("G1", ExecType.NEW, 1);

        market.advanceSeconds(60);

        Message expired = awaitReports("D1", ExecType.EXPIRED, 1).get(0);
        assertThat(expired.getChar(OrdStatus.FIELD)).isEqualTo(OrdStatus.EXPIRED);
        assertThat(FixFields.text(expired, TransactTime.FIELD)).isEqualTo("20261124-15:01:00.000");
        assertThat(status("G1").getChar(OrdStatus.FIELD)).isEqualTo(OrdStatus.NEW);

        client.send(order("C1", Side.BUY, OrdType.MARKET, 100, null, TimeInForce.DAY));
        Message rejected = awaitReports("C1", ExecType.REJECTED, 1).get(0);
        assertThat(rejected.getInt(OrdRejReason.FIELD)).isEqualTo(OrdRejReason.EXCHANGE_CLOSED);
        assertThat(FixFields.text(rejected, Text.FIELD)).isEqualTo("Market closed for AAPL: trading hours "
                + "09:30-10:01 America/New_York, market time 2026-11-24T15:01:00Z");
        // a static quote keeps no hours
        client.send(orders.newOrderSingle("IBM1", "IBM", Side.BUY, OrdType.MARKET, 100, null, null));
        assertThat(awaitReports("IBM1", ExecType.TRADE, 1).get(0).getDecimal(LastPx.FIELD))
                .isEqualByComparingTo("221.50");
    }

    @Test
    void aReplaceCannotReduceBelowTheFilledQuantityButCanAmendQuantityAndPrice() throws Exception {
        client.send(order("R1", Side.SELL, OrdType.LIMIT, 1_000, "100.30", TimeInForce.GOOD_TILL_CANCEL));
        awaitReports("R1", ExecType.NEW, 1);
        market.advanceSeconds(6);
        awaitReports("R1", ExecType.TRADE, 1);

        client.send(orders.replace("R2", "R1", "AAPL", Side.SELL, OrdType.LIMIT, new BigDecimal("400"), null));
        Message refused = client.awaitMessage(FixFields.cancelReject("R2"), TIMEOUT);
        assertThat(refused.getChar(CxlRejResponseTo.FIELD)).isEqualTo(CxlRejResponseTo.ORDER_CANCEL_REPLACE_REQUEST);
        assertThat(FixFields.text(refused, Text.FIELD)).isEqualTo("OrderQty 400 must exceed CumQty 500");

        client.send(orders.replace("R3", "R1", "AAPL", Side.SELL, OrdType.LIMIT, new BigDecimal("800"),
                new BigDecimal("100.25")));
        Message replaced = awaitReports("R3", ExecType.REPLACED, 1).get(0);
        assertThat(FixFields.text(replaced, OrigClOrdID.FIELD)).isEqualTo("R1");
        assertThat(replaced.getDecimal(OrderQty.FIELD)).isEqualByComparingTo("800");
        assertThat(replaced.getDecimal(Price.FIELD)).isEqualByComparingTo("100.25");
        assertThat(replaced.getDecimal(CumQty.FIELD)).isEqualByComparingTo("500");
        assertThat(replaced.getDecimal(LeavesQty.FIELD)).isEqualByComparingTo("300");

        client.send(orders.cancel("R4", "R3", "AAPL", Side.SELL));
        Message canceled = awaitReports("R4", ExecType.CANCELED, 1).get(0);
        assertThat(canceled.getDecimal(CumQty.FIELD)).isEqualByComparingTo("500");
        // canceled orders no longer trade, even when the market trades through their price
        market.advanceSeconds(1);
        Message status = status("R4");
        assertThat(status.getChar(OrdStatus.FIELD)).isEqualTo(OrdStatus.CANCELED);
        assertThat(status.getDecimal(CumQty.FIELD)).isEqualByComparingTo("500");
        assertThat(reports("R3", ExecType.TRADE)).isEmpty();
    }

    @Test
    void aReplacedPriceThatCrossesTheMarketFillsAtOnce() throws Exception {
        client.send(order("P1", Side.BUY, OrdType.LIMIT, 200, "99.00", TimeInForce.DAY));
        awaitReports("P1", ExecType.NEW, 1);

        client.send(orders.replace("P2", "P1", "AAPL", Side.BUY, OrdType.LIMIT, null, new BigDecimal("100.05")));

        Message fill = awaitReports("P2", ExecType.TRADE, 1).get(0);
        assertThat(fill(fill)).isEqualTo(List.of("200", "100.01", "2.00"));
        assertThat(client.received()).extracting(message -> FixFields.text(message, ExecType.FIELD),
                        message -> FixFields.text(message, quickfix.field.ClOrdID.FIELD))
                .containsSubsequence(tuple("5", "P2"), tuple("F", "P2"));
    }
}
