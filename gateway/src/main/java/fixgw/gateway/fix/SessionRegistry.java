package fixgw.gateway.fix;

import quickfix.Session;
import quickfix.SessionID;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The FIX sessions of one side (clients or brokers), by the name the domain knows them by: the counterparty's
 * CompID. Thread-safe.
 */
public final class SessionRegistry {

    private final Map<String, SessionID> byName = new ConcurrentHashMap<>();

    void register(SessionID sessionId) {
        byName.put(nameOf(sessionId), sessionId);
    }

    static String nameOf(SessionID sessionId) {
        return sessionId.getTargetCompID();
    }

    Optional<SessionID> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Each session's name and whether it is logged on now, sorted by name. */
    public Map<String, Boolean> loggedOnByName() {
        Map<String, Boolean> result = new TreeMap<>();
        byName.forEach((name, id) -> {
            Session session = Session.lookupSession(id);
            result.put(name, session != null && session.isLoggedOn());
        });
        return result;
    }
}
