package fixgw.gateway.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JournaledMapTest {

    @TempDir
    Path dir;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(Durability.class)
    void keepsCommittedValuesAndRemovalsAcrossReopen(Durability durability) {
        try (JournaledMap map = new JournaledMap(dir, "test", durability)) {
            map.put("a", bytes("1"));
            map.put("b", bytes("2"));
            map.commit();
            map.checkpoint();
            map.put("a", bytes("3"));
            map.remove("b");
            map.put("c", bytes("4"));
            map.commit();
        }

        try (JournaledMap reopened = new JournaledMap(dir, "test", durability)) {
            assertThat(text(reopened.get("a"))).isEqualTo("3");
            assertThat(reopened.get("b")).isNull();
            assertThat(text(reopened.get("c"))).isEqualTo("4");
        }
    }

    @Test
    void checkpointsThatLogMegabytesSucceedOneAfterAnother() {
        // each checkpoint's MapDB commit logs several megabytes, in a log volume the one before it used
        byte[] large = new byte[100_000];
        try (JournaledMap map = new JournaledMap(dir, "test", Durability.PROCESS)) {
            for (int round = 0; round < 3; round++) {
                for (int key = 0; key < 40; key++) {
                    java.util.Arrays.fill(large, (byte) (round * 40 + key));
                    map.put("k" + key, large.clone());
                }
                map.commit();
                map.checkpoint();
            }
        }

        try (JournaledMap reopened = new JournaledMap(dir, "test", Durability.PROCESS)) {
            for (int key = 0; key < 40; key++) {
                assertThat(reopened.get("k" + key)).hasSize(large.length).containsOnly((byte) (80 + key));
            }
        }
    }

    @Test
    void readsAFileWhoseValuesWerePaddedBeforeMapDbSerializedThem() {
        // how files were written before the padding moved into SizeClasses.SERIALIZER
        byte[] value = bytes("an order written by an earlier version");
        byte[] padded = java.nio.ByteBuffer.allocate(SizeClasses.paddedSize(value.length))
                .putInt(value.length).put(value).array();
        org.mapdb.DB old = MapDbFiles.open(dir.resolve("test.db"), Durability.PROCESS);
        old.hashMap("entries", org.mapdb.Serializer.STRING, org.mapdb.Serializer.BYTE_ARRAY).createOrOpen()
                .put("a", padded);
        old.atomicLong("firstUncheckpointedSegment").createOrOpen().set(0);
        old.commit();
        old.close();

        try (JournaledMap reopened = new JournaledMap(dir, "test", Durability.PROCESS)) {
            assertThat(text(reopened.get("a"))).isEqualTo(text(value));
            reopened.put("b", bytes("new"));
            reopened.commit();
            reopened.checkpoint();
        }
        try (JournaledMap again = new JournaledMap(dir, "test", Durability.PROCESS)) {
            Map<String, String> all = new HashMap<>();
            again.forEachCheckpointed((key, stored) -> all.put(key, text(stored)));
            assertThat(all).containsOnly(Map.entry("a", text(value)), Map.entry("b", "new"));
        }
    }

    @Test
    void recentValuesAreThoseNotYetCheckpointedAndOnlyTheyAreRemovedIfRecent() {
        try (JournaledMap map = new JournaledMap(dir, "test", Durability.PROCESS)) {
            map.put("old", bytes("1"));
            map.commit();
            map.checkpoint();
            map.put("new", bytes("2"));
            map.commit();
            map.put("staged", bytes("3"));

            assertThat(map.getRecent("old")).isNull();
            assertThat(text(map.get("old"))).isEqualTo("1");
            assertThat(text(map.getRecent("new"))).isEqualTo("2");
            assertThat(text(map.getRecent("staged"))).isEqualTo("3");

            map.removeIfRecent("old"); // in the file only: left alone
            map.removeIfRecent("new");
            map.commit();
            assertThat(text(map.get("old"))).isEqualTo("1");
            assertThat(map.get("new")).isNull();
            assertThat(map.getRecent("new")).isNull();
        }
    }

    @Test
    void aFoldDecidesWhatTheFileGetsForTheChangesACheckpointMoves() {
        JournaledMap.Fold upperCase = (changes, stored) -> {
            Map<String, byte[]> folded = new HashMap<>();
            changes.forEach((key, value) -> folded.put(key.toUpperCase(Locale.ROOT), value));
            return folded;
        };
        try (JournaledMap map = new JournaledMap(dir, "test", Durability.PROCESS, null, upperCase)) {
            map.put("a", bytes("1"));
            map.commit();
            map.checkpoint();

            assertThat(map.get("a")).isNull();
            assertThat(text(map.get("A"))).isEqualTo("1");
        }
    }

    @Test
    void readsItsOwnStagedAndCommittedValuesBeforeAndAfterACheckpoint() {
        try (JournaledMap map = new JournaledMap(dir, "test", Durability.PROCESS)) {
            map.put("a", bytes("staged"));
            assertThat(text(map.get("a"))).isEqualTo("staged");
            map.commit();
            assertThat(text(map.get("a"))).isEqualTo("staged");
            map.checkpoint();
            assertThat(text(map.get("a"))).isEqualTo("staged");
            map.remove("a");
            assertThat(map.get("a")).isNull();
        }
    }

    @Test
    void dropsWhatWasStagedButNeverCommitted() {
        try (JournaledMap map = new JournaledMap(dir, "test", Durability.PROCESS)) {
            map.put("a", bytes("committed"));
            map.commit();
            map.put("a", bytes("staged"));
            map.put("b", bytes("staged"));
        }

        try (JournaledMap reopened = new JournaledMap(dir, "test", Durability.PROCESS)) {
            assertThat(text(reopened.get("a"))).isEqualTo("committed");
            assertThat(reopened.get("b")).isNull();
        }
    }

    @Test
    void checkpointsDeleteTheJournalSegmentsTheyCover() throws IOException {
        try (JournaledMap map = new JournaledMap(dir, "test", Durability.PROCESS)) {
            for (int i = 0; i < 100; i++) {
                map.put("k" + (i % 7), bytes("v" + i));
                map.commit();
                if (i % 10 == 0) {
                    map.checkpoint();
                }
            }
            map.checkpoint();
            assertThat(journalSegments()).hasSize(1);
            assertThat(Files.size(journalSegments().get(0))).isZero();
            assertThat(text(map.get("k0"))).isEqualTo("v98");
        }
    }

    @Test
    void cutsOffATornLastRecordAndKeepsTheRest() throws IOException {
        writeCommitsWithoutCheckpoint("a", "b");
        Path newest = journalSegments().get(journalSegments().size() - 1);
        long intact = Files.size(newest);
        Files.write(newest, new byte[] {0, 0, 0, 40, 1, 2, 3}, StandardOpenOption.APPEND); // a write cut short

        try (JournaledMap reopened = new JournaledMap(dir, "test", Durability.PROCESS)) {
            assertThat(text(reopened.get("a"))).isEqualTo("a");
            assertThat(text(reopened.get("b"))).isEqualTo("b");
            assertThat(intact).isPositive();
        }
    }

    @Test
    void refusesToOpenWhenAnEarlierRecordIsDamaged() throws IOException {
        writeCommitsWithoutCheckpoint("a", "b");
        Path newest = journalSegments().get(journalSegments().size() - 1);
        byte[] content = Files.readAllBytes(newest);
        content[10] ^= 0x55; // inside the first record's payload: its checksum no longer matches
        Files.write(newest, content);
        Files.writeString(dir.resolve("test-0000000000000009999.journal"), ""); // a later segment: not the tail

        assertThatThrownBy(() -> new JournaledMap(dir, "test", Durability.PROCESS))
                .isInstanceOf(UnreadableStoreException.class)
                .hasMessageContaining(newest.getFileName().toString());
        assertThat(Files.readAllBytes(newest)).isEqualTo(content);
    }

    @Test
    void refusesACorruptMapDbFileAndLeavesItAlone() throws IOException {
        Path file = dir.resolve("test.db");
        Files.write(file, new byte[] {9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 1, 2, 3, 4, 5, 6});

        assertThatThrownBy(() -> new JournaledMap(dir, "test", Durability.PROCESS))
                .isInstanceOf(UnreadableStoreException.class)
                .hasMessageContaining(file.toString());
        assertThat(Files.size(file)).isEqualTo(16);
    }

    @Test
    void refusesCommitsOnceItsGroupSyncHasFailedAndKeepsNothingOfThem() {
        try (GroupSync groupSync = new GroupSync();
             JournaledMap map = new JournaledMap(dir, "test", Durability.PROCESS, groupSync)) {
            map.put("before", bytes("1"));
            map.commit();
            groupSync.dirty(() -> {
                throw new IOException("No space left on device");
            });
            groupSync.afterNextSync(() -> { });

            map.put("after", bytes("2"));
            assertThatThrownBy(map::commit)
                    .isInstanceOf(java.io.UncheckedIOException.class)
                    .hasMessageContaining("No space left on device");
            assertThat(map.get("after")).isNull();
            assertThat(text(map.get("before"))).isEqualTo("1");
        }
    }

    @ParameterizedTest
    @EnumSource(Durability.class)
    void withAGroupSyncACommitIsInTheJournalOnceAnActionHandedOverAfterItRuns(Durability durability)
            throws Exception {
        Path live = Files.createDirectory(dir.resolve("live"));
        try (GroupSync groupSync = new GroupSync();
             JournaledMap map = new JournaledMap(live, "test", durability, groupSync)) {
            map.put("a", bytes("1"));
            map.commit();
            map.put("b", bytes("2"));
            map.commit();
            CountDownLatch ran = new CountDownLatch(1);
            groupSync.afterNextSync(() -> {
                copyFiles(live, dir); // what a kill at this moment would leave
                ran.countDown();
            });
            assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        }

        try (JournaledMap reopened = new JournaledMap(dir, "test", durability)) {
            assertThat(text(reopened.get("a"))).isEqualTo("1");
            assertThat(text(reopened.get("b"))).isEqualTo("2");
        }
    }

    @Test
    void runsWhatWaitsForTheWritesAfterTheBatchsActionsAndAtOnceWithoutAGroupSync() {
        List<String> order = new ArrayList<>();
        try (GroupSync groupSync = new GroupSync();
             JournaledMap map = new JournaledMap(dir, "grouped", Durability.PROCESS, groupSync)) {
            map.batch(() -> {
                map.put("key", bytes("1"));
                map.commit();
                groupSync.afterNextSync(() -> order.add("socket write"));
                map.afterWritten(() -> order.add("measured"));
                order.add("batch ends");
            });
        }
        assertThat(order).containsExactly("batch ends", "socket write", "measured");

        order.clear();
        try (JournaledMap map = new JournaledMap(dir, "alone", Durability.PROCESS)) {
            map.afterWritten(() -> order.add("measured"));
            assertThat(order).containsExactly("measured");
        }
    }

    @Test
    void commitsOfABatchWrittenTogetherByTheSenderAreReplayedInOrder() throws Exception {
        Path live = Files.createDirectory(dir.resolve("live"));
        try (GroupSync groupSync = new GroupSync();
             JournaledMap map = new JournaledMap(live, "test", Durability.PROCESS, groupSync)) {
            map.batch(() -> {
                for (int i = 1; i <= 50; i++) { // later commits of a key win only if replayed in order
                    map.put("key", bytes(Integer.toString(i)));
                    map.put("key" + i, bytes(Integer.toString(i)));
                    map.commit();
                    groupSync.afterNextSync(() -> { });
                }
            });
            copyFiles(live, dir); // what a kill right after the batch's sends would leave
        }

        try (JournaledMap reopened = new JournaledMap(dir, "test", Durability.PROCESS)) {
            assertThat(text(reopened.get("key"))).isEqualTo("50");
            for (int i = 1; i <= 50; i++) {
                assertThat(text(reopened.get("key" + i))).isEqualTo(Integer.toString(i));
            }
        }
    }

    private static void copyFiles(Path from, Path to) {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Leaves commits in the journal only, as a killed process would, by copying the files of an open map. */
    private void writeCommitsWithoutCheckpoint(String... values) throws IOException {
        Path live = Files.createDirectory(dir.resolve("live"));
        try (JournaledMap map = new JournaledMap(live, "test", Durability.PROCESS)) {
            for (String value : values) {
                map.put(value, bytes(value));
                map.commit();
            }
            try (Stream<Path> files = Files.list(live)) {
                for (Path file : files.toList()) {
                    Files.copy(file, dir.resolve(file.getFileName()));
                }
            }
        }
    }

    private List<Path> journalSegments() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.toString().endsWith(".journal")).sorted().toList();
        }
    }
}
