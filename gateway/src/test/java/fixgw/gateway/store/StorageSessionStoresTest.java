package fixgw.gateway.store;

import fixgw.gateway.config.StorageConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quickfix.MessageStore;
import quickfix.SessionID;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

class StorageSessionStoresTest {

    private static final SessionID CLIENT = new SessionID("FIX.4.4", "GATEWAY", "CLIENT1");

    @TempDir
    Path dir;

    @Test
    void keepsSessionStoresInTheDataDirectoryAcrossAReopen() throws IOException {
        StorageConfig config = new StorageConfig(dir.toString(), "process", 10);
        try (Storage storage = Storage.open(config, 1000)) {
            MessageStore store = storage.sessionStores(10, Clock.systemUTC()).orElseThrow().create(CLIENT);
            store.set(1, "m1");
            store.incrNextSenderMsgSeqNum();
            store.incrNextTargetMsgSeqNum();
        }

        try (Storage storage = Storage.open(config, 1000)) {
            MessageStore store = storage.sessionStores(10, Clock.systemUTC()).orElseThrow().create(CLIENT);

            assertThat(store.getNextSenderMsgSeqNum()).isEqualTo(2);
            assertThat(store.getNextTargetMsgSeqNum()).isEqualTo(2);
        }
        assertThat(dir.resolve("sessions").resolve("FIX.4.4_GATEWAY_CLIENT1.db")).exists();
    }

    @Test
    void handsOutNoSessionStoresInMemory() {
        try (Storage storage = Storage.open(new StorageConfig(null, "memory", 10), 1000)) {
            assertThat(storage.sessionStores(10, Clock.systemUTC())).isEmpty();
        }
    }
}
