package fixgw.simulator.client;

import fixgw.simulator.fix.SettingsTemplate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quickfix.Application;
import quickfix.ConfigError;
import quickfix.DefaultMessageFactory;
import quickfix.FieldNotFound;
import quickfix.MemoryStoreFactory;
import quickfix.Message;
import quickfix.SLF4JLogFactory;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionNotFound;
import quickfix.SessionSettings;
import quickfix.SocketInitiator;
import quickfix.field.MsgSeqNum;
import quickfix.field.MsgType;

/**
 * A FIX 4.4 initiator with one session, for the OMS client tool and for end-to-end tests against any
 * acceptor (the gateway or the simulator):
 *
 * <pre>{@code
 * try (FixClient client = FixClient.connect(FixClientSettings.of("127.0.0.1", port, "DIRECT", "SIM"),
 *                                           Duration.ofSeconds(10))) {
 *     OrderMessages orders = new OrderMessages(Clock.systemUTC());
 *     client.send(orders.newOrderSingle("O1", "AAPL", Side.BUY, OrdType.MARKET, 100, null, null));
 *     Message fill = client.awaitMessage(FixFields.executionReport("O1", ExecType.TRADE), Duration.ofSeconds(5));
 * }
 * }</pre>
 *
 * Every application message received, and every session-level Reject (3), is recorded in arrival order
 * (unless switched off in the settings) and passed to the listeners. Thread-safe: send from any thread;
 * listeners run on the QuickFIX/J thread.
 */
