package fixgw.gateway.fix;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedMemoryStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC);

    private static List<String> get(BoundedMemoryStore store, int from, int to) {
        List<String> result = new ArrayList<>();
        store.get(from, to, result);
        return result;
    }

    @Test
    void returnsStoredMessagesOfARangeInOrder() {
        BoundedMemoryStore store = new BoundedMemoryStore(10, CLOCK);
        for (int seq = 1; seq <= 5; seq++) {
            store.set(seq, "m" + seq);
        }

        assertThat(get(store, 2, 4)).containsExactly("m2", "m3", "m4");
        assertThat(get(store, 4, 9)).containsExactly("m4", "m5");
    }

    @Test
    void keepsOnlyTheLastCapacityMessages() {
        BoundedMemoryStore store = new BoundedMemoryStore(3, CLOCK);
        for (int seq = 1; seq <= 7; seq++) {
            store.set(seq, "m" + seq);
        }

        assertThat(get(store, 1, 7)).containsExactly("m5", "m6", "m7");
        assertThat(get(store, 1, 4)).isEmpty();
    }

    @Test
    void tracksSequenceNumbersAndResetsEverything() {
        BoundedMemoryStore store = new BoundedMemoryStore(3, CLOCK);
        store.incrNextSenderMsgSeqNum();
        store.incrNextSenderMsgSeqNum();
        store.setNextTargetMsgSeqNum(42);
        store.set(1, "m1");
        assertThat(store.getNextSenderMsgSeqNum()).isEqualTo(3);
        assertThat(store.getNextTargetMsgSeqNum()).isEqualTo(42);
        assertThat(store.getCreationTime().toInstant()).isEqualTo(CLOCK.instant());

        store.reset();

        assertThat(store.getNextSenderMsgSeqNum()).isEqualTo(1);
        assertThat(store.getNextTargetMsgSeqNum()).isEqualTo(1);
        assertThat(get(store, 1, 1)).isEmpty();
    }
}
