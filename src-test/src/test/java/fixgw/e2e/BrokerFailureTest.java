package fixgw.e2e;

import fixgw.simulator.client.FixClient;
import fixgw.simulator.client.FixFields;
import fixgw.simulator.client.OrderMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import quickfix.Message;
import quickfix.field.ExecType;
import quickfix.field.OrdType;
import quickfix.field.Side;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import static fixgw.e2e.FixAssertions.assertFields;
import static fixgw.e2e.FixAssertions.fields;
import static fixgw.e2e.FixAssertions.text;
import static fixgw.e2e.GatewayStack.BROKER;
import static fixgw.e2e.GatewayStack.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A broker that rejects, and a broker that goes away and comes back. */
class BrokerFailureTest {

    private static final OrderMessages ORDERS = new OrderMessages(Clock.systemUTC());
    private GatewayStack stack;
    private FixClient client;

    @BeforeEach
    void startStack() throws Exception {
        // TSLA is tradable at the gateway but the simulator has no quote for it, so the broker rejects it
        stack = GatewayStack.start(List.of("AAPL", "MSFT", "IBM", "TSLA"));
        client = stack.client("CLIENT1");
    }

    @AfterEach
    void stopStack() {
        stack.close();
    }

    @Test
    void acknowledgesTheOrderThenPassesTheBrokersRejectOnWithItsReason() throws Exception {
        client.send(ORDERS.newOrderSingle("BRK-1", "TSLA", Side.BUY, OrdType.MARKET, 10, null, null));

        // the gateway's own acknowledgement comes first: FIX lets an acknowledged order go New -> Rejected
        Message ack = client.awaitMessage(FixFields.executionReport("BRK-1", ExecType.NEW), TIMEOUT);
        assertFields(ack, fields(39, "0", 14, "0", 151, "10"));
        Message reject = client.awaitMessage(FixFields.executionReport("BRK-1", ExecType.REJECTED), TIMEOUT);
        assertFields(reject, fields(39, "8", 103, "1", 55, "TSLA", 14, "0", 151, "0"));
        assertThat(text(reject, 37)).startsWith("G").isEqualTo(text(ack, 37));
        assertThat(text(reject, 58)).startsWith("broker SIM rejected the order");

        client.send(ORDERS.statusRequest("BRK-1", "TSLA", Side.BUY));
        Message status = client.awaitMessage(FixFields.executionReport("BRK-1", ExecType.ORDER_STATUS), TIMEOUT);
        assertFields(status, fields(39, "8", 151, "0"));
    }

    @Test
    void rejectsOrdersWhileTheBrokerIsDownAndRoutesAgainWhenItReturns() throws Exception {
        client.send(ORDERS.newOrderSingle("OUT-1", "AAPL", Side.BUY, OrdType.LIMIT, 100, new BigDecimal("180"),
                null));
        client.awaitMessage(FixFields.executionReport("OUT-1", ExecType.NEW), TIMEOUT);

        stack.stopSimulator();
        await().atMost(TIMEOUT).until(() -> !stack.gateway().isRoutingTo(BROKER));
        assertThat(stack.gateway().health().status()).isEqualTo("DEGRADED");

        client.send(ORDERS.newOrderSingle("OUT-2", "AAPL", Side.BUY, OrdType.MARKET, 100, null, null));
        Message reject = client.awaitMessage(FixFields.executionReport("OUT-2", ExecType.REJECTED), TIMEOUT);
        assertFields(reject, fields(39, "8", 103, "99"));
        assertThat(text(reject, 58)).isEqualTo("broker SIM is not logged on");

        client.send(ORDERS.cancel("OUT-1C", "OUT-1", "AAPL", Side.BUY));
        Message refused = client.awaitMessage(FixFields.cancelReject("OUT-1C"), TIMEOUT);
        assertFields(refused, fields(39, "0", 102, "99", 434, "1"));
        assertThat(text(refused, 58)).contains("not logged on");

        stack.restartSimulator();
        await().atMost(TIMEOUT).until(() -> stack.gateway().isRoutingTo(BROKER));
        assertThat(stack.gateway().health().status()).isEqualTo("UP");
        client.send(ORDERS.newOrderSingle("OUT-3", "AAPL", Side.BUY, OrdType.MARKET, 100, null, null));
        assertFields(client.awaitMessage(FixFields.executionReport("OUT-3", ExecType.TRADE), TIMEOUT),
                fields(39, "2", 14, "100"));
    }
}
