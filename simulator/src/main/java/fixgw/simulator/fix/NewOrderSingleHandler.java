package fixgw.simulator.fix;

import fixgw.simulator.venue.InvalidOrder;
import fixgw.simulator.venue.NewOrder;
import quickfix.FieldNotFound;
import quickfix.Message;
import quickfix.SessionID;

/** NewOrderSingle (D): translate, run through the session's venue, report every outcome. */
final class NewOrderSingleHandler {
    private final SessionVenues venues;
    private final NewOrderDecoder decoder = new NewOrderDecoder();
    private final ReportSender sender;

    NewOrderSingleHandler(SessionVenues venues, ReportSender sender) {
        this.venues = venues;
        this.sender = sender;
    }

    void onNewOrderSingle(Message message, SessionID sessionId) throws FieldNotFound {
        NewOrderDecoder.Decoded decoded = decoder.decode(message);
        if (decoded.order().isPresent()) {
            NewOrder order = decoded.order().get();
            venues.execute(sessionId, venue -> sender.send(venue.onNewOrder(order), message, sessionId));
        } else {
            InvalidOrder invalid = decoded.invalid().orElseThrow();
            venues.execute(sessionId, venue -> sender.send(venue.onInvalidOrder(invalid), message, sessionId));
        }
    }
}
