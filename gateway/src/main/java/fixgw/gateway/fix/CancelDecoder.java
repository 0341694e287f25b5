package fixgw.gateway.fix;

import fixgw.gateway.order.CancelRequest;
import quickfix.FieldNotFound;
import quickfix.Message;
import quickfix.field.ClOrdID;
import quickfix.field.OrigClOrdID;

/** Reads an OrderCancelRequest (F). */
final class CancelDecoder {

    CancelRequest decode(Message message, String session, long receivedNanos) throws FieldNotFound {
        return new CancelRequest(session, message.getString(ClOrdID.FIELD), message.getString(OrigClOrdID.FIELD),
                receivedNanos);
    }
}
