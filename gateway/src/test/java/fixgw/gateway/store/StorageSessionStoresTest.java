package fixgw.gateway.store;

import fixgw.gateway.config.StorageConfig;
import fixgw.gateway.engine.InboundPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quickfix.MessageStore;
import quickfix.SessionID;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

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

    @Test
    void ordersAndEverySessionCommitToOneJournalWhichAKillLeavesWhole() throws Exception {
        Path live = dir.resolve("live");
        Path killed = dir.resolve("killed");
        // no checkpoint while the files are copied: it could move the commits out of the journal half-way through
        int noCheckpoint = 3_600_000;
        try (Storage storage = Storage.open(new StorageConfig(live.toString(), "process", noCheckpoint), 1000)) {
            MessageStore store = storage.sessionStores(10, Clock.systemUTC()).orElseThrow().create(CLIENT);
            store.set(1, "m1");
            store.incrNextSenderMsgSeqNum();
            receiveAndApply(storage, store, 1);
            CountDownLatch written = new CountDownLatch(1);
            storage.writeGate().orElseThrow().accept(written::countDown); // runs once the commits are written
            assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
            copyTree(live, killed); // what a kill now would leave: the commits are in the journal only
        }
        assertThat(filesEndingWith(killed, ".journal")).isNotEmpty()
                .allMatch(file -> file.getFileName().toString().startsWith("journal-"));
        assertThat(filesEndingWith(killed.resolve("sessions"), ".journal")).isEmpty();

        try (Storage storage = Storage.open(new StorageConfig(killed.toString(), "process", 10), 1000)) {
            MessageStore store = storage.sessionStores(10, Clock.systemUTC()).orElseThrow().create(CLIENT);
            List<String> messages = new ArrayList<>();
            store.get(1, 1, messages);

            assertThat(messages).containsExactly("m1");
            assertThat(store.getNextSenderMsgSeqNum()).isEqualTo(2);
            assertThat(store.getNextTargetMsgSeqNum()).isEqualTo(2); // from the order store's record of it
        }
    }

    private static List<Path> filesEndingWith(Path directory, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)).toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
            }
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
