package fixgw.gateway.fix;

import quickfix.Application;
import quickfix.Message;
import quickfix.SessionID;

/**
 * The QuickFIX/J callbacks the gateway's applications leave alone: admin messages and outgoing application
 * messages need nothing from them, since QuickFIX/J runs the session protocol itself.
 */
abstract class SessionApplication implements Application {

    @Override
    public void toAdmin(Message message, SessionID sessionId) {
    }

    @Override
    public void fromAdmin(Message message, SessionID sessionId) {
    }

    @Override
    public void toApp(Message message, SessionID sessionId) {
    }
}
