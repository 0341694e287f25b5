package fixgw.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void eachEncodingIsAnArrayOfItsOwnThoughTheBufferIsReused() {
        byte[] large = UnsyncedBytes.encode(out -> out.write(new byte[100_000])); // beyond the reused buffer
        byte[] first = UnsyncedBytes.encode(out -> out.writeInt(1));
        byte[] second = UnsyncedBytes.encode(out -> out.writeShort(2));

        assertThat(large).hasSize(100_000);
        assertThat(first).containsExactly(0, 0, 0, 1);
        assertThat(second).containsExactly(0, 2);
    }

    @Test
    void anEncodingWithinAnEncodingGetsABufferOfItsOwn() {
        byte[] outer = UnsyncedBytes.encode(out -> {
            out.writeByte(1);
            byte[] inner = UnsyncedBytes.encode(nested -> nested.writeByte(2));
            out.write(inner);
            out.writeByte(3);
        });

        assertThat(outer).containsExactly(1, 2, 3);
    }

    @Test
    void aFailedEncodingThrowsAndLeavesTheBufferEmptyForTheNext() {
        assertThatThrownBy(() -> UnsyncedBytes.encode(out -> {
            out.writeInt(99);
            throw new IOException("cannot");
        })).isInstanceOf(UncheckedIOException.class).hasMessageContaining("cannot");

        assertThat(UnsyncedBytes.encode(out -> out.writeByte(4))).containsExactly(4);
    }
}
