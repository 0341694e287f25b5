package fixgw.gateway.store;

import fixgw.gateway.order.NewOrderRequest;
import fixgw.gateway.order.OrderType;
import fixgw.gateway.order.ParentOrder;
import fixgw.gateway.order.Side;
import fixgw.gateway.order.TimeInForce;

import java.math.BigDecimal;
import java.nio.file.Path;

/**
 * Run in a separate JVM by {@link MapDbStateStoreCrashTest}: commits orders one batch at a time, prints the number
 * of each committed batch, and dies like a SIGKILL (no close, no shutdown hooks) right after the last commit.
 */
public final class CommitThenHalt {

    private CommitThenHalt() {
    }

    public static void main(String[] args) {
        Path directory = Path.of(args[0]);
        Durability durability = Durability.valueOf(args[1]);
        int batches = Integer.parseInt(args[2]);
        MapDbStateStore store = new MapDbStateStore(directory, durability);
        for (int i = 1; i <= batches; i++) {
            store.changed(new ParentOrder("G-" + i, new NewOrderRequest("CLIENT1", "C" + i, "AAPL", Side.BUY,
                    OrderType.LIMIT, TimeInForce.DAY, i, new BigDecimal("190.01"), null, 0)));
            store.commit();
            System.out.println("committed " + i);
        }
        System.out.flush();
        Runtime.getRuntime().halt(137);
    }
}
