package fixgw.gateway.store;

import fixgw.gateway.order.NewOrderRequest;
import fixgw.gateway.order.OrderType;
import fixgw.gateway.order.ParentOrder;
import fixgw.gateway.order.ParentOrderState;
import fixgw.gateway.order.Side;
import fixgw.gateway.order.TimeInForce;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MapDbStateStoreTest {

    @TempDir
    Path dir;

    private static ParentOrder order(String orderId, String clOrdId) {
        return new ParentOrder(orderId, new NewOrderRequest("CLIENT1", clOrdId, "AAPL", Side.BUY, OrderType.LIMIT,
                TimeInForce.DAY, 100, new BigDecimal("190.01"), null, 0));
    }

    @Test
    void keepsCommittedOrdersAcrossReopen() {
        ParentOrder first = order("G-1", "C1");
        ParentOrder second = order("G-2", "C2");
        try (MapDbStateStore store = new MapDbStateStore(dir, Durability.PROCESS)) {
            store.changed(first);
            store.changed(second);
            store.commit();
            first.fill(40, new BigDecimal("190.00"));
            store.changed(first);
            store.commit();
        }

        try (MapDbStateStore reopened = new MapDbStateStore(dir, Durability.PROCESS)) {
            List<ParentOrderState> states = reopened.loadAll();
            assertThat(states).containsExactlyInAnyOrder(first.state(), second.state());
        }
    }

    @Test
    void storesNothingStagedUntilCommit() {
        ParentOrder committed = order("G-1", "C1");
        try (MapDbStateStore store = new MapDbStateStore(dir, Durability.DISK)) {
            store.changed(committed);
            store.commit();
            store.changed(order("G-2", "C2"));
            // closed without commit: the staged order is not stored
        }

        try (MapDbStateStore reopened = new MapDbStateStore(dir, Durability.DISK)) {
            assertThat(reopened.loadAll()).containsExactly(committed.state());
        }
    }

    @Test
    void refusesACorruptFileInsteadOfStartingEmpty() throws IOException {
        Path file = dir.resolve("orders.db");
        Files.write(file, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16});

        assertThatThrownBy(() -> new MapDbStateStore(dir, Durability.PROCESS))
                .isInstanceOf(UnreadableStoreException.class)
                .hasMessageContaining(file.toString());
        assertThat(Files.size(file)).isEqualTo(16);
    }
}
