package fixgw.gateway.store;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SizeClassesTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 59, 60, 61, 124, 125, 1000, 4092, 4093, 70_000})
    void padsToAPowerOfTwoAndGivesTheValueBack(int length) {
        byte[] value = new byte[length];
        for (int i = 0; i < length; i++) {
            value[i] = (byte) (i * 31 + 7);
        }

        byte[] padded = SizeClasses.pad(value);

        assertThat(Integer.bitCount(padded.length)).isEqualTo(1);
        assertThat(padded.length).isGreaterThanOrEqualTo(Math.max(SizeClasses.MIN_BYTES, length + Integer.BYTES))
                .isLessThan(Math.max(2 * SizeClasses.MIN_BYTES, 2 * (length + Integer.BYTES)));
        assertThat(SizeClasses.unpad(padded)).isEqualTo(value);
    }

    @Test
    void nullStaysNull() {
        assertThat(SizeClasses.unpad(null)).isNull();
    }
}
