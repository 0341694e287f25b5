package fixgw.gateway.store;

import fixgw.gateway.config.StorageConfig;
import fixgw.gateway.engine.InboundPosition;
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
            receiveAndApply(storage, store, 1);
        }

        try (Storage storage = Storage.open(config, 1000)) {
            MessageStore store = storage.sessionStores(10, Clock.systemUTC()).orElseThrow().create(CLIENT);

            assertThat(store.getNextSenderMsgSeqNum()).isEqualTo(2);
            assertThat(store.getNextTargetMsgSeqNum()).isEqualTo(2);
        }
        assertThat(dir.resolve("sessions").resolve("FIX.4.4_GATEWAY_CLIENT1.db")).exists();
    }

    @Test
    void resumesEachSessionRightAfterTheLastInboundMessageTheEngineApplied() throws IOException {
        StorageConfig config = new StorageConfig(dir.toString(), "process", 10);
        try (Storage storage = Storage.open(config, 1000)) {
            MessageStore store = storage.sessionStores(10, Clock.systemUTC()).orElseThrow().create(CLIENT);
            receiveAndApply(storage, store, 1);
            receiveAndApply(storage, store, 2);
            store.incrNextTargetMsgSeqNum(); // received 3, a heartbeat
            store.incrNextTargetMsgSeqNum(); // received 4, an order the engine had not committed at the crash
            store.set(1, "m1"); // a commit of the session's store, so its file holds target 5
            assertThat(store.getNextTargetMsgSeqNum()).isEqualTo(5);
        }

        try (Storage storage = Storage.open(config, 1000)) {
            MessageStore store = storage.sessionStores(10, Clock.systemUTC()).orElseThrow().create(CLIENT);

            assertThat(store.getNextTargetMsgSeqNum()).isEqualTo(3); // 3 and 4 are asked for again
        }
    }

    @Test
    void resumesFromOneWhenTheEngineAppliedNothingSinceTheSessionWasReset() throws IOException {
        StorageConfig config = new StorageConfig(dir.toString(), "process", 10);
        try (Storage storage = Storage.open(config, 1000)) {
            MessageStore store = storage.sessionStores(10, Clock.systemUTC()).orElseThrow().create(CLIENT);
            receiveAndApply(storage, store, 1);
            receiveAndApply(storage, store, 2);
        }
        try (Storage storage = Storage.open(config, 1000)) {
            MessageStore store = storage.sessionStores(10, Clock.offset(Clock.systemUTC(),
                    java.time.Duration.ofSeconds(5))).orElseThrow().create(CLIENT);
            store.reset(); // a new numbering, created later
            store.incrNextTargetMsgSeqNum();
            store.set(1, "logon");
        }

        try (Storage storage = Storage.open(config, 1000)) {
            MessageStore store = storage.sessionStores(10, Clock.systemUTC()).orElseThrow().create(CLIENT);

            assertThat(store.getNextTargetMsgSeqNum()).isEqualTo(1); // position 2 belongs to the old numbering
            assertThat(store.getNextSenderMsgSeqNum()).isEqualTo(2);
        }
    }

    /** The session takes inbound message {@code msgSeqNum} in and the engine commits what it applied. */
    private static void receiveAndApply(Storage storage, MessageStore store, int msgSeqNum) throws IOException {
        assertThat(store.getNextTargetMsgSeqNum()).isEqualTo(msgSeqNum);
        storage.stateStore().applied(CLIENT.toString(),
                new InboundPosition(store.getCreationTime().getTime(), msgSeqNum));
        storage.stateStore().commit();
        store.incrNextTargetMsgSeqNum();
    }

    @Test
    void handsOutNoSessionStoresInMemory() {
        try (Storage storage = Storage.open(new StorageConfig(null, "memory", 10), 1000)) {
            assertThat(storage.sessionStores(10, Clock.systemUTC())).isEmpty();
        }
    }
}
