package fixgw.gateway.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quickfix.MessageStore;
import quickfix.SessionID;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MapDbMessageStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC);
    private static final Clock LATER = Clock.fixed(Instant.parse("2026-11-26T09:30:00Z"), ZoneOffset.UTC);
    private static final SessionID CLIENT = new SessionID("FIX.4.4", "GATEWAY", "OMS1");
    private static final SessionID BROKER = new SessionID("FIX.4.4", "GATEWAY", "BROKER");

    @TempDir
    Path dir;

    /** Never fires during a test: checkpoints happen when a factory closes, or when a test asks. */
    private final Checkpoints checkpoints = new Checkpoints(3_600_000);

    @AfterEach
    void stopCheckpoints() {
        checkpoints.close();
    }

    private Path sessions() {
        return dir.resolve("sessions");
    }

    private Path file() {
        return sessions().resolve("FIX.4.4_GATEWAY_OMS1.db");
    }

    private MapDbMessageStoreFactory open(int retained, Clock clock) {
        return open(sessions(), Durability.PROCESS, retained, clock);
    }

    private MapDbMessageStoreFactory open(Path directory, Durability durability, int retained, Clock clock) {
        return new MapDbMessageStoreFactory(directory, durability, retained, clock, checkpoints, null);
    }

    private int journalRecords() {
        int[] count = {0};
        Journal.replay(sessions(), "FIX.4.4_GATEWAY_OMS1", 0, record -> count[0]++);
        return count[0];
    }

    private static List<String> get(MessageStore store, int from, int to) throws IOException {
        List<String> result = new ArrayList<>();
        store.get(from, to, result);
        return result;
    }

    /** What QuickFIX/J's Session.sendRaw does for a new outgoing message. */
    private static void send(MessageStore store, String message) throws IOException {
        int seq = store.getNextSenderMsgSeqNum();
        store.set(seq, message);
        store.incrNextSenderMsgSeqNum();
    }

    @Test
    void startsAtSequenceOneWithTheClockAsCreationTime() throws IOException {
        try (MapDbMessageStoreFactory factory = open(10, CLOCK)) {
            MessageStore store = factory.create(CLIENT);

            assertThat(store.getNextSenderMsgSeqNum()).isEqualTo(1);
            assertThat(store.getNextTargetMsgSeqNum()).isEqualTo(1);
            assertThat(store.getCreationTime().toInstant()).isEqualTo(CLOCK.instant());
        }
    }

    @Test
    void setThenIncrAdvancesTheSenderSequenceNumberOnce() throws IOException {
        try (MapDbMessageStoreFactory factory = open(10, CLOCK)) {
            MessageStore store = factory.create(CLIENT);
            send(store, "m1");
            send(store, "m2");

            assertThat(store.getNextSenderMsgSeqNum()).isEqualTo(3);
            assertThat(get(store, 1, 2)).containsExactly("m1", "m2");
        }
    }

    @Test
    void incrWithoutSetAdvancesTheSenderSequenceNumber() throws IOException {
        // QuickFIX/J with PersistMessages=N calls only incr
        try (MapDbMessageStoreFactory factory = open(10, CLOCK)) {
            MessageStore store = factory.create(CLIENT);
            store.incrNextSenderMsgSeqNum();
            store.incrNextSenderMsgSeqNum();
            store.incrNextTargetMsgSeqNum();

            assertThat(store.getNextSenderMsgSeqNum()).isEqualTo(3);
            assertThat(store.getNextTargetMsgSeqNum()).isEqualTo(2);
        }
    }

    @Test
    void crashBetweenSetAndIncrNeitherLosesNorRepeatsASequenceNumber() throws IOException {
        try (MapDbMessageStoreFactory factory = open(10, CLOCK)) {
            MessageStore store = factory.create(CLIENT);
            send(store, "m1");
            store.set(2, "m2");
            // the process dies here, before incrNextSenderMsgSeqNum()
        }

        try (MapDbMessageStoreFactory factory = open(10, CLOCK)) {
            MessageStore store = factory.create(CLIENT);

            assertThat(store.getNextSenderMsgSeqNum()).isEqualTo(3);
            assertThat(get(store, 1, 2)).containsExactly("m1", "m2");
            send(store, "m3");
            assertThat(get(store, 1, 3)).containsExactly("m1", "m2", "m3");
            assertThat(store.getNextSenderMsgSeqNum()).isEqualTo(4);
        }
    }

    @Test
    void crashImageTakenWhileOpenHoldsEveryCompletedSet() throws IOException {
        // a copy of the file while the store is open, never closed, is what a SIGKILL leaves behind
        Path image = dir.resolve("image");
        Files.createDirectories(image);
        try (MapDbMessageStoreFactory factory = open(10, CLOCK)) {
            MessageStore store = factory.create(CLIENT);
            send(store, "m1");
            store.set(2, "m2");
            store.setNextTargetMsgSeqNum(7);
            try (var files = Files.list(sessions())) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, image.resolve(f.getFileName()));
                }
            }
        }

        try (MapDbMessageStoreFactory factory = open(image, Durability.PROCESS, 10, CLOCK)) {
            MessageStore store = factory.create(CLIENT);

            assertThat(store.getNextSenderMsgSeqNum()).isEqualTo(3);
            assertThat(store.getNextTargetMsgSeqNum()).isEqualTo(7);
            assertThat(get(store, 1, 2)).containsExactly("m1", "m2");
        }
    }

    @Test
    void reopenKeepsSequenceNumbersMessagesAndCreationTime() throws IOException {
        try (MapDbMessageStoreFactory factory = open(10, CLOCK)) {
            MessageStore store = factory.create(CLIENT);
            send(store, "m1");
            send(store, "m2");
            store.setNextTargetMsgSeqNum(42);
        }

        try (MapDbMessageStoreFactory factory = open(10, LATER)) {
            MessageStore store = factory.create(CLIENT);

            assertThat(store.getNextSenderMsgSeqNum()).isEqualTo(3);
            assertThat(store.getNextTargetMsgSeqNum()).isEqualTo(42);
            assertThat(store.getCreationTime().toInstant()).isEqualTo(CLOCK.instant());
            assertThat(get(store, 1, 2)).containsExactly("m1", "m2");
        }
    }

    @Test
    void theTargetAdvancedByTheSessionThreadWhileAnotherSendsIsStoredWholeWithTheNextCommit() throws Exception {
        int sent = 2_000;
        AtomicBoolean sending = new AtomicBoolean(true);
        int[] received = {0};
        try (MapDbMessageStoreFactory factory = open(10, CLOCK)) {
            MessageStore store = factory.create(CLIENT);
            Thread receiving = new Thread(() -> { // QuickFIX/J's session thread, one incr per inbound message
                try {
                    while (sending.get()) {
                        store.incrNextTargetMsgSeqNum();
                        received[0]++;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            receiving.start();
            for (int i = 0; i < sent; i++) { // the engine, storing what it sends meanwhile
                send(store, "m" + i);
            }
            sending.set(false);
            receiving.join();
            send(store, "last"); // a commit after the last incr stores the target as it is now

            assertThat(received[0]).isPositive();
            assertThat(store.getNextTargetMsgSeqNum()).isEqualTo(1 + received[0]);
        }

        try (MapDbMessageStoreFactory factory = open(10, CLOCK)) {
            MessageStore store = factory.create(CLIENT);

            assertThat(store.getNextTargetMsgSeqNum()).isEqualTo(1 + received[0]);
            assertThat(store.getNextSenderMsgSeqNum()).isEqualTo(sent + 2);
        }
    }

    @Test
    void returnsStoredMessagesOfAResendRangeInOrder() throws IOException {
        try (MapDbMessageStoreFactory factory = open(10, CLOCK)) {
            MessageStore store = factory.create(CLIENT);
            for (int i = 1; i <= 5; i++) {
                send(store, "m" + i);
            }

            assertThat(get(store, 2, 4)).containsExactly("m2", "m3", "m4");
            assertThat(get(store, 4, 9)).containsExactly("m4", "m5");
            assertThat(get(store, 6, 9)).isEmpty();
            assertThat(get(store, 4, 2)).isEmpty();
        }
    }

    @Test
    void keepsOnlyTheLastRetainedMessagesAcrossReopen() throws IOException {
        try (MapDbMessageStoreFactory factory = open(3, CLOCK)) {
            MessageStore store = factory.create(CLIENT);
            for (int i = 1; i <= 7; i++) {
                send(store, "m" + i);
            }
            assertThat(get(store, 1, 7)).containsExactly("m5", "m6", "m7");
        }

        try (MapDbMessageStoreFactory factory = open(3, CLOCK)) {
            MessageStore store = factory.create(CLIENT);

            assertThat(get(store, 1, 7)).containsExactly("m5", "m6", "m7");
            assertThat(store.getNextSenderMsgSeqNum()).isEqualTo(8);
        }
    }

    @Test
    void evictsOldMessagesWhenTheSequenceNumberJumps() throws IOException {
        try (MapDbMessageStoreFactory factory = open(3, CLOCK)) {
            MessageStore store = factory.create(CLIENT);
            send(store, "m1");
            send(store, "m2");
            store.setNextSenderMsgSeqNum(1_000_000);
            send(store, "j1");
            send(store, "j2");

            assertThat(get(store, 1, 1_000_001)).containsExactly("j1", "j2");
            assertThat(store.getNextSenderMsgSeqNum()).isEqualTo(1_000_002);
        }
    }

    @Test
    void resetClearsMessagesAndSequenceNumbersAndRenewsCreationTime() throws IOException {
        try (MapDbMessageStoreFactory factory = open(10, CLOCK)) {
            send(factory.create(CLIENT), "m1");
        }
        try (MapDbMessageStoreFactory factory = open(10, LATER)) {
            MessageStore store = factory.create(CLIENT);
            store.setNextTargetMsgSeqNum(9);

            store.reset();

            assertThat(store.getNextSenderMsgSeqNum()).isEqualTo(1);
            assertThat(store.getNextTargetMsgSeqNum()).isEqualTo(1);
            assertThat(store.getCreationTime().toInstant()).isEqualTo(LATER.instant());
            assertThat(get(store, 1, 1)).isEmpty();
            send(store, "n1");
            assertThat(get(store, 1, 1)).containsExactly("n1");
        }
        try (MapDbMessageStoreFactory factory = open(10, CLOCK)) {
            MessageStore store = factory.create(CLIENT);

            assertThat(store.getNextSenderMsgSeqNum()).isEqualTo(2);
            assertThat(store.getCreationTime().toInstant()).isEqualTo(LATER.instant());
        }
    }

    @Test
    void refreshReloadsWhatTheFileHolds() throws IOException {
        try (MapDbMessageStoreFactory factory = open(10, CLOCK)) {
            MessageStore store = factory.create(CLIENT);
            send(store, "m1");
            store.setNextTargetMsgSeqNum(5);

            store.refresh();

            assertThat(store.getNextSenderMsgSeqNum()).isEqualTo(2);
            assertThat(store.getNextTargetMsgSeqNum()).isEqualTo(5);
            assertThat(get(store, 1, 1)).containsExactly("m1");
        }
    }

    @Test
    void keepsSessionsApartInOneFile() throws IOException {
        try (MapDbMessageStoreFactory factory = open(10, CLOCK)) {
            send(factory.create(CLIENT), "c1");
            MessageStore broker = factory.create(BROKER);
            send(broker, "b1");
            send(broker, "b2");
            factory.create(CLIENT).reset();
        }

        try (MapDbMessageStoreFactory factory = open(10, CLOCK)) {
            assertThat(factory.create(CLIENT).getNextSenderMsgSeqNum()).isEqualTo(1);
            assertThat(factory.create(BROKER).getNextSenderMsgSeqNum()).isEqualTo(3);
            assertThat(get(factory.create(BROKER), 1, 2)).containsExactly("b1", "b2");
        }
    }

    @Test
    void diskDurabilityStoresAndReopensLikeProcessDurability() throws IOException {
        try (MapDbMessageStoreFactory factory = open(sessions(), Durability.DISK, 10, CLOCK)) {
            send(factory.create(CLIENT), "m1");
        }
        try (MapDbMessageStoreFactory factory = open(sessions(), Durability.DISK, 10, CLOCK)) {
            assertThat(factory.create(CLIENT).getNextSenderMsgSeqNum()).isEqualTo(2);
            assertThat(get(factory.create(CLIENT), 1, 1)).containsExactly("m1");
        }
    }

    @Test
    void storingAMessageAndAdvancingTheSequenceNumberIsOneJournalWrite() throws IOException {
        try (MapDbMessageStoreFactory factory = open(2, CLOCK)) {
            MessageStore store = factory.create(CLIENT);
            send(store, "m1");
            send(store, "m2");
            int before = journalRecords();

            send(store, "m3"); // stores m3, advances to 4 and evicts m1: one record

            assertThat(journalRecords()).isEqualTo(before + 1);
            assertThat(store.getNextSenderMsgSeqNum()).isEqualTo(4);
            assertThat(get(store, 1, 3)).containsExactly("m2", "m3");
        }
    }

    @Test
    void journalsEachMessageOnItsOwnRatherThanItsWholeChunk() throws IOException {
        String body = "x".repeat(300);
        try (MapDbMessageStoreFactory factory = open(1_000, CLOCK)) {
            MessageStore store = factory.create(CLIENT);
            for (int i = 0; i < MessageChunk.SIZE; i++) {
                send(store, body);
            }
            List<Integer> recordBytes = new ArrayList<>();
            Journal.replay(sessions(), "FIX.4.4_GATEWAY_OMS1", 0, record -> recordBytes.add(record.remaining()));

            // one record per message, the last ones of the journal; the chunk's sixteenth costs what its first did
            assertThat(recordBytes.subList(recordBytes.size() - MessageChunk.SIZE, recordBytes.size()))
                    .allSatisfy(bytes -> assertThat(bytes).isBetween(300, 600));
            assertThat(get(store, 1, MessageChunk.SIZE)).hasSize(MessageChunk.SIZE).containsOnly(body);
        }
    }

    @Test
    void aSetBelowTheHighestStoredDropsTheMessagesOfTheReplacedNumbering() throws IOException {
        try (MapDbMessageStoreFactory factory = open(10, CLOCK)) {
            MessageStore store = factory.create(CLIENT);
            for (int i = 1; i <= 5; i++) {
                send(store, "m" + i);
            }
            store.setNextSenderMsgSeqNum(3);
            send(store, "n3");
            assertThat(get(store, 1, 5)).containsExactly("m1", "m2", "n3");

            store.setNextSenderMsgSeqNum(1);
            store.reset();
            store.setNextSenderMsgSeqNum(7);
            send(store, "p7");
            store.setNextSenderMsgSeqNum(2);
            send(store, "p2");
            assertThat(get(store, 1, 10)).containsExactly("p2");
            assertThat(store.getNextSenderMsgSeqNum()).isEqualTo(3);
        }
    }

    @Test
    void answersResendRangesThatCrossChunksAcrossReopen() throws IOException {
        int sent = 5 * MessageChunk.SIZE + 3;
        int retained = 2 * MessageChunk.SIZE + 5; // not a whole number of chunks
        try (MapDbMessageStoreFactory factory = open(retained, CLOCK)) {
            MessageStore store = factory.create(CLIENT);
            for (int i = 1; i <= sent; i++) {
                send(store, "m" + i);
            }
        }

        try (MapDbMessageStoreFactory factory = open(retained, CLOCK)) {
            MessageStore store = factory.create(CLIENT);

            assertThat(get(store, 1, sent)).containsExactlyElementsOf(numbered("m", sent - retained + 1, sent));
            int from = MessageChunk.SIZE * 4 - 2;
            assertThat(get(store, from, from + MessageChunk.SIZE + 4))
                    .containsExactlyElementsOf(numbered("m", from, from + MessageChunk.SIZE + 4));
            send(store, "n" + (sent + 1));
            assertThat(get(store, sent, sent + 1)).containsExactly("m" + sent, "n" + (sent + 1));
        }
    }

    @Test
    void keepsAtMostTheRetainedMessagesPlusOneChunkInTheFile() throws IOException {
        int retained = 50;
        Files.createDirectories(sessions());
        try (JournaledMap map = new JournaledMap(sessions(), "bound", Durability.PROCESS, null,
                MapDbMessageStore::foldMessages)) {
            MessageStore store = new MapDbMessageStore(map, retained, CLOCK);
            for (int i = 1; i <= 1_000; i++) {
                send(store, "m" + i);
                if (i % 97 == 0) {
                    map.checkpoint();
                }
            }
            map.checkpoint();
            int[] storedMessages = {0};
            map.forEachCheckpointed((key, value) -> {
                if (!key.equals("state")) {
                    storedMessages[0] += MessageChunk.decode(value).size();
                }
            });

            assertThat(storedMessages[0]).isBetween(retained, retained + MessageChunk.SIZE - 1);
            assertThat(get(store, 1, 1_000)).containsExactlyElementsOf(numbered("m", 951, 1_000));
        }
    }

    @Test
    void aSetBelowTheHighestDropsTheLaterChunksToo() throws IOException {
        int sent = 3 * MessageChunk.SIZE;
        try (MapDbMessageStoreFactory factory = open(1_000, CLOCK)) {
            MessageStore store = factory.create(CLIENT);
            for (int i = 1; i <= sent; i++) {
                send(store, "m" + i);
            }
            store.setNextSenderMsgSeqNum(5);
            send(store, "n5");
        }

        try (MapDbMessageStoreFactory factory = open(1_000, CLOCK)) {
            MessageStore store = factory.create(CLIENT);
            send(store, "n6");

            List<String> expected = new ArrayList<>(numbered("m", 1, 4));
            expected.addAll(List.of("n5", "n6"));
            assertThat(get(store, 1, sent)).containsExactlyElementsOf(expected);
        }
    }

    private static List<String> numbered(String prefix, int from, int to) {
        List<String> messages = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            messages.add(prefix + i);
        }
        return messages;
    }

    @Test
    void readsMessagesBackWhileCheckpointsRun() throws IOException {
        try (Checkpoints frequent = new Checkpoints(1);
             MapDbMessageStoreFactory factory = new MapDbMessageStoreFactory(sessions(), Durability.PROCESS, 100,
                     CLOCK, frequent, null)) {
            MessageStore store = factory.create(CLIENT);
            for (int i = 1; i <= 200; i++) {
                send(store, "m" + i);
            }
            List<String> expected = new ArrayList<>();
            for (int i = 101; i <= 200; i++) {
                expected.add("m" + i);
            }

            assertThat(get(store, 1, 200)).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void storesEachSessionInAFileNamedAfterIt() throws IOException {
        try (MapDbMessageStoreFactory factory = open(10, CLOCK)) {
            send(factory.create(CLIENT), "c1");
            send(factory.create(new SessionID("FIX.4.4", "GATEWAY", "A/B:C->D")), "x1");
        }

        assertThat(sessions().resolve("FIX.4.4_GATEWAY_OMS1.db")).exists();
        assertThat(sessions().resolve("FIX.4.4_GATEWAY_A%2FB%3AC%2D%3ED.db")).exists();
    }

    @Test
    void refusesToOpenAFileOfGarbageAndNamesIt() throws IOException {
        byte[] garbage = "this is not a MapDB file at all, just some bytes. ".repeat(200)
                .getBytes(StandardCharsets.US_ASCII);
        Files.createDirectories(sessions());
        Files.write(file(), garbage);

        assertThatThrownBy(() -> open(10, CLOCK))
                .isInstanceOf(UnreadableStoreException.class)
                .hasMessageContaining(file().toString());
        assertThat(Files.readAllBytes(file())).isEqualTo(garbage);
    }

    @Test
    void refusesToOpenAnEmptyFile() throws IOException {
        Files.createDirectories(sessions());
        Files.createFile(file());

        assertThatThrownBy(() -> open(10, CLOCK))
                .isInstanceOf(UnreadableStoreException.class)
                .hasMessageContaining(file().toString());
    }

    @Test
    void refusesToOpenAStoreWhoseHeaderWasOverwritten() throws IOException {
        try (MapDbMessageStoreFactory factory = open(10, CLOCK)) {
            send(factory.create(CLIENT), "m1");
        }
        byte[] bytes = Files.readAllBytes(file());
        for (int i = 0; i < 64; i++) {
            bytes[i] = (byte) 0x5A;
        }
        Files.write(file(), bytes);

        assertThatThrownBy(() -> open(10, CLOCK))
                .isInstanceOf(UnreadableStoreException.class)
                .hasMessageContaining(file().toString());
    }
}
