package fixgw.simulator.fix;

import java.util.Set;
import quickfix.DefaultMessageFactory;
import quickfix.Group;
import quickfix.Message;
import quickfix.MessageFactory;
import quickfix.field.ApplVerID;
import quickfix.field.MsgType;

/**
 * QuickFIX/J's message factory, except that the application messages the simulator answers are created as
 * {@link InboundMessage}s, whose header reads SendingTime without a {@code DateTimeFormatter}: QuickFIX/J's check of
 * every inbound SendingTime against the clock (CheckLatency) parsed it that way and cost a tenth of the simulator's
 * CPU under load. The check itself, and everything else, stays QuickFIX/J's. Session messages and everything the
 * session builds to send keep QuickFIX/J's own classes. Stateless and thread-safe.
 */
public final class InboundMessageFactory implements MessageFactory {
    private static final Set<String> ANSWERED_TYPES = Set.of(MsgType.ORDER_SINGLE, MsgType.ORDER_CANCEL_REQUEST,
            MsgType.ORDER_CANCEL_REPLACE_REQUEST, MsgType.ORDER_STATUS_REQUEST, MsgType.MARKET_DATA_REQUEST);

    private final MessageFactory quickFix = new DefaultMessageFactory();

    @Override
    public Message create(String beginString, String msgType) {
        return ANSWERED_TYPES.contains(msgType) ? new InboundMessage() : quickFix.create(beginString, msgType);
    }

    @Override
    public Message create(String beginString, ApplVerID applVerID, String msgType) {
        return ANSWERED_TYPES.contains(msgType) ? new InboundMessage()
                : quickFix.create(beginString, applVerID, msgType);
    }

    @Override
    public Group create(String beginString, String msgType, int correspondingFieldID) {
        return quickFix.create(beginString, msgType, correspondingFieldID);
    }
}