public final class FixClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FixClient.class);
    private static final String BUNDLED_SETTINGS = "fixgw/simulator/client/client.cfg";
    private static final Duration LOGOUT_TIMEOUT = Duration.ofSeconds(5);

    private final FixClientSettings settings;
    private final MessageInbox inbox = new MessageInbox();
    private final LogonSignal logon = new LogonSignal();
    private final List<MessageListener> listeners = new CopyOnWriteArrayList<>();
    private final SocketInitiator initiator;
    private final SessionID sessionId;
    private boolean closed;

    private FixClient(FixClientSettings settings) throws ConfigError {
        this.settings = settings;
        Properties variables = new Properties();
        variables.setProperty("host", settings.host());
        variables.setProperty("port", Integer.toString(settings.port()));
        variables.setProperty("sender", settings.senderCompId());
        variables.setProperty("target", settings.targetCompId());
        SessionSettings sessionSettings = SettingsTemplate.load(settings.settingsTemplate(), BUNDLED_SETTINGS,
                variables);
        // Sessions exist only after start(), so take the id from the settings (the template has one session).
        this.sessionId = sessionSettings.sectionIterator().next();
        sessionSettings.setString(sessionId, "ResetOnLogon", settings.resetOnLogon() ? "Y" : "N");
        this.initiator = new SocketInitiator(new ClientApplication(), new MemoryStoreFactory(), sessionSettings,
                new SLF4JLogFactory(sessionSettings), new DefaultMessageFactory());
    }

    /**
     * Connects and waits for the logon to complete.
     *
     * @throws FixClientTimeoutException if not logged on within {@code logonTimeout} (the client is closed)
     */
    public static FixClient connect(FixClientSettings settings, Duration logonTimeout)
            throws ConfigError, InterruptedException {
        FixClient client = new FixClient(settings);
        client.initiator.start();
        if (!client.logon.await(true, logonTimeout)) {
            client.close();
            throw new FixClientTimeoutException("No logon as " + settings.senderCompId() + "->"
                    + settings.targetCompId() + " at " + settings.host() + ":" + settings.port()
                    + " within " + logonTimeout);
        }
        return client;
    }

    /** Adds a listener that sees every message recorded from now on. */
    public void addListener(MessageListener listener) {
        listeners.add(listener);
    }

    /**
     * Sends {@code message} on the session.
     *
     * @return the MsgSeqNum it was sent with (a session Reject refers to it as RefSeqNum)
     * @throws IllegalStateException if the session is not logged on
     */
    public int send(Message message) {
        try {
            if (!Session.sendToTarget(message, sessionId)) {
                throw new IllegalStateException("Not sent, session " + sessionId + " is not logged on");
            }
            return message.getHeader().getInt(MsgSeqNum.FIELD);
        } catch (SessionNotFound | FieldNotFound e) {
            throw new IllegalStateException("Cannot send on " + sessionId, e);
        }
    }

    /** Everything recorded so far, in arrival order. */
    public List<Message> received() {
        return inbox.snapshot();
    }

    /** How many messages were recorded so far: pass it to {@link #awaitMessage(int, Predicate, Duration)}. */
    public int receivedCount() {
        return inbox.size();
    }

    /** Forgets the recorded messages (e.g. between steps of a test). */
    public void clearReceived() {
        inbox.clear();
    }

    /** The first recorded message matching {@code predicate}, waiting up to {@code timeout} for it. */
    public Message awaitMessage(Predicate<Message> predicate, Duration timeout) throws InterruptedException {
        return awaitMessage(0, predicate, timeout);
    }

    /**
     * The first message recorded at or after position {@code fromIndex} matching {@code predicate}.
     *
     * @throws FixClientTimeoutException if none arrives within {@code timeout}
     */
    public Message awaitMessage(int fromIndex, Predicate<Message> predicate, Duration timeout)
            throws InterruptedException {
        return findMessage(fromIndex, predicate, timeout).orElseThrow(() -> new FixClientTimeoutException(
                "No matching message within " + timeout + "; received: " + describeReceived()));
    }

    /** Like {@link #awaitMessage(int, Predicate, Duration)} but empty instead of throwing on timeout. */
    public Optional<Message> findMessage(int fromIndex, Predicate<Message> predicate, Duration timeout)
            throws InterruptedException {
        return inbox.await(fromIndex, predicate, timeout);
    }

    public boolean isLoggedOn() {
        return logon.isLoggedOn();
    }

    /** How often the session went down after a logon (the initiator then reconnects on its own). */
    public int logouts() {
        return logon.logouts();
    }

    public SessionID sessionId() {
        return sessionId;
    }

    public FixClientSettings settings() {
        return settings;
    }

    /** Logs out (waiting briefly for the answer) and stops the initiator. Idempotent. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            initiator.stop(false);
            waitForLogout();
        }
    }

    private void waitForLogout() {
        try {
            if (!logon.await(false, LOGOUT_TIMEOUT)) {
                LOG.warn("Session {} still logged on after stop", sessionId);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("Interrupted waiting for logout of {}", sessionId);
        }
    }

    private String describeReceived() {
        return inbox.snapshot().stream()
                .map(message -> message.toString().replace('\u0001', '|'))
                .collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    private void deliver(Message message) {
        if (settings.recordReceived()) {
            inbox.add(message);
        }
        for (MessageListener listener : listeners) {
            listener.onMessage(message);
        }
    }

    /** QuickFIX/J callbacks of the client session. */
    private final class ClientApplication implements Application {
        @Override
        public void onCreate(SessionID id) {
            LOG.debug("Session created {}", id);
        }

        @Override
        public void onLogon(SessionID id) {
            logon.set(true);
        }

        @Override
        public void onLogout(SessionID id) {
            logon.set(false);
        }

        @Override
        public void toAdmin(Message message, SessionID id) {
            // the bundled settings carry everything a logon needs
        }

        @Override
        public void fromAdmin(Message message, SessionID id) throws FieldNotFound {
            // Session-level rejects answer our own requests, so callers must see them too.
            if (MsgType.REJECT.equals(message.getHeader().getString(MsgType.FIELD))) {
                deliver(message);
            }
        }

        @Override
        public void toApp(Message message, SessionID id) {
            // sent as built
        }

        @Override
        public void fromApp(Message message, SessionID id) {
            deliver(message);
        }
    }
}
