package fixgw.gateway.store;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mapdb.DB;
import org.mapdb.HTreeMap;
import org.mapdb.Serializer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A MapDB commit that a kill cuts short while it is copied into the main file (MapDB 3.1.0 never replays its own
 * log) is completed on reopen from the redo record, and a redo record the kill cut short is dropped.
 */
class RedoVolumeTest {

    private static final int KEYS = 500;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Durability.class)
    void commitCutShortWhileCopiedIntoTheFileIsCompletedOnReopen(Durability durability) throws IOException {
        Path file = dir.resolve("test.db");
        byte[] before = commitAndCopy(file, durability, "first");
        byte[] after = commitAndCopy(file, durability, "second");
        assertThat(RedoVolume.redoFileOf(file)).as("redo record deleted once copied").doesNotExist();

        // the kill: redo record complete, the file half copied
        byte[] torn = Arrays.copyOf(before, after.length);
        System.arraycopy(after, 0, torn, 0, after.length / 2);
        Files.write(file, torn);
        writeRedo(file, RedoRecord.encode(List.of(new RedoRecord.Write(0, after))));

        assertThat(readAll(file, durability)).containsOnly("second");
        assertThat(RedoVolume.redoFileOf(file)).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(Durability.class)
    void redoRecordCutShortIsDroppedAndTheFileKeepsTheCommitBefore(Durability durability) throws IOException {
        Path file = dir.resolve("test.db");
        byte[] before = commitAndCopy(file, durability, "first");
        byte[] after = commitAndCopy(file, durability, "second");

        // the kill: the file untouched, the redo record written only in part
        Files.write(file, before);
        ByteBuffer record = RedoRecord.encode(List.of(new RedoRecord.Write(0, after)));
        record.limit(record.limit() - 3);
        writeRedo(file, record);

        assertThat(readAll(file, durability)).containsOnly("first");
        assertThat(RedoVolume.redoFileOf(file)).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(Durability.class)
    void theRecordOfACommitFullyCopiedIsKeptUntilCloseAndCopyingItAgainChangesNothing(Durability durability)
            throws IOException {
        Path file = dir.resolve("test.db");
        commitAndCopy(file, durability, "first");
        byte[] left;
        byte[] afterSecond;
        try (DB db = MapDbFiles.open(file, durability)) {
            HTreeMap<String, String> map = db.hashMap("m", Serializer.STRING, Serializer.STRING).createOrOpen();
            map.put("k0", "second-");
            db.commit();
            map.put("k1", "third-");
            db.commit();
            // the kill comes here: the last commit copied, its record still in the redo file
            left = Files.readAllBytes(RedoVolume.redoFileOf(file));
            afterSecond = Files.readAllBytes(file);
        }
        assertThat(RedoVolume.redoFileOf(file)).as("deleted on close").doesNotExist();
        Files.write(file, afterSecond);
        Files.write(RedoVolume.redoFileOf(file), left);

        assertThat(Files.readAllBytes(file)).isEqualTo(afterSecond);
        try (DB db = MapDbFiles.open(file, durability)) {
            HTreeMap<String, String> map = db.hashMap("m", Serializer.STRING, Serializer.STRING).createOrOpen();
            assertThat(map).hasSize(KEYS).containsEntry("k0", "second-").containsEntry("k1", "third-");
            assertThat(map.get("k2")).startsWith("first-");
        }
        assertThat(RedoVolume.redoFileOf(file)).doesNotExist();
    }

    /** Commits {@code value} under every key and returns the file as it then is. */
    private static byte[] commitAndCopy(Path file, Durability durability, String value) throws IOException {
        try (DB db = MapDbFiles.open(file, durability)) {
            HTreeMap<String, String> map = db.hashMap("m", Serializer.STRING, Serializer.STRING).createOrOpen();
            for (int i = 0; i < KEYS; i++) {
                map.put("k" + i, value + "-" + "x".repeat(i % 40));
            }
            db.commit();
        }
        return Files.readAllBytes(file);
    }

    private static List<String> readAll(Path file, Durability durability) {
        try (DB db = MapDbFiles.open(file, durability)) {
            HTreeMap<String, String> map = db.hashMap("m", Serializer.STRING, Serializer.STRING).createOrOpen();
            assertThat(map).hasSize(KEYS);
            return map.values().stream().map(value -> value.substring(0, value.indexOf('-'))).distinct().toList();
        }
    }

    private static void writeRedo(Path file, ByteBuffer record) throws IOException {
        byte[] bytes = new byte[record.remaining()];
        record.get(bytes);
        Files.write(RedoVolume.redoFileOf(file), bytes);
    }
}
