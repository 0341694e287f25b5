package fixgw.simulator.fix;

import fixgw.simulator.venue.InvalidOrder;
import fixgw.simulator.venue.NewOrder;
import fixgw.simulator.venue.OrderRejectReason;
import fixgw.simulator.venue.Venue;
import fixgw.simulator.venue.VenueEvent;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quickfix.FieldNotFound;
import quickfix.Message;
import quickfix.Session;
import quickfix.SessionID;

/**
 * NewOrderSingle (D): translate, run through the session's venue (unless the session's profile or a fault
 * refuses it first), report every outcome, and drop the connection if a fault says this order was the last.
 */
final class NewOrderSingleHandler {
    private static final Logger LOG = LoggerFactory.getLogger(NewOrderSingleHandler.class);

    private final SessionVenues venues;
    private final NewOrderDecoder decoder = new NewOrderDecoder();
    private final ReportSender sender;

    NewOrderSingleHandler(SessionVenues venues, ReportSender sender) {
        this.venues = venues;
        this.sender = sender;
    }

    void onNewOrderSingle(Message message, SessionID sessionId) throws FieldNotFound {
        NewOrderDecoder.Decoded decoded = decoder.decode(message);
        SessionBehaviour behaviour = venues.behaviourOf(sessionId);
        if (decoded.order().isPresent()) {
            NewOrder order = decoded.order().get();
            venues.execute(sessionId, venue -> {
                sender.send(handle(venue, order, behaviour), message, sessionId);
                disconnectIfLast(behaviour, sessionId);
            });
        } else {
            InvalidOrder invalid = decoded.invalid().orElseThrow();
            venues.execute(sessionId, venue -> {
                sender.send(venue.onInvalidOrder(invalid), message, sessionId);
                disconnectIfLast(behaviour, sessionId);
            });
        }
    }

    private static List<VenueEvent> handle(Venue venue, NewOrder order, SessionBehaviour behaviour) {
        String refusal = behaviour.refusal();
        return refusal == null ? venue.onNewOrder(order)
                : venue.onInvalidOrder(new InvalidOrder(order.clOrdId(), order.symbol(), OrderRejectReason.OTHER,
                        refusal));
    }

    private static void disconnectIfLast(SessionBehaviour behaviour, SessionID sessionId) {
        if (!behaviour.faults().countOrderAndCheckDisconnect()) {
            return;
        }
        Session session = Session.lookupSession(sessionId);
        if (session == null) {
            return;
        }
        try {
            LOG.warn("Simulated fault: dropping the connection of {}", sessionId);
            session.disconnect("Simulated fault: connection dropped after the configured number of orders", false);
        } catch (IOException e) {
            LOG.warn("Could not drop the connection of {}", sessionId, e);
        }
    }
}
