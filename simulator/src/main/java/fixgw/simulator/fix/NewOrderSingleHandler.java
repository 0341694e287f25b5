package fixgw.simulator.fix;

import fixgw.simulator.venue.Venue;
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
        Venue venue = venues.of(sessionId);
        NewOrderDecoder.Decoded decoded = decoder.decode(message);
        sender.send(decoded.order().isPresent()
                ? venue.onNewOrder(decoded.order().get())
                : venue.onInvalidOrder(decoded.invalid().orElseThrow()), message, sessionId);
    }
}
