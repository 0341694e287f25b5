package fixgw.simulator.fix;

import fixgw.simulator.venue.VenueEvent;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quickfix.Message;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionNotFound;

/** Encodes venue events and sends them on the session that asked. Thread-safe. */
final class ReportSender {
    private static final Logger LOG = LoggerFactory.getLogger(ReportSender.class);

    private final ReportEncoder encoder;

    ReportSender(ReportEncoder encoder) {
        this.encoder = encoder;
    }

    void send(List<VenueEvent> events, Message request, SessionID sessionId) {
        for (VenueEvent event : events) {
            send(event, request, sessionId);
        }
    }

    void send(VenueEvent event, Message request, SessionID sessionId) {
        Message message = encoder.encode(event, request);
        try {
            if (!Session.sendToTarget(message, sessionId)) {
                // Not sent now, but QuickFIX/J stored it and will resend it after the next logon.
                LOG.warn("Report queued, session {} is not logged on: {}", sessionId, event);
            }
        } catch (SessionNotFound e) {
            LOG.warn("Dropping report, session {} no longer exists: {}", sessionId, event, e);
        }
    }
}
