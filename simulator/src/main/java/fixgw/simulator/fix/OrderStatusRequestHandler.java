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
        sender.send(venues.of(sessionId).onStatusRequest(message.getString(ClOrdID.FIELD)), message, sessionId);
    }
}
