package fixgw.gateway.store;

import fixgw.gateway.config.StorageConfig;
import fixgw.gateway.engine.StateStore;
import fixgw.gateway.order.ParentOrder;
import fixgw.gateway.order.Side;
import fixgw.gateway.position.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

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
}
