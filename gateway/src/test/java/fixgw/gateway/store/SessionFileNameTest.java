package fixgw.gateway.store;

import org.junit.jupiter.api.Test;
import quickfix.SessionID;

import static org.assertj.core.api.Assertions.assertThat;

class SessionFileNameTest {

    @Test
    void keepsPlainCompIdsReadable() {
        assertThat(SessionFileName.of(new SessionID("FIX.4.4", "GATEWAY", "CLIENT1")))
                .isEqualTo("FIX.4.4_GATEWAY_CLIENT1");
    }

    @Test
    void escapesEverythingAFileSystemOrAJournalSegmentNameCouldMisread() {
        assertThat(SessionFileName.of(new SessionID("FIX.4.4", "GATE/WAY", "..\\x-y_z é")))
                .isEqualTo("FIX.4.4_GATE%2FWAY_..%5Cx%2Dy%5Fz%20%C3%A9");
    }

    @Test
    void givesSessionsThatDifferOnlyInSubIdsOrQualifierNamesOfTheirOwn() {
        SessionID plain = new SessionID("FIX.4.4", "GATEWAY", "CLIENT1");
        SessionID qualified = new SessionID("FIX.4.4", "GATEWAY", "CLIENT1", "q");
        SessionID withSubId = new SessionID("FIX.4.4", "GATEWAY", "S", "", "CLIENT1", "", "", "");
        SessionID underscores = new SessionID("FIX.4.4", "GATEWAY_CLIENT1", "");

        assertThat(SessionFileName.of(qualified)).isEqualTo("FIX.4.4_GATEWAY_CLIENT1_____q");
        assertThat(SessionFileName.of(withSubId)).isEqualTo("FIX.4.4_GATEWAY_CLIENT1_S____");
        assertThat(java.util.Set.of(SessionFileName.of(plain), SessionFileName.of(qualified),
                SessionFileName.of(withSubId), SessionFileName.of(underscores))).hasSize(4);
    }
}
