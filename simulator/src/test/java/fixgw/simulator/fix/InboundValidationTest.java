package fixgw.simulator.fix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionSettings;

class InboundValidationTest {
    private static final SessionID VALIDATED = new SessionID("FIX.4.4", "SIM", "GATEWAY");
    private static final SessionID NOT_VALIDATED = new SessionID("FIX.4.4", "SIM", "DIRECT");
    private static final SessionID NO_DICTIONARY = new SessionID("FIX.4.4", "SIM", "RAW");
    private static final SessionID ONLY_WARNED = new SessionID("FIX.4.4", "SIM", "LENIENT");

    @Test
    void takesOverOnlyTheSessionsThatAskForValidationAndSwitchesQuickFixOffForThem() throws Exception {
        SessionSettings settings = new SessionSettings();
        settings.setString(VALIDATED, "ConnectionType", "acceptor");
        settings.setString(NOT_VALIDATED, Session.SETTING_VALIDATE_INCOMING_MESSAGE, "N");
        settings.setString(NO_DICTIONARY, Session.SETTING_USE_DATA_DICTIONARY, "N");
        settings.setString(ONLY_WARNED, Session.SETTING_REJECT_INVALID_MESSAGE, "N");

        InboundValidation validation = InboundValidation.takeOver(settings);

        assertThat(validation.takesOver(VALIDATED)).isTrue();
        assertThat(settings.getBool(VALIDATED, Session.SETTING_VALIDATE_INCOMING_MESSAGE)).isFalse();
        assertThat(validation.takesOver(NOT_VALIDATED)).isFalse();
        assertThat(validation.takesOver(NO_DICTIONARY)).isFalse();
        assertThat(settings.isSetting(NO_DICTIONARY, Session.SETTING_VALIDATE_INCOMING_MESSAGE)).isFalse();
        assertThat(validation.takesOver(ONLY_WARNED)).isFalse();
        assertThat(settings.isSetting(ONLY_WARNED, Session.SETTING_VALIDATE_INCOMING_MESSAGE)).isFalse();
    }
}
