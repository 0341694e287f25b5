package fixgw.gateway.store;

import org.junit.jupiter.api.Test;

import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class ClientOrderIndexTest {

    @Test
    void findsEachClOrdIdOfEachSessionAndForgetsWhatIsRemoved() {
        ClientOrderIndex index = new ClientOrderIndex();
        index.put("CLIENT1", "C1", 7);
        index.put("CLIENT1", "C1-R", 7);
        index.put("CLIENT2", "C1", 8);

        assertThat(index.find("CLIENT1", "C1")).hasValue(7);
        assertThat(index.find("CLIENT1", "C1-R")).hasValue(7);
        assertThat(index.find("CLIENT2", "C1")).hasValue(8);
        assertThat(index.find("CLIENT1", "C2")).isEmpty();

        index.remove("CLIENT1", "C1", 7);
        index.remove("CLIENT2", "C1", 99); // recorded for another order: kept

        assertThat(index.find("CLIENT1", "C1")).isEmpty();
        assertThat(index.find("CLIENT2", "C1")).hasValue(8);
    }

    @Test
    void keysWhoseHashesCollideAreStillToldApart() {
        ClientOrderIndex index = new ClientOrderIndex(key -> 42L);
        index.put("CLIENT1", "A", 1);
        index.put("CLIENT1", "B", 2);
        index.put("CLIENT1", "C", 3);

        assertThat(index.find("CLIENT1", "B")).hasValue(2);
        assertThat(index.find("CLIENT1", "C")).hasValue(3);

        index.remove("CLIENT1", "A", 1);
        index.put("CLIENT1", "B", 5); // the order moved

        assertThat(index.find("CLIENT1", "B")).hasValue(5);
        assertThat(index.find("CLIENT1", "C")).hasValue(3);
        assertThat(index.size()).isEqualTo(2);
    }

    @Test
    void aKeyNeverPutMayOnlyGetACandidateOfAnotherKey() {
        // the store checks candidates against the stored order; the index must never lose a key it holds
        ClientOrderIndex index = new ClientOrderIndex(key -> 42L);
        index.put("CLIENT1", "A", 1);

        OptionalLong candidate = index.find("CLIENT1", "Z");

        assertThat(candidate).hasValue(1);
        assertThat(index.find("CLIENT1", "A")).hasValue(1);
    }

    @Test
    void theHashSpreadsSimilarKeys() {
        assertThat(ClientOrderIndex.hash("CLIENT1\u0000C1")).isNotEqualTo(ClientOrderIndex.hash("CLIENT1\u0000C2"));
        assertThat(ClientOrderIndex.hash("CLIENT1\u0000C1") >>> 48)
                .isNotEqualTo(ClientOrderIndex.hash("CLIENT1\u0000C2") >>> 48);
    }
}
