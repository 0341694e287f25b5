package fixgw.simulator.fix;

import fixgw.simulator.venue.CancelRequest;
import quickfix.FieldNotFound;
import quickfix.Message;
import quickfix.SessionID;
import quickfix.field.ClOrdID;
import quickfix.field.OrigClOrdID;

/** OrderCancelRequest (F), matched by OrigClOrdID. */
final class OrderCancelRequestHandler {
    private final SessionVenues venues;
    private final ReportSender sender;

    OrderCancelRequestHandler(SessionVenues venues, ReportSender sender) {
        this.venues = venues;
        this.sender = sender;
    }

    void onOrderCancelRequest(Message message, SessionID sessionId) throws FieldNotFound {
        CancelRequest request = new CancelRequest(message.getString(ClOrdID.FIELD),
                message.getString(OrigClOrdID.FIELD));
        venues.execute(sessionId, venue -> sender.send(venue.onCancel(request), message, sessionId));
    }
}
