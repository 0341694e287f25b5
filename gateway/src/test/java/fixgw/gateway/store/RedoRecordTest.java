package fixgw.gateway.store;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RedoRecordTest {

    @Test
    void readsBackEveryKindOfWriteInTheOrderMade() {
        RedoRecord record = new RedoRecord();
        record.addLong(0, 0x0102030405060708L);
        record.addInt(100, 7);
        record.addByte(200, (byte) 9);
        record.add(300, new byte[] {1, 2, 3, 4, 5}, 1, 3);
        record.add(400, ByteBuffer.wrap(new byte[] {6, 7}));
        record.addZeros(500, 4);

        List<RedoRecord.Write> writes = RedoRecord.decode(copy(record.finished()));

        assertThat(writes).extracting(RedoRecord.Write::offset).containsExactly(0L, 100L, 200L, 300L, 400L, 500L);
        assertThat(writes.get(0).bytes()).isEqualTo(ByteBuffer.allocate(8).putLong(0x0102030405060708L).array());
        assertThat(writes.get(1).bytes()).isEqualTo(new byte[] {0, 0, 0, 7});
        assertThat(writes.get(2).bytes()).isEqualTo(new byte[] {9});
        assertThat(writes.get(3).bytes()).isEqualTo(new byte[] {2, 3, 4});
        assertThat(writes.get(4).bytes()).isEqualTo(new byte[] {6, 7});
        assertThat(writes.get(5).bytes()).isEqualTo(new byte[4]);
    }

    @Test
    void aLaterWriteOverlaysAnEarlierOneWhereTheyOverlap() {
        RedoRecord record = new RedoRecord();
        record.add(10, new byte[] {1, 1, 1, 1}, 0, 4);
        record.add(12, new byte[] {2, 2, 2, 2}, 0, 4);
        byte[] read = {9, 9, 9, 9, 9, 9, 9, 9};

        record.overlay(8, read, read.length);

        assertThat(read).isEqualTo(new byte[] {9, 9, 1, 1, 2, 2, 2, 2});
    }

    @Test
    void growsPastItsFirstBufferAndIsReusedAfterClear() {
        RedoRecord record = new RedoRecord();
        byte[] large = new byte[200_000];
        large[199_999] = 5;
        for (int i = 0; i < 1000; i++) { // more writes than its first arrays hold
            record.addInt(i * 4L, i);
        }
        record.add(1_000_000, large, 0, large.length);

        List<RedoRecord.Write> writes = RedoRecord.decode(copy(record.finished()));
        assertThat(writes).hasSize(1001);
        assertThat(writes.get(999).bytes()).isEqualTo(ByteBuffer.allocate(4).putInt(999).array());
        assertThat(writes.get(1000).bytes()).isEqualTo(large);

        record.clear();
        assertThat(record.isEmpty()).isTrue();
        record.addByte(3, (byte) 1);
        assertThat(RedoRecord.decode(copy(record.finished()))).singleElement()
                .satisfies(write -> assertThat(write.offset()).isEqualTo(3));
    }

    @Test
    void dropsTheWritesAtOrBeyondATruncation() {
        RedoRecord record = new RedoRecord();
        record.addInt(0, 1);
        record.addInt(64, 2);
        record.addInt(8, 3);

        record.dropFrom(64);

        assertThat(RedoRecord.decode(copy(record.finished()))).extracting(RedoRecord.Write::offset)
                .containsExactly(0L, 8L);
    }

    @Test
    void aRecordCutShortOrChangedIsNotRead() {
        RedoRecord record = new RedoRecord();
        record.addLong(0, 42);
        ByteBuffer complete = copy(record.finished());

        ByteBuffer torn = copy(complete.duplicate().limit(complete.limit() - 1));
        ByteBuffer changed = copy(complete);
        changed.put(20, (byte) (changed.get(20) + 1));

        assertThat(RedoRecord.decode(torn)).isNull();
        assertThat(RedoRecord.decode(changed)).isNull();
        assertThat(RedoRecord.decode(copy(complete))).hasSize(1);
    }

    @Test
    void aRecordWrittenOverTheStartOfALongerOneIsReadAndTheOthersTailIgnored() {
        ByteBuffer longer = copy(RedoRecord.encode(List.of(new RedoRecord.Write(0, new byte[100]),
                new RedoRecord.Write(500, new byte[100]))));
        ByteBuffer shorter = RedoRecord.encode(List.of(new RedoRecord.Write(8, new byte[] {7})));
        ByteBuffer file = copy(longer);
        file.put(shorter.duplicate()).clear();

        assertThat(RedoRecord.decode(file)).singleElement()
                .satisfies(write -> assertThat(write.offset()).isEqualTo(8L))
                .satisfies(write -> assertThat(write.bytes()).containsExactly(7));
    }

    @Test
    void aRecordTornWhileWrittenOverALongerOneIsNotRead() {
        ByteBuffer longer = copy(RedoRecord.encode(List.of(new RedoRecord.Write(0, new byte[100]),
                new RedoRecord.Write(500, new byte[100]))));
        ByteBuffer newer = RedoRecord.encode(List.of(new RedoRecord.Write(8, new byte[40])));
        ByteBuffer file = copy(longer);
        file.put(newer.duplicate().limit(newer.limit() - 10)).clear(); // the kill: the checksum never written

        assertThat(RedoRecord.decode(file)).isNull();
    }

    /** The record's bytes in an array of their own, as recovery reads them from the file. */
    private static ByteBuffer copy(ByteBuffer bytes) {
        byte[] array = new byte[bytes.remaining()];
        bytes.duplicate().get(array);
        return ByteBuffer.wrap(array);
    }
}
