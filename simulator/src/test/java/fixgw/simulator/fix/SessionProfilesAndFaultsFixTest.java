package fixgw.simulator.fix;

import static fixgw.simulator.fix.MovingMarketSimulator.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fixgw.simulator.client.FixClient;
import fixgw.simulator.client.FixFields;
import fixgw.simulator.client.OrderMessages;
import fixgw.simulator.config.LiquidityConfig;
import fixgw.simulator.config.SessionProfileConfig;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quickfix.Message;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.field.ExecType;
import quickfix.field.LastQty;
import quickfix.field.OrdRejReason;
import quickfix.field.OrdStatus;
import quickfix.field.OrdType;
import quickfix.field.Side;
import quickfix.field.Text;
import quickfix.field.TimeInForce;

/**
 * Several broker sessions with their own profiles (fill parameters, ack latency, reject probability) and faults
 * switched while running from the simulator's admin endpoint, over real FIX sessions and real HTTP.
 */
class SessionProfilesAndFaultsFixTest {
    private static final Duration ACK_LATENCY = Duration.ofMillis(300);

    @TempDir
    Path directory;

    private MovingMarketSimulator market;
    private FixClient direct;
    private OrderMessages orders;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        market = MovingMarketSimulator.onBars(directory, List.of(
                new SessionProfileConfig("DIRECT", null, null, null,
                        new LiquidityConfig(new BigDecimal("0.1"), BigDecimal.ZERO)),
                new SessionProfileConfig("SLOW", ACK_LATENCY.toMillis(), null, null, null),
                new SessionProfileConfig("FLAKY", null, new BigDecimal("0.5"), 3L, null)));
        direct = market.client;
        orders = new OrderMessages(market.clock);
    }

    @AfterEach
    void stop() {
        if (market != null) {
            market.close();
        }
    }

    private Message marketOrder(String clOrdId, String symbol, long quantity) {
        return orders.newOrderSingle(clOrdId, symbol, Side.BUY, OrdType.MARKET, quantity, null, TimeInForce.DAY);
    }

    private HttpResponse<String> post(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + market.simulator.adminPort() + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + market.simulator.adminPort() + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void eachSessionFillsPerItsOwnLiquidityParameters() throws Exception {
        try (FixClient gateway = market.connect("GATEWAY")) {
            direct.send(marketOrder("D1", "AAPL", 1_200));
            gateway.send(marketOrder("G1", "AAPL", 1_200));

            Message directFill = direct.awaitMessage(FixFields.executionReport("D1", ExecType.TRADE), TIMEOUT);
            Message gatewayFill = gateway.awaitMessage(FixFields.executionReport("G1", ExecType.TRADE), TIMEOUT);

            // each session trades against its own copy of the market: 10% of the step for DIRECT, 50% by default
            assertThat(FixFields.text(directFill, LastQty.FIELD)).isEqualTo("100");
            assertThat(FixFields.text(gatewayFill, LastQty.FIELD)).isEqualTo("500");
        }
    }

    @Test
    void aSessionWithAckLatencyIsAnsweredNoSoonerThanItsLatency() throws Exception {
        try (FixClient slow = market.connect("SLOW")) {
            long sent = System.nanoTime();
            slow.send(marketOrder("S1", "IBM", 100));
            slow.awaitMessage(FixFields.executionReport("S1", ExecType.NEW), TIMEOUT);

            assertThat(Duration.ofNanos(System.nanoTime() - sent)).isGreaterThanOrEqualTo(ACK_LATENCY);
        }
    }

    @Test
    void aSessionWithARejectProbabilityRejectsSomeOrdersAndFillsTheOthers() throws Exception {
        try (FixClient flaky = market.connect("FLAKY")) {
            for (int i = 0; i < 20; i++) {
                flaky.send(marketOrder("F" + i, "IBM", 100));
            }
            await().atMost(TIMEOUT).until(() -> flaky.received().stream()
                    .filter(message -> FixFields.code(message, OrdStatus.FIELD) == OrdStatus.FILLED
                            || FixFields.code(message, OrdStatus.FIELD) == OrdStatus.REJECTED).count() == 20);

            List<Message> rejected = flaky.received().stream()
                    .filter(message -> FixFields.code(message, ExecType.FIELD) == ExecType.REJECTED).toList();
            assertThat(rejected).hasSizeBetween(1, 19);
            assertThat(rejected).allSatisfy(reject -> {
                assertThat(FixFields.text(reject, Text.FIELD)).isEqualTo("Simulated reject (rejectProbability 0.5)");
                assertThat(reject.getInt(OrdRejReason.FIELD)).isEqualTo(OrdRejReason.OTHER);
            });
        }
    }

    @Test
    void rejectEverythingIsSwitchedOnAndOffWhileRunning() throws Exception {
        HttpResponse<String> on = post("/sessions/DIRECT/faults?rejectAll=true");
        assertThat(on.statusCode()).isEqualTo(200);
        assertThat(on.body()).contains("\"rejectAll\":true");

        direct.send(marketOrder("R1", "IBM", 100));
        Message rejected = direct.awaitMessage(FixFields.executionReport("R1", ExecType.REJECTED), TIMEOUT);
        assertThat(FixFields.text(rejected, Text.FIELD)).isEqualTo("Simulated fault: this session rejects every order");

        assertThat(post("/sessions/DIRECT/faults?clear=true").body()).contains("\"rejectAll\":false");
        direct.send(marketOrder("R2", "IBM", 100));
        direct.awaitMessage(FixFields.executionReport("R2", ExecType.TRADE), TIMEOUT);
    }

    @Test
    void aSilentSessionAnswersNothingUntilSwitchedBack() throws Exception {
        post("/sessions/DIRECT/faults?silent=true");
        int q1 = Session.lookupSession(direct.sessionId()).getExpectedSenderNum();
        direct.send(marketOrder("Q1", "IBM", 100));
        // the simulator has taken Q1 in (and dropped it) before it is switched back, not after
        Session simulatorSide = Session.lookupSession(new SessionID("FIX.4.4", "SIM", "DIRECT"));
        await().atMost(TIMEOUT).until(() -> simulatorSide.getExpectedTargetNum() > q1);
        post("/sessions/DIRECT/faults?silent=false");

        // answered in order on the session: had Q1 reached the venue, its reports would come first
        direct.send(orders.statusRequest("Q1", "IBM", Side.BUY));
        Message status = direct.awaitMessage(FixFields.executionReport("Q1", ExecType.ORDER_STATUS), TIMEOUT);

        assertThat(FixFields.text(status, Text.FIELD)).isEqualTo("unknown order");
        assertThat(direct.received()).filteredOn(FixFields.executionReport("Q1")).containsExactly(status);
    }

    @Test
    void theConnectionDropsAfterTheGivenNumberOfOrders() throws Exception {
        assertThat(post("/sessions/DIRECT/faults?disconnectAfterOrders=2").body())
                .contains("\"disconnectAfterOrders\":2");

        direct.send(marketOrder("X1", "IBM", 100));
        direct.send(marketOrder("X2", "IBM", 100));

        direct.awaitMessage(FixFields.executionReport("X2", ExecType.TRADE), TIMEOUT);
        await().atMost(TIMEOUT).until(() -> direct.logouts() == 1);
        assertThat(get("/sessions").body()).contains("\"DIRECT\":{\"rejectAll\":false,\"silent\":false,"
                + "\"disconnectAfterOrders\":null,\"disconnects\":1}");
        // the fault fires once: after the client reconnects, orders are answered again
        await().atMost(TIMEOUT).until(direct::isLoggedOn);
        direct.send(marketOrder("X3", "IBM", 100));
        direct.awaitMessage(FixFields.executionReport("X3", ExecType.TRADE), TIMEOUT);
    }

    @Test
    void badAdminRequestsAreAnsweredWithTheirError() throws Exception {
        HttpResponse<String> badValue = post("/sessions/DIRECT/faults?rejectAll=maybe");
        assertThat(badValue.statusCode()).isEqualTo(400);
        assertThat(badValue.body()).isEqualTo("{\"error\":\"rejectAll must be true or false, was \\\"maybe\\\"\"}");

        HttpResponse<String> unknown = post("/sessions/NOBODY/faults?silent=true");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("no session with CompID NOBODY");
    }
}
