package fixgw.gateway.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The segments of a syncing journal are filled with zeros before use; the zeros read as their end. */
class JournalTest {

    @TempDir
    Path dir;

    @Test
    void aSyncingSegmentIsFilledWithZerosBeforeUseAndTheRecordsWrittenOverThemReplay() throws IOException {
        try (Journal journal = new Journal(dir, "j", Journal.Sync.ON_REQUEST)) {
            assertThat(Files.size(segments().get(0))).isEqualTo(Journal.MIN_PREALLOCATION);
            journal.append(record("one"));
            journal.append(batchOf("two", "three"));
            journal.sync();
            assertThat(Files.size(segments().get(0))).isEqualTo(Journal.MIN_PREALLOCATION); // written over, not grown
        }

        assertThat(replayed()).containsExactly("one", "two", "three");
    }

    @Test
    void aBatchGrownPastItsBufferAndReusedWritesEachOfItsRecordsOnce() {
        JournalBatch batch = new JournalBatch();
        String large = "x".repeat(100_000); // beyond the batch's first buffer
        try (Journal journal = new Journal(dir, "j", Journal.Sync.ON_REQUEST)) {
            batch.add(record("small"));
            batch.add(record(large));
            batch.add(record("after"));
            journal.append(batch);
            batch.clear();
            batch.add(record("reused"));
            journal.append(batch);
            batch.clear();
            journal.append(batch); // empty: writes nothing
        }

        assertThat(replayed()).containsExactly("small", large, "after", "reused");
    }

    @Test
    void aBatchRefusesAnEmptyRecordWhenItIsAdded() {
        JournalBatch batch = new JournalBatch();

        assertThatThrownBy(() -> batch.add(ByteBuffer.allocate(0))).isInstanceOf(IllegalArgumentException.class);
        assertThat(batch.isEmpty()).isTrue();
    }

    private static JournalBatch batchOf(String... records) {
        JournalBatch batch = new JournalBatch();
        for (String record : records) {
            batch.add(record(record));
        }
        return batch;
    }

    @Test
    void theZerosAfterTheRecordsOfAnOlderSegmentAreItsEndNotDamage() {
        try (Journal journal = new Journal(dir, "j", Journal.Sync.ON_REQUEST)) {
            journal.append(record("older"));
            journal.rotate();
            journal.append(record("newest"));
        }

        assertThat(replayed()).containsExactly("older", "newest");
    }

    @Test
    void aSegmentThatDoesNotSyncIsNotPreallocated() throws IOException {
        try (Journal journal = new Journal(dir, "j", Journal.Sync.NONE)) {
            assertThat(Files.size(segments().get(0))).isZero();
        }
    }

    @Test
    void theNextSegmentIsPreallocatedToTwiceWhatTheLastOneTook() throws IOException {
        int recordBytes = (int) Journal.MIN_PREALLOCATION; // more than the first segment was given
        try (Journal journal = new Journal(dir, "j", Journal.Sync.ON_REQUEST)) {
            journal.append(ByteBuffer.allocate(recordBytes).put(0, (byte) 1));
            journal.rotate();

            long twice = 2L * (recordBytes + 8);
            assertThat(Files.size(segments().get(1))).isBetween(twice, twice + 64 * 1024); // in 64 KB writes
        }
    }

    @Test
    void aTornRecordInThePreallocatedNewestSegmentIsCutOffAndTheRestKept() throws IOException {
        try (Journal journal = new Journal(dir, "j", Journal.Sync.ON_REQUEST)) {
            journal.append(record("kept"));
            journal.append(record("torn"));
        }
        Path newest = segments().get(0);
        byte[] content = Files.readAllBytes(newest);
        content[8 + "kept".length() + 8 + 1] ^= 0x55; // inside the second record: a write the power cut cut short
        Files.write(newest, content);

        assertThat(replayed()).containsExactly("kept");
        assertThat(Files.size(newest)).isEqualTo(8 + "kept".length());
    }

    @Test
    void somethingOtherThanZerosAfterTheLastRecordOfAnOlderSegmentIsDamage() throws IOException {
        try (Journal journal = new Journal(dir, "j", Journal.Sync.ON_REQUEST)) {
            journal.append(record("one"));
            journal.rotate();
            journal.append(record("two"));
        }
        Path older = segments().get(0);
        byte[] content = Files.readAllBytes(older);
        content[content.length - 1] = 7; // far behind the record, where only zeros were written
        Files.write(older, content);

        assertThatThrownBy(this::replayed).isInstanceOf(UnreadableStoreException.class)
                .hasMessageContaining(older.getFileName().toString());
    }

    private static ByteBuffer record(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> replayed() {
        List<String> records = new ArrayList<>();
        Journal.replay(dir, "j", 0, (ByteBuffer record) -> records.add(StandardCharsets.UTF_8.decode(record).toString()));
        return records;
    }

    private List<Path> segments() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.toString().endsWith(".journal")).sorted().toList();
        }
    }
}
