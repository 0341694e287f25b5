package fixgw.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import fixgw.e2e.OrderFlow.SentOrder;
import fixgw.simulator.Simulator;
import fixgw.simulator.client.FixClient;
import fixgw.simulator.client.FixClientSettings;
import fixgw.simulator.client.FixFields;
import fixgw.simulator.client.OrderMessages;
import fixgw.simulator.config.SimulatorConfig;
import fixgw.simulator.ledger.LedgerEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import quickfix.Message;
import quickfix.field.ClOrdID;
import quickfix.field.ExecType;
import quickfix.field.MsgType;
import quickfix.field.Side;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static fixgw.e2e.GatewayStack.BROKER;
import static fixgw.e2e.GatewayStack.INSTRUMENTS;
import static fixgw.e2e.GatewayStack.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gateway as its own process under a steady order flow from CLIENT1, killed with SIGKILL at several points and
 * restarted on the same data directory. The simulator (in this JVM) keeps running throughout and its ledger is the
 * broker's statement the gateway's books are checked against once the flow has stopped and every open order is
 * canceled.
 */
class GatewayCrashTest {

    private static final String CLIENT = "CLIENT1";
    /** The gateway's CompID: the simulator's ledger names its counterparty by it. */
    private static final String GATEWAY = "GATEWAY";
    /** A gateway JVM starting on a busy 2-core machine: seconds, more under load. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration PACE = Duration.ofMillis(8);
    private static final int ACKNOWLEDGEMENTS_BETWEEN_KILLS = 25;
    private static final int BURST = 30;
    /** IBM is quoted 1,000 a side: the simulator fills this in 20 partial fills. */
    private static final long LARGE_QUANTITY = 20_000;

    private final OrderMessages messages = new OrderMessages(Clock.systemUTC());
    private final AtomicInteger settleCancels = new AtomicInteger();
    private Simulator simulator;
    private GatewayProcess gateway;
    private FixClient client;
    private OrderFlow flow;

    @BeforeEach
    void start() throws Exception {
        simulator = Simulator.start(SimulatorConfig.onPort(FreePorts.next()));
        gateway = GatewayProcess.start(BROKER, simulator.port(), INSTRUMENTS, START_TIMEOUT);
        client = FixClient.connect(FixClientSettings.of("127.0.0.1", gateway.clientPort(), CLIENT, GATEWAY),
                TIMEOUT);
        flow = new OrderFlow(client, 42);
    }

