package fixgw.simulator.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedMessageStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC);

    private static List<String> get(BoundedMessageStore store, int from, int to) {
        List<String> result = new ArrayList<>();
        store.get(from, to, result);
        return result;
    }

    @Test
    void returnsStoredMessagesOfARangeInOrder() {
        BoundedMessageStore store = new BoundedMessageStore(10, CLOCK);
        for (int seq = 1; seq <= 5; seq++) {
            store.set(seq, "m" + seq);
        }

        assertThat(get(store, 2, 4)).containsExactly("m2", "m3", "m4");
        assertThat(get(store, 4, 9)).containsExactly("m4", "m5");
    }

    @Test
    void keepsOnlyTheLastCapacityMessagesHoweverManyAreSent() {
        BoundedMessageStore store = new BoundedMessageStore(3, CLOCK);
        for (int seq = 1; seq <= 100_000; seq++) {
            store.set(seq, "m" + seq);
        }

        assertThat(get(store, 1, 100_000)).containsExactly("m99998", "m99999", "m100000");
        assertThat(get(store, 1, 99_997)).isEmpty();
    }

    @Test
    void returnsEachMessageAsStoredWhateverItsLengthAndCharacters() {
        BoundedMessageStore store = new BoundedMessageStore(2, CLOCK);
        String longest = "8=FIX.4.4\u00019=5\u000158=caf\u00e9 \u00ff" + "x".repeat(300) + "\u0001";
        store.set(1, longest);
        store.set(2, "short\u0001");
        store.set(3, "wide \u20ac and \u65e5\u672c");
        store.set(4, "reuses the slot of a longer one");

        assertThat(get(store, 1, 4))
                .containsExactly("wide \u20ac and \u65e5\u672c", "reuses the slot of a longer one");

        store.set(5, longest);
        store.set(6, "");
        assertThat(get(store, 5, 6)).containsExactly(longest, "");
    }

    @Test
    void tracksSequenceNumbersAndResetsEverything() {
        BoundedMessageStore store = new BoundedMessageStore(3, CLOCK);
        store.incrNextSenderMsgSeqNum();
        store.incrNextSenderMsgSeqNum();
        store.incrNextTargetMsgSeqNum();
        store.set(1, "m1");
        assertThat(store.getNextSenderMsgSeqNum()).isEqualTo(3);
        assertThat(store.getNextTargetMsgSeqNum()).isEqualTo(2);
        assertThat(store.getCreationTime().toInstant()).isEqualTo(CLOCK.instant());

        store.reset();

        assertThat(store.getNextSenderMsgSeqNum()).isEqualTo(1);
        assertThat(store.getNextTargetMsgSeqNum()).isEqualTo(1);
        assertThat(get(store, 1, 1)).isEmpty();
    }

    @Test
    void refusesNonPositiveCapacity() {
        assertThatThrownBy(() -> BoundedMessageStore.factory(0, CLOCK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("capacity must be positive, was 0");
    }
}
