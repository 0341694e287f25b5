package fixgw.simulator.fix;

import quickfix.FieldNotFound;
import quickfix.Message;
import quickfix.SessionID;
import quickfix.field.ClOrdID;

/** OrderStatusRequest (H), by ClOrdID; an unknown order gets the standard ExecType=I OrdStatus=Rejected. */
final class OrderStatusRequestHandler {
    private final SessionVenues venues;
    private final ReportSender sender;

    OrderStatusRequestHandler(SessionVenues venues, ReportSender sender) {
        this.venues = venues;
        this.sender = sender;
    }

    void onOrderStatusRequest(Message message, SessionID sessionId) throws FieldNotFound {
        String clOrdId = message.getString(ClOrdID.FIELD);
        venues.execute(sessionId, venue -> sender.send(venue.onStatusRequest(clOrdId), message, sessionId));
    }
}
