package fixgw.gateway.fix;

import fixgw.gateway.engine.InboundCommand;
import fixgw.gateway.engine.InboundPosition;
import fixgw.gateway.order.Command;
import quickfix.FieldNotFound;
import quickfix.Message;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.field.MsgSeqNum;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Tags a command decoded from an inbound message with where that message stands in its session's numbering. */
final class InboundCommands {

    private InboundCommands() {
    }

    static InboundCommand of(Command command, Message message, SessionID sessionId) throws FieldNotFound {
        int msgSeqNum = message.getHeader().getInt(MsgSeqNum.FIELD);
        Session session = Session.lookupSession(sessionId);
        long created;
        try {
            created = session == null ? 0 : session.getStartTime().getTime();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the creation time of " + sessionId, e);
        }
        return new InboundCommand(command, sessionId.toString(), new InboundPosition(created, msgSeqNum));
    }
}
