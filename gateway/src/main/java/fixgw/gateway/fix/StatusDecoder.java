package fixgw.gateway.fix;

import fixgw.gateway.order.StatusRequest;
import quickfix.FieldNotFound;
import quickfix.Message;
import quickfix.field.ClOrdID;
import quickfix.field.OrderID;
import quickfix.field.Side;
import quickfix.field.Symbol;

/** Reads an OrderStatusRequest (H). */
final class StatusDecoder {

    StatusRequest decode(Message message, String session) throws FieldNotFound {
        return new StatusRequest(session, message.getString(ClOrdID.FIELD),
                FixValues.optionalString(message, OrderID.FIELD), message.getString(Symbol.FIELD),
                FixCodes.side(message.getChar(Side.FIELD)).orElse(null));
    }
}
