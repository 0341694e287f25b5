package fixgw.gateway.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quickfix.ApplicationAdapter;
import quickfix.DefaultSessionFactory;
import quickfix.Message;
import quickfix.MessageStore;
import quickfix.Responder;
import quickfix.SLF4JLogFactory;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionSettings;
import quickfix.field.EncryptMethod;
import quickfix.field.HeartBtInt;
import quickfix.field.MsgSeqNum;
import quickfix.field.SenderCompID;
import quickfix.field.SendingTime;
import quickfix.field.TargetCompID;
import quickfix.field.Text;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the QuickFIX/J behaviour the store's crash safety rests on: {@code Session.sendRaw} stores an outgoing
 * message and advances the sender sequence number before it writes the message to the socket, so a kill between the
 * two leaves a stored message that a resend request delivers, never a sequence number used twice. Checked at the
 * moment each message reaches the transport, for admin (the Logon answer) and application messages. If a QuickFIX/J
 * upgrade reorders this, this test fails and the sessions need to persist in {@code toAdmin}/{@code toApp}.
 */
class QuickFixJStoresBeforeSendingTest {

    private static final SessionID SESSION = new SessionID("FIX.4.4", "GATEWAY", "ORDERCHECK");

    @TempDir
    Path dir;

    private final Checkpoints checkpoints = new Checkpoints(3_600_000);
    private final List<String> problems = new ArrayList<>();
    private final List<Integer> written = new ArrayList<>();
    private Session session;

    @AfterEach
    void cleanUp() throws IOException {
        if (session != null) {
            session.close(); // unregisters it
        }
        checkpoints.close();
    }

    @Test
    void everyMessageIsStoredWithItsSequenceNumberAdvancedBeforeItIsWritten() throws Exception {
        try (MapDbMessageStoreFactory stores = new MapDbMessageStoreFactory(dir, Durability.PROCESS, 100,
                Clock.systemUTC(), checkpoints, null)) {
            MessageStore store = stores.create(SESSION);
            session = new DefaultSessionFactory(new ApplicationAdapter(), stores, new SLF4JLogFactory(settings()))
                    .create(SESSION, settings());
            session.setResponder(new CheckingResponder(store));

            session.next(logonFromCounterparty());
            assertThat(session.isLoggedOn()).isTrue();
            Message news = new quickfix.fix44.News(new quickfix.field.Headline("hello"));
            news.setString(Text.FIELD, "one");
            assertThat(session.send(news)).isTrue();
            assertThat(session.send(new quickfix.fix44.News(new quickfix.field.Headline("again")))).isTrue();

            assertThat(written).containsExactly(1, 2, 3);
            assertThat(problems).isEmpty();
            assertThat(store.getNextSenderMsgSeqNum()).isEqualTo(4);
        }
    }

    private static SessionSettings settings() {
        SessionSettings settings = new SessionSettings();
        settings.setString(SESSION, "ConnectionType", "acceptor");
        settings.setString(SESSION, "StartTime", "00:00:00");
        settings.setString(SESSION, "EndTime", "00:00:00");
        settings.setString(SESSION, "UseDataDictionary", "N");
        settings.setString(SESSION, "ResetOnLogon", "N");
        return settings;
    }

    private static Message logonFromCounterparty() {
        Message logon = new quickfix.fix44.Logon(new EncryptMethod(EncryptMethod.NONE_OTHER), new HeartBtInt(30));
        logon.getHeader().setString(SenderCompID.FIELD, SESSION.getTargetCompID());
        logon.getHeader().setString(TargetCompID.FIELD, SESSION.getSenderCompID());
        logon.getHeader().setInt(MsgSeqNum.FIELD, 1);
        logon.getHeader().setUtcTimeStamp(SendingTime.FIELD, LocalDateTime.now(ZoneOffset.UTC));
        return logon;
    }

    /** The transport: at the moment a message is written, the store must already hold it and be past it. */
    private final class CheckingResponder implements Responder {

        private final MessageStore store;

        CheckingResponder(MessageStore store) {
            this.store = store;
        }

        @Override
        public boolean send(String data) {
            int sequence = sequenceOf(data);
            written.add(sequence);
            List<String> stored = new ArrayList<>();
            try {
                store.get(sequence, sequence, stored);
                if (!stored.equals(List.of(data))) {
                    problems.add("message " + sequence + " not stored when written: " + stored);
                }
                if (store.getNextSenderMsgSeqNum() != sequence + 1) {
                    problems.add("next sender " + store.getNextSenderMsgSeqNum() + " when " + sequence
                            + " was written");
                }
            } catch (IOException e) {
                problems.add(e.toString());
            }
            return true;
        }

        @Override
        public void disconnect() {
        }

        @Override
        public String getRemoteAddress() {
            return "test";
        }

        private int sequenceOf(String data) {
            int start = data.indexOf("\u000134=") + 4;
            return Integer.parseInt(data.substring(start, data.indexOf('\u0001', start)));
        }
    }
}
