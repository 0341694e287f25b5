package fixgw.gateway.fix;

import quickfix.MessageStoreFactory;
import quickfix.SessionID;
import quickfix.SessionSettings;

import java.time.Clock;
import java.util.Iterator;

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

    private SessionStores(MessageStoreFactory factory, boolean durable) {
        this.factory = factory;
        this.durable = durable;
    }

    /** Stores that survive a restart of the gateway. */
    public static SessionStores durable(MessageStoreFactory factory) {
        return new SessionStores(factory, true);
    }

    /** The last {@code retainedMessages} sent messages of each session in memory; sequence numbers reset. */
    public static SessionStores inMemory(int retainedMessages, Clock clock) {
        return new SessionStores(BoundedMemoryStore.factory(retainedMessages, clock), false);
    }

    MessageStoreFactory factory() {
        return factory;
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
