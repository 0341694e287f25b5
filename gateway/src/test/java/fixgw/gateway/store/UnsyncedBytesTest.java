package fixgw.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class UnsyncedBytesTest {

    @Test
    void growsPastItsCapacityKeepingEveryByteInOrder() {
        UnsyncedBytes bytes = new UnsyncedBytes(1);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        byte[] block = new byte[300];
        for (int i = 0; i < block.length; i++) {
            block[i] = (byte) (i * 7);
        }
        for (int round = 0; round < 50; round++) {
            bytes.write(round);
            expected.write(round);
            bytes.write(block, round, block.length - round);
            expected.write(block, round, block.length - round);
        }

        assertThat(bytes.toByteArray()).isEqualTo(expected.toByteArray());
    }
}
