package fixgw.gateway.store;

import fixgw.gateway.engine.InboundPosition;
import fixgw.gateway.order.CancelReject;
import fixgw.gateway.order.CancelRejectReason;
import fixgw.gateway.order.NewOrderRequest;
import fixgw.gateway.order.OrderStatus;
import fixgw.gateway.order.OrderBook;
import fixgw.gateway.order.OrderType;
import fixgw.gateway.order.ParentOrder;
import fixgw.gateway.order.ParentOrderState;
import fixgw.gateway.order.Side;
import fixgw.gateway.order.TimeInForce;
import fixgw.gateway.position.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MapDbStateStoreTest {

    @TempDir
    Path dir;

    /** A new order as the engine makes it: indexed under its ClOrdID. */
    static ParentOrder order(String orderId, String clOrdId) {
        ParentOrder parent = new ParentOrder(orderId, new NewOrderRequest("CLIENT1", clOrdId, "AAPL", Side.BUY,
                OrderType.LIMIT, TimeInForce.DAY, 100, new BigDecimal("190.01"), null, 0));
        new OrderBook(10).add(parent);
        return parent;
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
            List<ParentOrderState> states = reopened.recover().liveOrders();
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
            assertThat(reopened.recover().liveOrders()).containsExactly(committed.state());
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

    @Test
    void keepsPositionsAndFindsFinishedOrdersByClOrdIdAfterReopen() {
        ParentOrder finished = order("G-1", "C1");
        finished.fill(100, new BigDecimal("190.00"));
        ParentOrder live = order("G-2", "C2");
        try (MapDbStateStore store = new MapDbStateStore(dir, Durability.PROCESS)) {
            store.changed(finished);
            store.changed(live);
            store.changed(Position.flat("CLIENT1", "AAPL").plus(Side.BUY, 100, new BigDecimal("190.00")));
            store.commit();
        }

        try (MapDbStateStore reopened = new MapDbStateStore(dir, Durability.PROCESS)) {
            assertThat(reopened.recover().liveOrders()).containsExactly(live.state());
            assertThat(reopened.findRetired("CLIENT1", "C1")).contains(finished.state());
            assertThat(reopened.findRetired("CLIENT2", "C1")).isEmpty();
            assertThat(reopened.findRetired("CLIENT1", "C9")).isEmpty();
            assertThat(reopened.recover().positions()).singleElement().satisfies(position -> {
                assertThat(position.boughtQuantity()).isEqualTo(100);
                assertThat(position.boughtNotional()).isEqualByComparingTo("19000.00");
            });
        }
    }

    @Test
    void recoversLiveOrdersAndPositionsTogether() {
        ParentOrder finished = order("G-1", "C1");
        finished.fill(100, new BigDecimal("190.00"));
        ParentOrder live = order("G-2", "C2");
        Position position = Position.flat("CLIENT1", "AAPL").plus(Side.BUY, 100, new BigDecimal("190.00"));
        try (MapDbStateStore store = new MapDbStateStore(dir, Durability.PROCESS)) {
            store.changed(finished);
            store.changed(live);
            store.changed(position);
            store.commit();
        }

        try (MapDbStateStore reopened = new MapDbStateStore(dir, Durability.PROCESS)) {
            MapDbStateStore.Recovered recovered = reopened.recover();
            assertThat(recovered.liveOrders()).containsExactly(live.state());
            assertThat(recovered.positions()).singleElement().satisfies(stored -> {
                assertThat(stored.session()).isEqualTo("CLIENT1");
                assertThat(stored.symbol()).isEqualTo("AAPL");
                assertThat(stored.boughtQuantity()).isEqualTo(100);
            });
        }
    }

    /** The live orders in the MapDB file itself, as a store opened on it now reads them. */
    /** Stores a live order G-0 (C0), then {@code finished} orders G-1 (C1) on, each committed on its own. */
    private static ParentOrder storeLiveThenFinished(MapDbStateStore store, int finished) {
        ParentOrder live = order("G-0", "C0");
        store.created(live);
        store.commit();
        for (int i = 1; i <= finished; i++) {
            storeFinished(store, "G-" + i, "C" + i);
        }
        return live;
    }

    /** A new order, filled in full, stored and committed on its own. */
    private static ParentOrder storeFinished(MapDbStateStore store, String orderId, String clOrdId) {
        ParentOrder finished = order(orderId, clOrdId);
        finished.fill(100, new BigDecimal("190.00"));
        store.created(finished);
        store.commit();
        return finished;
    }

    private static List<ParentOrderState> checkpointed(JournaledMap map) {
        map.checkpoint();
        return new MapDbStateStore(map, Integer.MAX_VALUE).recover().liveOrders();
    }

    @Test
    void keepsTheBoundAcrossManyChunksAndFindsWhatIsLeftAfterReopen() {
        int bound = 3 * OrderChunk.SIZE + 5;
        int orders = 10 * OrderChunk.SIZE + 7;
        List<ParentOrder> live = new ArrayList<>();
        try (JournaledMap map = MapDbStateStore.openMap(dir, Durability.PROCESS)) {
            MapDbStateStore store = new MapDbStateStore(map, bound);
            for (int i = 1; i <= orders; i++) {
                ParentOrder parent = order("G-" + i, "C" + i);
                if (i % 50 == 0) {
                    live.add(parent);
                } else {
                    parent.fill(100, new BigDecimal("190.00"));
                }
                store.created(parent);
                if (i % 3 == 0) {
                    store.commit(); // batches of several orders, as the engine makes them
                }
                if (i % 40 == 0) {
                    map.checkpoint();
                }
            }
            store.commit();

            assertThat(store.storedOrders()).isEqualTo(bound);
        }

        try (JournaledMap map = MapDbStateStore.openMap(dir, Durability.PROCESS)) {
            MapDbStateStore reopened = new MapDbStateStore(map, bound);

            assertThat(reopened.recover().liveOrders()).containsExactlyInAnyOrderElementsOf(
                    live.stream().map(ParentOrder::state).toList());
            assertThat(reopened.findRetired("CLIENT1", "C1")).isEmpty();
            assertThat(reopened.findRetired("CLIENT1", "C" + (orders - bound))).isEmpty();
            assertThat(reopened.findRetired("CLIENT1", "C" + (orders - bound + 1 + live.size()))).isPresent();
            assertThat(reopened.findRetired("CLIENT1", "C" + orders)).isPresent();
            assertThat(reopened.findRetired("CLIENT1", "C50")).map(ParentOrderState::orderId).contains("G-50");
        }
    }

    @Test
    void findsAnOrderByEveryClOrdIdItWasGivenAfterReopen() {
        OrderBook book = new OrderBook(10);
        ParentOrder replaced = new ParentOrder("G-1", new NewOrderRequest("CLIENT1", "C1", "AAPL", Side.BUY,
                OrderType.LIMIT, TimeInForce.DAY, 100, new BigDecimal("190.01"), null, 0));
        book.add(replaced);
        try (MapDbStateStore store = new MapDbStateStore(dir, Durability.PROCESS)) {
            store.created(replaced);
            store.commit();
            book.addClientAlias(replaced, "C1-R1");
            replaced.fill(100, new BigDecimal("190.00"));
            store.changed(replaced);
            store.commit();
            assertThat(store.storedOrders()).isEqualTo(1);
        }

        try (MapDbStateStore reopened = new MapDbStateStore(dir, Durability.PROCESS)) {
            assertThat(reopened.findRetired("CLIENT1", "C1")).contains(replaced.state());
            assertThat(reopened.findRetired("CLIENT1", "C1-R1")).contains(replaced.state());
            assertThat(reopened.storedOrders()).isEqualTo(1);
        }
    }

    @Test
    void removesTheOldestFinishedOrdersBeyondItsBoundAndKeepsLiveOnes() {
        try (JournaledMap map = MapDbStateStore.openMap(dir, Durability.PROCESS)) {
            MapDbStateStore store = new MapDbStateStore(map, 3);
            ParentOrder live = storeLiveThenFinished(store, 5);

            assertThat(store.storedOrders()).isEqualTo(3);
            assertThat(checkpointed(map)).containsExactly(live.state());
            assertThat(store.findRetired("CLIENT1", "C1")).isEmpty();
            assertThat(store.findRetired("CLIENT1", "C2")).isEmpty();
            assertThat(store.findRetired("CLIENT1", "C3")).isEmpty();
            assertThat(store.findRetired("CLIENT1", "C4")).isPresent();
            assertThat(store.findRetired("CLIENT1", "C5")).isPresent();
        }
    }

    @Test
    void updatesALiveOrderWhereTheBoundMovedItNotWhereItWasFirstStored() {
        try (JournaledMap map = MapDbStateStore.openMap(dir, Durability.PROCESS)) {
            MapDbStateStore store = new MapDbStateStore(map, 3);
            // the live order reaches the front of the line and moves to the back, twice
            ParentOrder live = storeLiveThenFinished(store, 7);
            live.fill(40, new BigDecimal("190.00"));
            store.changed(live);
            store.commit();

            assertThat(store.storedOrders()).isEqualTo(3);
            assertThat(store.findRetired("CLIENT1", "C0")).contains(live.state());
            assertThat(checkpointed(map)).containsExactly(live.state());
            assertThat(store.findRetired("CLIENT1", "C6")).as("stored with it and C7").isPresent();
            assertThat(store.findRetired("CLIENT1", "C5")).as("evicted").isEmpty();
        }
    }

    @Test
    void storesAnOrderChangedAfterTheBoundRemovedItAgainAtTheBack() {
        try (JournaledMap map = MapDbStateStore.openMap(dir, Durability.PROCESS)) {
            MapDbStateStore store = new MapDbStateStore(map, 3);
            List<ParentOrder> orders = new ArrayList<>();
            for (String name : List.of("F", "A", "B", "C")) { // F leaves the store with C
                orders.add(storeFinished(store, "G-" + name, name));
            }
            assertThat(store.findRetired("CLIENT1", "F")).isEmpty();

            store.changed(orders.get(0)); // a late change to an order the store no longer holds
            store.commit();

            assertThat(store.storedOrders()).isEqualTo(3);
            assertThat(store.findRetired("CLIENT1", "F")).contains(orders.get(0).state());
            assertThat(store.findRetired("CLIENT1", "A")).as("the oldest, made room for F").isEmpty();
            assertThat(store.findRetired("CLIENT1", "B")).isPresent();
            assertThat(store.findRetired("CLIENT1", "C")).isPresent();
        }
    }

    @Test
    void keepsTheLatestAppliedInboundPositionOfEachSessionAcrossReopen() {
        try (MapDbStateStore store = new MapDbStateStore(dir, Durability.PROCESS)) {
            store.applied("FIX.4.4:GATEWAY->CLIENT1", new InboundPosition(1_000, 5));
            store.applied("FIX.4.4:GATEWAY->CLIENT1", new InboundPosition(1_000, 6));
            store.commit(); // a batch that changed no order (a status request) still stores its position
            store.applied("FIX.4.4:GATEWAY->BROKER", new InboundPosition(2_000, 9));
            store.commit();
            store.applied("FIX.4.4:GATEWAY->CLIENT1", new InboundPosition(1_000, 7));
            // closed without commit: position 7 was never applied as far as the store knows
        }

        try (MapDbStateStore reopened = new MapDbStateStore(dir, Durability.PROCESS)) {
            assertThat(reopened.recover().inbound()).containsOnly(
                    Map.entry("FIX.4.4:GATEWAY->CLIENT1", new InboundPosition(1_000, 6)),
                    Map.entry("FIX.4.4:GATEWAY->BROKER", new InboundPosition(2_000, 9)));
        }
    }

    @Test
    void keepsTheClientMessagesOfTheLastBatchThatSentAnyAcrossReopen() {
        CancelReject first = new CancelReject("CLIENT1", "G-1", "C2", "C1", OrderStatus.NEW, false,
                CancelRejectReason.TOO_LATE_TO_CANCEL, null, Instant.EPOCH);
        CancelReject second = new CancelReject("CLIENT1", "G-1", "C3", "C1", OrderStatus.NEW, true,
                CancelRejectReason.ALREADY_PENDING, "pending", Instant.EPOCH);
        try (MapDbStateStore store = new MapDbStateStore(dir, Durability.PROCESS)) {
            store.sending(List.of(first));
            store.commit();
            store.sending(List.of(second));
            store.changed(order("G-2", "C4"));
            store.commit();
            store.changed(order("G-3", "C5")); // a batch that sends nothing to clients
            store.commit();
            store.sending(List.of(first, second));
            // closed without commit: never sent
        }

        try (MapDbStateStore reopened = new MapDbStateStore(dir, Durability.PROCESS)) {
            assertThat(reopened.recover().lastSent()).containsExactly(second);
        }
    }

    @Test
    void journalsOnlyTheOrdersACommitChangedRatherThanTheirWholeChunk() {
        try (JournaledMap map = MapDbStateStore.openMap(dir, Durability.PROCESS)) {
            MapDbStateStore store = new MapDbStateStore(map, Integer.MAX_VALUE);
            for (int i = 1; i <= OrderChunk.SIZE; i++) {
                store.created(order("G-" + i, "C" + i));
                store.commit();
            }
            List<Integer> recordBytes = new ArrayList<>();
            Journal.replay(dir, "orders", 0, record -> recordBytes.add(record.remaining()));

            // the chunk's last order costs what its first did (a whole chunk would be 32 times as large)
            int first = recordBytes.get(recordBytes.size() - OrderChunk.SIZE);
            assertThat(recordBytes.get(recordBytes.size() - 1)).isLessThan(first + first / 2);
        }
    }

    @Test
    void findsAnOrderChangedSinceTheLastCheckpointAfterItsChunkLeftTheCache() {
        try (JournaledMap map = MapDbStateStore.openMap(dir, Durability.PROCESS)) {
            MapDbStateStore store = new MapDbStateStore(map, Integer.MAX_VALUE);
            ParentOrder first = order("G-1", "C1");
            store.created(first);
            store.commit();
            map.checkpoint(); // the file holds it new
            first.fill(100, new BigDecimal("190.00"));
            store.changed(first);
            store.commit(); // only the journal holds it filled
            int orders = (MapDbStateStore.CACHED_CHUNKS + 4) * OrderChunk.SIZE; // more chunks than it keeps decoded
            for (int i = 2; i <= orders; i++) {
                store.created(order("G-" + i, "C" + i));
                if (i % 8 == 0) {
                    store.commit();
                }
            }
            store.commit();

            assertThat(store.findRetired("CLIENT1", "C1")).contains(first.state());
            assertThat(store.findRetired("CLIENT1", "C" + orders)).isPresent();
        }
    }

    @Test
    void ordersEvictedBeforeAnyCheckpointStayGoneAfterReopen() {
        int bound = OrderChunk.SIZE;
        int orders = 5 * OrderChunk.SIZE;
        try (JournaledMap map = MapDbStateStore.openMap(dir, Durability.PROCESS)) {
            MapDbStateStore store = new MapDbStateStore(map, bound);
            for (int i = 1; i <= orders; i++) {
                ParentOrder parent = order("G-" + i, "C" + i);
                parent.fill(100, new BigDecimal("190.00"));
                store.created(parent);
                store.commit();
            }
        }

        try (JournaledMap map = MapDbStateStore.openMap(dir, Durability.PROCESS)) {
            MapDbStateStore reopened = new MapDbStateStore(map, bound);
            List<String> chunkKeys = new ArrayList<>();
            map.forEachCheckpointed((key, value) -> {
                if (key.startsWith("orders/")) {
                    chunkKeys.add(key);
                }
            });

            assertThat(reopened.storedOrders()).isEqualTo(bound);
            assertThat(chunkKeys).containsExactly("orders/4");
            for (int i = 1; i <= orders - bound; i++) {
                assertThat(reopened.findRetired("CLIENT1", "C" + i)).as("evicted C" + i).isEmpty();
            }
            assertThat(reopened.findRetired("CLIENT1", "C" + orders)).isPresent();
        }
    }

    @Test
    void refusesAMapThatDoesNotFoldItsOrders() {
        try (JournaledMap map = new JournaledMap(dir, "orders", Durability.PROCESS)) {
            assertThatThrownBy(() -> new MapDbStateStore(map, 10))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FOLD");
        }
    }
}
