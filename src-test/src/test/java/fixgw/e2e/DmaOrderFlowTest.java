package fixgw.e2e;

import fixgw.simulator.client.FixClient;
import fixgw.simulator.client.FixFields;
import fixgw.simulator.client.OrderMessages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import quickfix.Message;
import quickfix.field.ExecType;
import quickfix.field.OrdType;
import quickfix.field.Side;
import quickfix.field.TimeInForce;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static fixgw.e2e.FixAssertions.assertFields;
import static fixgw.e2e.FixAssertions.fields;
import static fixgw.e2e.FixAssertions.text;
import static fixgw.e2e.GatewayStack.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * DMA orders through the real stack: a FIX client, the gateway, the simulator broker (quotes AAPL 189.98/190.02
 * x500, MSFT 419.95/420.05 x300, IBM 221.40/221.50 x1000), asserting the exact ExecutionReports the client gets.
 */
class DmaOrderFlowTest {

    private static GatewayStack stack;
    private static FixClient client;
    private static final OrderMessages ORDERS = new OrderMessages(Clock.systemUTC());

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

    private static Message await(String clOrdId, char execType) throws InterruptedException {
        return client.awaitMessage(FixFields.executionReport(clOrdId, execType), TIMEOUT);
    }

    @Test
    void marketOrderIsAcknowledgedThenFilledAtTheAsk() throws Exception {
        client.send(ORDERS.newOrderSingle("MKT-1", "AAPL", Side.BUY, OrdType.MARKET, 100, null, null));

        Message ack = await("MKT-1", ExecType.NEW);
        assertFields(ack, fields(35, "8", 11, "MKT-1", 150, "0", 39, "0", 55, "AAPL", 54, "1", 40, "1", 38, "100",
                32, "0", 31, "0", 14, "0", 151, "100", 6, "0", 59, "0"));
        assertThat(text(ack, 37)).startsWith("G");
        assertThat(text(ack, 60)).matches("\\d{8}-\\d{2}:\\d{2}:\\d{2}\\.\\d{3}");

        Message fill = await("MKT-1", ExecType.TRADE);
        assertFields(fill, fields(11, "MKT-1", 37, text(ack, 37), 150, "F", 39, "2", 32, "100", 31, "190.02",
                14, "100", 151, "0", 6, "190.02"));
        assertThat(text(fill, 17)).isNotEqualTo(text(ack, 17));
    }

    @Test
    void orderLargerThanTheQuoteFillsInPartialFillsThatRollUp() throws Exception {
        client.send(ORDERS.newOrderSingle("MKT-2", "MSFT", Side.SELL, OrdType.MARKET, 750, null, null));

        await("MKT-2", ExecType.NEW);
        client.awaitMessage(FixFields.executionReport("MKT-2", ExecType.TRADE)
                .and(m -> text(m, 39).equals("2")), TIMEOUT);
        List<Message> fills = client.received().stream()
                .filter(FixFields.executionReport("MKT-2", ExecType.TRADE)).toList();
        assertThat(fills).hasSize(3);
        assertFields(fills.get(0), fields(39, "1", 32, "300", 31, "419.95", 14, "300", 151, "450", 6, "419.95"));
        assertFields(fills.get(1), fields(39, "1", 32, "300", 14, "600", 151, "150"));
        assertFields(fills.get(2), fields(39, "2", 32, "150", 14, "750", 151, "0", 6, "419.95"));
        Set<String> execIds = new HashSet<>();
        fills.forEach(f -> execIds.add(text(f, 17)));
        assertThat(execIds).hasSize(3);
    }

    @Test
    void marketableLimitFillsAtTheQuoteNotItsLimit() throws Exception {
        client.send(ORDERS.newOrderSingle("LMT-1", "IBM", Side.BUY, OrdType.LIMIT, 200, new BigDecimal("221.55"),
                TimeInForce.DAY));

        Message fill = await("LMT-1", ExecType.TRADE);
        assertFields(fill, fields(39, "2", 40, "2", 44, "221.55", 32, "200", 31, "221.50", 14, "200", 151, "0",
                6, "221.50"));
    }

    @Test
    void restingLimitIsCanceledThroughPendingCancel() throws Exception {
        client.send(ORDERS.newOrderSingle("LMT-2", "AAPL", Side.BUY, OrdType.LIMIT, 100, new BigDecimal("185.00"),
                TimeInForce.GOOD_TILL_CANCEL));
        Message ack = await("LMT-2", ExecType.NEW);
        assertFields(ack, fields(39, "0", 44, "185", 59, "1", 151, "100"));

        client.send(ORDERS.cancel("LMT-2C", "LMT-2", "AAPL", Side.BUY));

        Message pending = await("LMT-2C", ExecType.PENDING_CANCEL);
        assertFields(pending, fields(41, "LMT-2", 39, "6", 37, text(ack, 37), 14, "0", 151, "100"));
        Message canceled = await("LMT-2C", ExecType.CANCELED);
        assertFields(canceled, fields(41, "LMT-2", 39, "4", 37, text(ack, 37), 14, "0", 151, "0", 6, "0"));
    }

