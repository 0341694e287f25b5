package fixgw.gateway.fix;

import quickfix.MessageStoreFactory;
import quickfix.SessionID;
import quickfix.SessionSettings;
import quickfix.mina.SessionConnector;

import java.time.Clock;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the gateway's FIX sessions keep their sequence numbers and sent messages, and what follows for their
 * settings. Durable stores let sessions resume at their sequence numbers after a restart, as the settings files ask
 * ({@code ResetOnLogon=N}). In memory nothing survives a restart, so every logon, logout and disconnect starts the
 * session over at 1, whatever the settings files say: a counterparty that kept its numbers could not log on
 * otherwise.
 *
 * <p>Immutable and thread-safe.
 */
public final class SessionStores {

    private static final String[] RESET_SETTINGS = {"ResetOnLogon", "ResetOnLogout", "ResetOnDisconnect"};

    private final MessageStoreFactory factory;
    private final boolean durable;
    private final Consumer<Runnable> writeGate;

    private SessionStores(MessageStoreFactory factory, boolean durable, Consumer<Runnable> writeGate) {
        this.factory = factory;
        this.durable = durable;
        this.writeGate = writeGate;
    }

    /**
     * Stores that survive a restart of the gateway and sync in groups: each socket write is handed to
     * {@code writeGate}, which makes it once what the write reveals is on the disk.
     */
    public static SessionStores durable(MessageStoreFactory factory, Optional<Consumer<Runnable>> writeGate) {
        return new SessionStores(factory, true, writeGate.orElse(null));
    }

    /** The last {@code retainedMessages} sent messages of each session in memory; sequence numbers reset. */
    public static SessionStores inMemory(int retainedMessages, Clock clock) {
        return new SessionStores(BoundedMemoryStore.factory(retainedMessages, clock), false, null);
    }

    MessageStoreFactory factory() {
        return factory;
    }

    /** Installs what the stores need on the connector's sockets: the write gate, if there is one. */
    void applyTo(SessionConnector connector) {
        if (writeGate != null) {
            connector.setIoFilterChainBuilder(chain ->
                    chain.addLast(SyncedWritesFilter.NAME, new SyncedWritesFilter(writeGate)));
        }
    }

    /** Adjusts loaded session settings to these stores. */
    void applyTo(SessionSettings settings) {
        if (durable) {
            return;
        }
        for (String key : RESET_SETTINGS) {
            settings.setString(key, "Y");
        }
        for (Iterator<SessionID> sessions = settings.sectionIterator(); sessions.hasNext(); ) {
            SessionID session = sessions.next();
            for (String key : RESET_SETTINGS) {
                settings.setString(session, key, "Y");
            }
        }
    }
}
