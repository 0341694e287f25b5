package fixgw.simulator.fix;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import quickfix.ConfigError;
import quickfix.DataDictionary;
import quickfix.DataDictionaryProvider;
import quickfix.FieldConvertError;
import quickfix.FieldNotFound;
import quickfix.IncorrectDataFormat;
import quickfix.IncorrectTagValue;
import quickfix.Message;
import quickfix.MessageUtils;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionSettings;

/**
 * Which sessions' inbound messages the simulator validates itself ({@link InboundValidator}) instead of QuickFIX/J:
 * every FIX 4.x session whose settings ask QuickFIX/J to validate and reject (UseDataDictionary,
 * ValidateIncomingMessage and RejectInvalidMessage, each on unless set to N) has QuickFIX/J's validation switched
 * off and the simulator's switched on, with the session's own dictionary and QuickFIX/J's answers. Sessions set
 * otherwise keep QuickFIX/J's behaviour. Thread-safe: sessions are registered as QuickFIX/J creates them, and looked
 * up from every session's thread.
 */
public final class InboundValidation {
    private final Set<SessionID> takenOver;
    private final Map<SessionID, InboundValidator> validators = new ConcurrentHashMap<>();
    /** One validator per dictionary, however many sessions share it; guarded by itself. */
    private final Map<DataDictionary, InboundValidator> byDictionary = new IdentityHashMap<>();

    private InboundValidation(Set<SessionID> takenOver) {
        this.takenOver = Set.copyOf(takenOver);
    }

    /** Validates nothing: QuickFIX/J keeps validating as its settings say. */
    public static InboundValidation none() {
        return new InboundValidation(Set.of());
    }

    /**
     * Takes validation over from QuickFIX/J for every session of {@code settings} that asks for it (changes
     * {@code settings}: call before the acceptor is built).
     */
    public static InboundValidation takeOver(SessionSettings settings) throws ConfigError {
        Set<SessionID> sessions = new HashSet<>();
        try {
            for (Iterator<SessionID> ids = settings.sectionIterator(); ids.hasNext(); ) {
                SessionID id = ids.next();
                // FIXT sessions validate with two dictionaries: left to QuickFIX/J.
                if (!id.isFIXT() && setting(settings, id, Session.SETTING_USE_DATA_DICTIONARY)
                        && setting(settings, id, Session.SETTING_VALIDATE_INCOMING_MESSAGE)
                        && setting(settings, id, Session.SETTING_REJECT_INVALID_MESSAGE)) {
                    settings.setBool(id, Session.SETTING_VALIDATE_INCOMING_MESSAGE, false);
                    sessions.add(id);
                }
            }
        } catch (FieldConvertError e) {
            throw new ConfigError(e.getMessage());
        }
        return new InboundValidation(sessions);
    }

    private static boolean setting(SessionSettings settings, SessionID id, String key)
            throws ConfigError, FieldConvertError {
        return !settings.isSetting(id, key) || settings.getBool(id, key);
    }

    /** Whether the simulator, not QuickFIX/J, validates this session's inbound messages. */
    boolean takesOver(SessionID sessionId) {
        return takenOver.contains(sessionId);
    }

    /** Called as QuickFIX/J creates a session: picks up its dictionary if its validation was taken over. */
    void onCreate(SessionID sessionId) {
        Session session = Session.lookupSession(sessionId);
        if (!takenOver.contains(sessionId) || session == null) {
            return;
        }
        DataDictionaryProvider provider = session.getDataDictionaryProvider();
        DataDictionary dictionary = provider == null ? null
                : provider.getSessionDataDictionary(sessionId.getBeginString());
        if (dictionary == null) {
            return;
        }
        if (provider.getApplicationDataDictionary(MessageUtils.toApplVerID(sessionId.getBeginString()))
                != dictionary) {
            // QuickFIX/J gives a FIX 4.x session one dictionary for both; anything else would go unvalidated.
            throw new IllegalStateException("Session " + sessionId + " has separate session and application "
                    + "dictionaries; the simulator cannot validate its messages");
        }
        synchronized (byDictionary) {
            validators.put(sessionId, byDictionary.computeIfAbsent(dictionary, InboundValidator::new));
        }
    }

    /** Throws what QuickFIX/J's validation would throw for a message of this session, if it is not valid. */
    void validate(Message message, SessionID sessionId) throws IncorrectTagValue, FieldNotFound,
            IncorrectDataFormat {
        InboundValidator validator = validators.get(sessionId);
        if (validator != null) {
            validator.validate(message);
        }
    }
}
