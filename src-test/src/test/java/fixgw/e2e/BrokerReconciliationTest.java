package fixgw.e2e;

import fixgw.simulator.client.FixClient;
import fixgw.simulator.client.FixFields;
import fixgw.simulator.client.OrderMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import quickfix.Message;
import quickfix.field.ClOrdID;
import quickfix.field.ExecType;
import quickfix.field.OrdType;
import quickfix.field.Side;

import java.math.BigDecimal;
import java.time.Clock;

import static fixgw.e2e.FixAssertions.assertFields;
import static fixgw.e2e.FixAssertions.fields;
import static fixgw.e2e.FixAssertions.text;
import static fixgw.e2e.GatewayStack.BROKER;
import static fixgw.e2e.GatewayStack.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Reconciliation of open orders with the broker when the gateway's broker session logs on again. */
class BrokerReconciliationTest {

    private static final OrderMessages ORDERS = new OrderMessages(Clock.systemUTC());
    private GatewayStack stack;
    private FixClient client;

    @BeforeEach
    void startStack() throws Exception {
        stack = GatewayStack.start();
        client = stack.client("CLIENT1");
    }

    @AfterEach
    void stopStack() {
        stack.close();
    }

    @Test
    void aWorkingOrderTheRestartedBrokerForgotIsReportedCanceledWithAClearText() throws Exception {
        client.send(ORDERS.newOrderSingle("DONE-1", "AAPL", Side.BUY, OrdType.MARKET, 100, null, null));
        client.awaitMessage(FixFields.executionReport("DONE-1", ExecType.TRADE), TIMEOUT);
        // below the simulator's AAPL bid: rests at the broker
        client.send(ORDERS.newOrderSingle("REST-1", "AAPL", Side.BUY, OrdType.LIMIT, 100, new BigDecimal("180"),
                null));
        client.awaitMessage(FixFields.executionReport("REST-1", ExecType.NEW), TIMEOUT);

        stack.stopSimulator();
        await().atMost(TIMEOUT).until(() -> !stack.gateway().isRoutingTo(BROKER));
        stack.restartSimulator();

        Message canceled = client.awaitMessage(FixFields.executionReport("REST-1", ExecType.CANCELED), TIMEOUT);
        assertFields(canceled, fields(39, "4", 38, "100", 14, "0", 151, "0"));
        assertThat(text(canceled, 58)).isEqualTo("canceled by broker SIM: order no longer known to broker");

        client.send(ORDERS.statusRequest("REST-1", "AAPL", Side.BUY));
        Message status = client.awaitMessage(FixFields.executionReport("REST-1", ExecType.ORDER_STATUS), TIMEOUT);
        assertFields(status, fields(39, "4", 14, "0", 151, "0"));
        assertThat(client.received()).as("the filled order is not reconciled again")
                .filteredOn(message -> "DONE-1".equals(message.getOptionalString(ClOrdID.FIELD).orElse(null)))
                .hasSize(2);
    }
}