    @AfterEach
    void stop() throws Exception {
        if (flow != null) {
            flow.close();
        }
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
    void gatewayKilledUnderLoadLosesNoAcknowledgedOrderAndCountsEveryFillOnce() throws Throwable {
        withGatewayLog(() -> {
            flow.start(PACE);

            awaitMoreAcknowledgements();
            killAndRestart(); // anywhere in the steady flow: orders, fills and cancels on the way

            awaitMoreAcknowledgements();
            flow.burst(BURST);
            killAndRestart(); // some of the burst are committed but not routed, or routed but not acknowledged

            awaitMoreAcknowledgements();
            int before = client.receivedCount();
            String large = flow.sendLargeOrder("IBM", Side.BUY, LARGE_QUANTITY);
            client.awaitMessage(before, FixFields.executionReport(large, ExecType.TRADE), TIMEOUT);
            killAndRestart(); // while the broker's partial fills of the large order arrive

            awaitMoreAcknowledgements();
            flow.close();
            Map<String, GatewayOrderStatus> statuses = settleEveryOrder();
            BrokerLedger ledger = new BrokerLedger(simulator.ledger().entries(), GATEWAY);

            assertAcknowledgedOrdersExistAndAreFinal(statuses);
            assertUnacknowledgedOrdersNeverReachedTheBrokerOrAreFinal(statuses, ledger);
            assertEveryFillCountedOnce(statuses, ledger);
            assertPositionsEqualTheLedger(ledger);
            assertClientViewMatchesGateway(statuses);
        });
    }

    // ---- steps

    private void awaitMoreAcknowledgements() {
        int target = flow.acknowledgedCount() + ACKNOWLEDGEMENTS_BETWEEN_KILLS;
        await("client acknowledgements up to " + target).atMost(START_TIMEOUT)
                .until(() -> flow.acknowledgedCount() >= target);
    }

    private void killAndRestart() throws Exception {
        gateway.kill();
        gateway.restart(START_TIMEOUT);
    }

    /**
     * Asks the gateway for the status of every order the flow tried to send, canceling those still working, until
     * each is final or unknown to the gateway (it never took it). An order that stays open fails the test here.
     *
     * @return the gateway's last answer per client ClOrdID
     */
    private Map<String, GatewayOrderStatus> settleEveryOrder() {
        Map<String, GatewayOrderStatus> settled = new HashMap<>();
        await("every order final or unknown at the gateway").atMost(TIMEOUT).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    List<String> open = new ArrayList<>();
                    for (SentOrder order : flow.sent()) {
                        if (settled.containsKey(order.clOrdId())) {
                            continue;
                        }
                        GatewayOrderStatus status = queryStatus(order);
                        if (!status.isKnown() || status.isFinal()) {
                            settled.put(order.clOrdId(), status);
                            continue;
                        }
                        if (status.isCancelable()) {
                            cancel(order);
                        }
                        open.add(order.clOrdId() + " " + status);
                    }
                    assertThat(open).as("orders still open at the gateway after canceling them").isEmpty();
                });
        return settled;
    }

    private GatewayOrderStatus queryStatus(SentOrder order) throws InterruptedException {
        int before = client.receivedCount();
        client.send(messages.statusRequest(order.clOrdId(), order.symbol(), order.side()));
        Message answer = client.awaitMessage(before, message -> isStatusAnswer(message)
                && flow.orderOf(FixFields.text(message, ClOrdID.FIELD)).filter(order::equals).isPresent(), TIMEOUT);
        return GatewayOrderStatus.of(answer);
    }

    private void cancel(SentOrder order) {
        String cancelId = "Z" + settleCancels.incrementAndGet() + "-" + order.clOrdId();
        flow.recordCancel(cancelId, order.clOrdId());
        client.send(messages.cancel(cancelId, order.clOrdId(), order.symbol(), order.side()));
    }

    // ---- the properties

    /** Persisted before acknowledged, and recovered: an order the client saw acknowledged is never lost. */
    private void assertAcknowledgedOrdersExistAndAreFinal(Map<String, GatewayOrderStatus> statuses) {
        List<String> lost = flow.sent().stream()
                .filter(order -> flow.wasAcknowledged(order.clOrdId()))
                .filter(order -> !statuses.get(order.clOrdId()).isKnown()
                        || !statuses.get(order.clOrdId()).isFinal())
                .map(order -> order.clOrdId() + " " + statuses.get(order.clOrdId()))
                .toList();
        assertThat(flow.acknowledgedCount()).as("acknowledged orders").isGreaterThan(3
                * ACKNOWLEDGEMENTS_BETWEEN_KILLS);
        assertThat(lost).as("orders the client saw acknowledged that the gateway no longer knows or left open").isEmpty();
    }

    /**
     * An order the client never saw acknowledged may be lost only if the broker never executed it: every execution
     * in the broker's ledger belongs to an order the gateway knows.
     */
    private void assertUnacknowledgedOrdersNeverReachedTheBrokerOrAreFinal(Map<String, GatewayOrderStatus> statuses,
                                                                          BrokerLedger ledger) {
        Set<String> knownOrderIds = statuses.values().stream().filter(GatewayOrderStatus::isKnown)
                .map(GatewayOrderStatus::orderId).collect(Collectors.toSet());
        List<LedgerEntry> orphans = ledger.entries().stream()
                .filter(entry -> !knownOrderIds.contains(BrokerLedger.gatewayOrderIdOf(entry))).toList();
        assertThat(orphans).as("broker executions of orders the gateway does not know").isEmpty();
        List<String> open = statuses.entrySet().stream()
                .filter(entry -> entry.getValue().isKnown() && !entry.getValue().isFinal())
                .map(entry -> entry.getKey() + " " + entry.getValue()).toList();
        assertThat(open).as("orders left open or unknown").isEmpty();
    }

    /** The gateway's CumQty of each order equals what the broker executed for it: no fill lost, none twice. */
    private void assertEveryFillCountedOnce(Map<String, GatewayOrderStatus> statuses, BrokerLedger ledger) {
        List<String> wrong = new ArrayList<>();
        statuses.forEach((clOrdId, status) -> {
            if (status.isKnown() && status.cumQty().compareTo(BigDecimal.valueOf(ledger.quantityOf(status.orderId())))
                    != 0) {
                wrong.add(clOrdId + " " + status + " broker executed " + ledger.quantityOf(status.orderId()));
            }
        });
        assertThat(ledger.entries()).as("broker executions").isNotEmpty();
        assertThat(wrong).as("orders whose CumQty differs from the broker's executions").isEmpty();
    }

    /** Positions survive the kills exactly: quantities and notionals per symbol and side equal the ledger's. */
    private void assertPositionsEqualTheLedger(BrokerLedger ledger) {
        List<JsonNode> positions = gateway.positions();
        for (String symbol : INSTRUMENTS) {
            JsonNode position = positions.stream()
                    .filter(node -> node.path("session").asText().equals(CLIENT)
                            && node.path("symbol").asText().equals(symbol))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + CLIENT + " position in " + symbol
                            + " in " + positions));
            String shown = symbol + " position " + position;
            assertThat(position.path("boughtQuantity").asLong()).as(shown).isEqualTo(ledger.quantity(symbol, true));
            assertThat(position.path("soldQuantity").asLong()).as(shown).isEqualTo(ledger.quantity(symbol, false));
            assertThat(position.path("boughtNotional").decimalValue()).as(shown)
                    .isEqualByComparingTo(ledger.notional(symbol, true));
            assertThat(position.path("soldNotional").decimalValue()).as(shown)
                    .isEqualByComparingTo(ledger.notional(symbol, false));
        }
    }

    /**
     * The last ExecutionReport the client received for each order agrees with the gateway's state (status, CumQty,
     * AvgPx). Sessions still start afresh at each logon, so reports sent while the client was disconnected are lost
     * to it: only orders whose final report reached the client are compared.
     */
    private void assertClientViewMatchesGateway(Map<String, GatewayOrderStatus> statuses) {
        Map<String, GatewayOrderStatus> lastReported = new HashMap<>();
        for (Message message : client.received()) {
            if (FixFields.msgType(message).equals(MsgType.EXECUTION_REPORT) && !isStatusAnswer(message)) {
                flow.orderOf(FixFields.text(message, ClOrdID.FIELD)).ifPresent(order ->
                        lastReported.put(order.clOrdId(), GatewayOrderStatus.of(message)));
            }
        }
        List<String> disagreeing = new ArrayList<>();
        int compared = 0;
        for (Map.Entry<String, GatewayOrderStatus> entry : lastReported.entrySet()) {
            if (!entry.getValue().isFinal()) {
                continue;
            }
            compared++;
            GatewayOrderStatus gatewayState = statuses.get(entry.getKey());
            if (!entry.getValue().agreesWith(gatewayState)) {
                disagreeing.add(entry.getKey() + " client saw " + entry.getValue() + ", gateway has " + gatewayState);
            }
        }
        assertThat(compared).as("orders whose final report the client received").isGreaterThan(
                ACKNOWLEDGEMENTS_BETWEEN_KILLS);
        assertThat(disagreeing).as("orders the client's last report shows differently from the gateway")
                .isEmpty();
    }

    // ---- helpers

    private static boolean isStatusAnswer(Message message) {
        return FixFields.msgType(message).equals(MsgType.EXECUTION_REPORT)
                && FixFields.code(message, ExecType.FIELD) == ExecType.ORDER_STATUS;
    }

    /** Adds the end of the gateway's log to whatever fails. */
    private void withGatewayLog(Executable steps) throws Throwable {
        try {
            steps.execute();
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError(e.getMessage() + gateway.describe(), e);
        }
    }
}
