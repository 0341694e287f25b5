package fixgw.simulator.fix;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quickfix.Message;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionNotFound;

/** Sends a message the simulator originates on a session, logging (not throwing) when it cannot go out now. */
final class SessionMessages {
    private static final Logger LOG = LoggerFactory.getLogger(SessionMessages.class);

    private SessionMessages() {
    }

    /** @param what names the message in the log */
    static void send(Message message, SessionID sessionId, String what) {
        try {
            if (!Session.sendToTarget(message, sessionId)) {
                LOG.debug("{} queued, session {} is not logged on", what, sessionId);
            }
        } catch (SessionNotFound e) {
            LOG.warn("Dropping {}, session {} no longer exists", what, sessionId, e);
        }
    }
}
