package fixgw.gateway.engine;

import fixgw.gateway.order.Command;
import fixgw.gateway.order.CommandHandler;

/**
 * A command decoded from a FIX session's inbound message, with where that message stands in the session's
 * numbering. The engine applies the command and records the position in the same commit (see
 * {@link InboundPosition}).
 *
 * @param sessionId the session as the message store factory knows it ({@code SessionID.toString()})
 */
public record InboundCommand(Command command, String sessionId, InboundPosition position) implements Command {

    @Override
    public void dispatchTo(CommandHandler handler) {
        command.dispatchTo(handler);
    }

    @Override
    public long receivedNanos() {
        return command.receivedNanos();
    }
}
