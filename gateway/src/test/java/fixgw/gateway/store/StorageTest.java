package fixgw.gateway.store;

import fixgw.gateway.config.StorageConfig;
import fixgw.gateway.engine.StateStore;
import fixgw.gateway.order.ParentOrder;
import fixgw.gateway.order.Side;
import fixgw.gateway.position.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StorageTest {

    @TempDir
    Path dir;

    @Test
    void recoversLiveOrdersAndPositionsFromTheDataDirectoryAndCreatesIt() {
        StorageConfig config = new StorageConfig(dir.resolve("data/nested").toString(), "process", 10_000);
        ParentOrder live = MapDbStateStoreTest.order("G-1", "C1");
        ParentOrder finished = MapDbStateStoreTest.order("G-2", "C2");
        finished.fill(100, new BigDecimal("190.00"));
        Position position = Position.flat("CLIENT1", "AAPL").plus(Side.BUY, 100, new BigDecimal("190.00"));
        try (Storage storage = Storage.open(config, 1000)) {
            assertThat(storage.level()).isEqualTo("process");
            StateStore store = storage.stateStore();
            store.changed(live);
            store.changed(finished);
            store.changed(position);
            store.commit();
        }

        try (Storage reopened = Storage.open(config, 1000)) {
            assertThat(reopened.recoveredOrders()).containsExactly(live.state());
            assertThat(reopened.recoveredPositions()).containsExactly(position);
            assertThat(reopened.stateStore().findRetired("CLIENT1", "C2")).contains(finished.state());
            assertThat(reopened.checkpointFailure()).isNull();
        }
    }

    @Test
    void keepsNothingInMemoryLevel() {
        StorageConfig config = new StorageConfig(null, "memory", 10_000);
        try (Storage storage = Storage.open(config, 1000)) {
            storage.stateStore().changed(MapDbStateStoreTest.order("G-1", "C1"));
            storage.stateStore().commit();
            assertThat(storage.level()).isEqualTo("memory");
            assertThat(storage.directory()).isNull();
        }
        try (Storage reopened = Storage.open(config, 1000)) {
            assertThat(reopened.recoveredOrders()).isEmpty();
            assertThat(reopened.stateStore().findRetired("CLIENT1", "C1")).isEmpty();
        }
    }

    @Test
    void deletesTheEmptyJournalSegmentsOfTheLayoutBeforeJournalsWereShared() throws IOException {
        ParentOrder order = MapDbStateStoreTest.order("G-1", "C1");
        try (MapDbStateStore own = new MapDbStateStore(dir, Durability.PROCESS)) { // its own orders-*.journal
            own.changed(order);
            own.commit();
        }
        Path sessions = Files.createDirectories(dir.resolve("sessions"));
        Files.write(sessions.resolve("FIX.4.4-GW-OMS-0000000000000000007.journal"), new byte[4096]); // preallocated
        assertThat(journals(dir)).anyMatch(name -> name.startsWith("orders-"));

        try (Storage storage = Storage.open(new StorageConfig(dir.toString(), "process", 10_000), 1000)) {
            assertThat(storage.recoveredOrders()).containsExactly(order.state());
        }
        assertThat(journals(dir)).allMatch(name -> name.startsWith("journal-"));
        assertThat(journals(sessions)).isEmpty();
    }

    @Test
    void refusesAJournalOfTheLayoutBeforeJournalsWereSharedThatHoldsCommits() throws IOException {
        Path live = Files.createDirectory(dir.resolve("live"));
        Path data = Files.createDirectory(dir.resolve("data"));
        try (MapDbStateStore own = new MapDbStateStore(live, Durability.PROCESS)) {
            own.changed(MapDbStateStoreTest.order("G-1", "C1"));
            own.commit();
            try (Stream<Path> files = Files.list(live)) { // what a kill now would leave: the order in the journal
                for (Path file : files.toList()) {
                    Files.copy(file, data.resolve(file.getFileName()));
                }
            }
        }
        List<String> before = journals(data);
        Path segment = data.resolve(before.stream().filter(name -> name.startsWith("orders-")).findFirst().orElseThrow());
        byte[] held = Files.readAllBytes(segment);

        assertThatThrownBy(() -> Storage.open(new StorageConfig(data.toString(), "process", 10_000), 1000))
                .isInstanceOf(UnreadableStoreException.class)
                .hasMessageContaining(segment.toString())
                .hasMessageContaining("older gateway version")
                .hasMessageContaining("stop it cleanly");
        assertThat(journals(data)).isEqualTo(before);
        assertThat(Files.readAllBytes(segment)).isEqualTo(held);
    }

    private static List<String> journals(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".journal"))
                    .sorted().toList();
        }
    }
}
