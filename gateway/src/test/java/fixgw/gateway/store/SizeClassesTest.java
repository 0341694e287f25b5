package fixgw.gateway.store;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mapdb.DataInput2;
import org.mapdb.DataOutput2;
import org.mapdb.Serializer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class SizeClassesTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 59, 60, 61, 124, 125, 1000, 4092, 4093, 70_000})
    void writesEachValuePaddedToAPowerOfTwoAndReadsItBack(int length) throws IOException {
        byte[] value = valueOf(length);

        byte[] record = serialize(value);
        // what MapDB's own byte-array serializer reads from it: the padded value, as files before this held them
        byte[] padded = Serializer.BYTE_ARRAY.deserialize(new DataInput2.ByteArray(record), record.length);

        assertThat(Integer.bitCount(padded.length)).isEqualTo(1);
        assertThat(padded.length).isGreaterThanOrEqualTo(Math.max(SizeClasses.MIN_BYTES, length + Integer.BYTES))
                .isLessThan(Math.max(2 * SizeClasses.MIN_BYTES, 2 * (length + Integer.BYTES)));
        assertThat(ByteBuffer.wrap(padded).getInt()).isEqualTo(length);
        assertThat(Arrays.copyOfRange(padded, Integer.BYTES, Integer.BYTES + length)).isEqualTo(value);
        assertThat(Arrays.copyOfRange(padded, Integer.BYTES + length, padded.length))
                .isEqualTo(new byte[padded.length - Integer.BYTES - length]);
        DataInput2.ByteArray in = new DataInput2.ByteArray(record);
        assertThat(SizeClasses.SERIALIZER.deserialize(in, record.length)).isEqualTo(value);
        assertThat(in.pos).as("the whole record is read").isEqualTo(record.length);
    }

    private static byte[] serialize(byte[] value) throws IOException {
        DataOutput2 out = new DataOutput2();
        SizeClasses.SERIALIZER.serialize(out, value);
        return out.copyBytes();
    }

    private static byte[] valueOf(int length) {
        byte[] value = new byte[length];
        for (int i = 0; i < length; i++) {
            value[i] = (byte) (i * 31 + 7);
        }
        return value;
    }
}
