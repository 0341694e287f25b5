package fixgw.simulator.fix;

import static fixgw.simulator.fix.MovingMarketSimulator.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fixgw.simulator.client.FixFields;
import fixgw.simulator.client.OrderMessages;
import fixgw.simulator.ledger.LedgerEntry;
import java.util.List;
import org.junit.jupiter.api.Test;
import quickfix.field.ExecType;
import quickfix.field.OrdType;
import quickfix.field.Side;
import quickfix.field.TimeInForce;

/** A random-walk market with the same seed gives the same executions; another seed does not. */
class SameSeedExecutionsFixTest {
    private static final long ORDER_QUANTITY = 3_000;

    /** A large market order, then ten market steps: the executions the simulator made. */
    private static List<String> executionsWithSeed(long seed) throws Exception {
        try (MovingMarketSimulator market = MovingMarketSimulator.onRandomWalk(seed)) {
            OrderMessages orders = new OrderMessages(market.clock);
            market.client.send(orders.newOrderSingle("M1", "AAPL", Side.BUY, OrdType.MARKET, ORDER_QUANTITY, null,
                    TimeInForce.DAY));
            // market time moves only once the order is in: it arrives in the same step every run
            market.client.awaitMessage(FixFields.executionReport("M1", ExecType.NEW), TIMEOUT);
            market.advanceSeconds(10);
            await().atMost(TIMEOUT).until(() -> market.simulator.ledger().entries().stream()
                    .mapToLong(LedgerEntry::quantity).sum() == ORDER_QUANTITY);
            return market.simulator.ledger().entries().stream()
                    .map(entry -> entry.time() + " " + entry.quantity() + " @ " + entry.price().toPlainString()
                            + " commission " + entry.commission().toPlainString())
                    .toList();
        }
    }

    @Test
    void theSameSeedGivesTheSameExecutionsAndAnotherSeedOthers() throws Exception {
        List<String> first = executionsWithSeed(7);
        List<String> again = executionsWithSeed(7);
        List<String> otherSeed = executionsWithSeed(8);

        assertThat(first).hasSizeGreaterThan(1);
        assertThat(again).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
    }
}