    @Test
    void partiallyFilledLimitRestsAndKeepsItsFillsWhenCanceled() throws Exception {
        client.send(ORDERS.newOrderSingle("LMT-3", "AAPL", Side.BUY, OrdType.LIMIT, 800, new BigDecimal("190.05"),
                TimeInForce.DAY));
        Message partial = await("LMT-3", ExecType.TRADE);
        assertFields(partial, fields(39, "1", 32, "500", 31, "190.02", 14, "500", 151, "300", 6, "190.02"));

        client.send(ORDERS.statusRequest("LMT-3", "AAPL", Side.BUY));
        Message status = await("LMT-3", ExecType.ORDER_STATUS);
        assertFields(status, fields(39, "1", 14, "500", 151, "300", 6, "190.02", 38, "800"));

        client.send(ORDERS.cancel("LMT-3C", "LMT-3", "AAPL", Side.BUY));
        Message canceled = await("LMT-3C", ExecType.CANCELED);
        assertFields(canceled, fields(39, "4", 14, "500", 151, "0", 6, "190.02"));
    }

    @Test
    void replaceChangesQuantityAndPriceAndCanMakeTheOrderMarketable() throws Exception {
        client.send(ORDERS.newOrderSingle("RPL-1", "IBM", Side.SELL, OrdType.LIMIT, 100, new BigDecimal("225.00"),
                TimeInForce.DAY));
        Message ack = await("RPL-1", ExecType.NEW);

        client.send(ORDERS.replace("RPL-2", "RPL-1", "IBM", Side.SELL, OrdType.LIMIT, new BigDecimal("150"),
                new BigDecimal("224.00")));
        assertFields(await("RPL-2", ExecType.PENDING_REPLACE), fields(41, "RPL-1", 39, "E", 38, "100"));
        Message replaced = await("RPL-2", ExecType.REPLACED);
        assertFields(replaced, fields(41, "RPL-1", 37, text(ack, 37), 39, "0", 38, "150", 44, "224", 14, "0",
                151, "150"));

        client.send(ORDERS.replace("RPL-3", "RPL-2", "IBM", Side.SELL, OrdType.LIMIT, new BigDecimal("150"),
                new BigDecimal("221.40")));
        await("RPL-3", ExecType.REPLACED);
        Message fill = await("RPL-3", ExecType.TRADE);
        assertFields(fill, fields(39, "2", 32, "150", 31, "221.40", 14, "150", 151, "0", 44, "221.4"));
    }

    @Test
    void iocRemainderIsCanceledByTheBroker() throws Exception {
        client.send(ORDERS.newOrderSingle("IOC-1", "MSFT", Side.BUY, OrdType.LIMIT, 400, new BigDecimal("420.05"),
                TimeInForce.IMMEDIATE_OR_CANCEL));

        assertFields(await("IOC-1", ExecType.TRADE), fields(39, "1", 32, "300", 14, "300", 151, "100"));
        assertFields(await("IOC-1", ExecType.CANCELED), fields(39, "4", 14, "300", 151, "0", 6, "420.05"));
    }

    @Test
    void statusOfAnUnknownOrderSaysSo() throws Exception {
        client.send(ORDERS.statusRequest("NEVER-SENT", "AAPL", Side.BUY));

        Message status = await("NEVER-SENT", ExecType.ORDER_STATUS);
        assertFields(status, fields(39, "8", 37, "NONE"));
        assertThat(text(status, 58)).contains("unknown order");
    }

    @Test
    void aSessionSeesOnlyItsOwnOrders() throws Exception {
        client.send(ORDERS.newOrderSingle("OWN-1", "AAPL", Side.BUY, OrdType.LIMIT, 10, new BigDecimal("180"),
                null));
        await("OWN-1", ExecType.NEW);
        FixClient other = stack.client("CLIENT2");

        other.send(ORDERS.statusRequest("OWN-1", "AAPL", Side.BUY));
        assertFields(other.awaitMessage(FixFields.executionReport("OWN-1", ExecType.ORDER_STATUS), TIMEOUT),
                fields(39, "8"));

        // the same ClOrdID on another session is another order
        other.send(ORDERS.newOrderSingle("OWN-1", "AAPL", Side.BUY, OrdType.MARKET, 10, null, null));
        assertFields(other.awaitMessage(FixFields.executionReport("OWN-1", ExecType.TRADE), TIMEOUT),
                fields(39, "2", 14, "10"));
    }

    @Test
    void metricsShowTheJournalWritesAndTheAcknowledgementsAtProcessDurability() throws Exception {
        client.send(ORDERS.newOrderSingle("MET-1", "IBM", Side.BUY, OrdType.MARKET, 10, null, null));
        await("MET-1", ExecType.NEW);

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + stack.gateway().adminPort() + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(sample(response.body(), "fixgw_store_journal_write_seconds_count")).isPositive();
        assertThat(sample(response.body(), "fixgw_order_latency_seconds_count{leg=\"ack\",}")).isPositive();
    }

    /** The value of the sample named exactly {@code name} in a Prometheus text page. */
    private static double sample(String page, String name) {
        return page.lines().filter(line -> line.startsWith(name + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(name.length() + 1)))
                .orElseThrow(() -> new AssertionError(name + " not in the metrics"));
    }

    @Test
    void healthShowsEverySessionLoggedOn() {
        assertThat(stack.gateway().health().status()).isEqualTo("UP");
        assertThat(stack.gateway().health().sessions().get("clients")).containsEntry("CLIENT1", true);
        assertThat(stack.gateway().health().sessions().get("brokers")).containsEntry("SIM", true);
    }
}
