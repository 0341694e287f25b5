package fixgw.gateway.fix;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import quickfix.ApplicationAdapter;
import quickfix.DefaultMessageFactory;
import quickfix.MemoryStoreFactory;
import quickfix.Message;
import quickfix.ScreenLogFactory;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionSettings;
import quickfix.SocketAcceptor;
import quickfix.SocketInitiator;
import quickfix.field.Headline;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Over real sockets with QuickFIX/J on both ends: a connector given durable stores with a write gate writes
 * nothing to its sockets until the gate lets each write go, and then writes them in order.
 */
class SyncedWritesFilterTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final SessionID ACCEPTOR = new SessionID("FIX.4.4", "GATEWAY", "CLIENT1");
    private static final SessionID INITIATOR = new SessionID("FIX.4.4", "CLIENT1", "GATEWAY");

    private final LinkedBlockingQueue<Runnable> heldWrites = new LinkedBlockingQueue<>();
    private final List<String> headlinesReceived = Collections.synchronizedList(new ArrayList<>());
    private SocketAcceptor acceptor;
    private SocketInitiator initiator;

    @AfterEach
    void stop() {
        if (initiator != null) {
            initiator.stop(true);
        }
        if (acceptor != null) {
            releaseHeldWrites(); // let the logouts go
            acceptor.stop(true);
        }
    }

    @Test
    void writesNothingUntilTheGateLetsEachWriteGoInOrder() throws Exception {
        int port = freePort();
        acceptor = new SocketAcceptor(new ApplicationAdapter(), new MemoryStoreFactory(), acceptorSettings(port),
                new ScreenLogFactory(false, false, false), new DefaultMessageFactory());
        SessionStores.durable(new MemoryStoreFactory(), Optional.of(heldWrites::add)).applyTo(acceptor);
        acceptor.start();
        initiator = new SocketInitiator(new ApplicationAdapter() {
            @Override
            public void fromApp(Message message, SessionID sessionId) throws quickfix.FieldNotFound {
                headlinesReceived.add(message.getString(Headline.FIELD));
            }
        }, new MemoryStoreFactory(), initiatorSettings(port), new ScreenLogFactory(false, false, false),
                new DefaultMessageFactory());
        initiator.start();

        await().atMost(TIMEOUT).until(() -> !heldWrites.isEmpty()); // the acceptor's Logon answer, held
        assertThat(Session.lookupSession(INITIATOR).isLoggedOn()).as("the Logon answer has not left").isFalse();
        releaseHeldWrites();
        await().atMost(TIMEOUT).until(() -> Session.lookupSession(INITIATOR).isLoggedOn());

        for (int i = 1; i <= 3; i++) {
            Session.sendToTarget(new quickfix.fix44.News(new Headline("news " + i)), ACCEPTOR);
        }
        await().atMost(TIMEOUT).until(() -> heldWrites.size() >= 3);
        assertThat(headlinesReceived).isEmpty();
        releaseHeldWrites();
        await().atMost(TIMEOUT).until(() -> headlinesReceived.size() == 3);
        assertThat(headlinesReceived).containsExactly("news 1", "news 2", "news 3");
    }

    private void releaseHeldWrites() {
        List<Runnable> writes = new ArrayList<>();
        heldWrites.drainTo(writes);
        writes.forEach(Runnable::run);
    }

    private static SessionSettings acceptorSettings(int port) {
        SessionSettings settings = common(ACCEPTOR);
        settings.setString(ACCEPTOR, "ConnectionType", "acceptor");
        settings.setString(ACCEPTOR, "SocketAcceptAddress", "127.0.0.1");
        settings.setLong(ACCEPTOR, "SocketAcceptPort", port);
        return settings;
    }

    private static SessionSettings initiatorSettings(int port) {
        SessionSettings settings = common(INITIATOR);
        settings.setString(INITIATOR, "ConnectionType", "initiator");
        settings.setString(INITIATOR, "SocketConnectHost", "127.0.0.1");
        settings.setLong(INITIATOR, "SocketConnectPort", port);
        settings.setLong(INITIATOR, "HeartBtInt", 30);
        settings.setLong(INITIATOR, "ReconnectInterval", 1);
        return settings;
    }

    private static SessionSettings common(SessionID session) {
        SessionSettings settings = new SessionSettings();
        settings.setString(session, "StartTime", "00:00:00");
        settings.setString(session, "EndTime", "00:00:00");
        settings.setString(session, "UseDataDictionary", "N");
        settings.setString(session, "ResetOnLogon", "Y");
        return settings;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
