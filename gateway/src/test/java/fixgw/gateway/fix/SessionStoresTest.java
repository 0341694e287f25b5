package fixgw.gateway.fix;

import org.junit.jupiter.api.Test;
import quickfix.ConfigError;
import quickfix.FieldConvertError;
import quickfix.MemoryStoreFactory;
import quickfix.SessionID;
import quickfix.SessionSettings;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

class SessionStoresTest {

    private static final SessionID CLIENT = new SessionID("FIX.4.4", "GATEWAY", "CLIENT1");

    private static SessionSettings settingsResumingSessions() throws ConfigError {
        String text = String.join("\n", "[DEFAULT]", "ConnectionType=acceptor", "BeginString=FIX.4.4",
                "SenderCompID=GATEWAY", "ResetOnLogon=N", "ResetOnLogout=N", "ResetOnDisconnect=N", "",
                "[SESSION]", "TargetCompID=CLIENT1", "ResetOnLogon=N", "");
        return new SessionSettings(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void durableStoresLeaveSessionsResumingTheirSequenceNumbers() throws Exception {
        SessionSettings settings = settingsResumingSessions();

        SessionStores.durable(new MemoryStoreFactory(), java.util.Optional.empty()).applyTo(settings);

        assertThat(settings.getBool(CLIENT, "ResetOnLogon")).isFalse();
        assertThat(settings.getBool(CLIENT, "ResetOnLogout")).isFalse();
        assertThat(settings.getBool(CLIENT, "ResetOnDisconnect")).isFalse();
    }

    @Test
    void inMemoryStoresStartEverySessionOverSinceNothingSurvivesARestart() throws ConfigError, FieldConvertError {
        SessionSettings settings = settingsResumingSessions();

        SessionStores.inMemory(10, Clock.systemUTC()).applyTo(settings);

        assertThat(settings.getBool(CLIENT, "ResetOnLogon")).isTrue();
        assertThat(settings.getBool(CLIENT, "ResetOnLogout")).isTrue();
        assertThat(settings.getBool(CLIENT, "ResetOnDisconnect")).isTrue();
    }
}
