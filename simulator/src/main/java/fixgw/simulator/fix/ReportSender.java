package fixgw.simulator.fix;

import fixgw.simulator.ledger.ExecutionLedger;
import fixgw.simulator.ledger.LedgerEntry;
import fixgw.simulator.venue.OrderSnapshot;
import fixgw.simulator.venue.VenueEvent;
import fixgw.simulator.venue.VenueEvent.OrderFilled;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quickfix.Message;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.FieldNotFound;
import quickfix.SessionNotFound;
import quickfix.field.ExecID;

/**
 * Encodes venue events, records executions in the ledger (before sending: the execution happened whether or not
 * the report gets out now) and sends them on the session that asked. Thread-safe.
 */
final class ReportSender {
    private static final Logger LOG = LoggerFactory.getLogger(ReportSender.class);

    private final ReportEncoder encoder;
    private final ExecutionLedger ledger;
    /** Sessions a report could not be sent to since they were last reachable. */
    private final Set<SessionID> sessionsDown = ConcurrentHashMap.newKeySet();

    ReportSender(ReportEncoder encoder, ExecutionLedger ledger) {
        this.encoder = encoder;
        this.ledger = ledger;
    }

    void send(List<VenueEvent> events, Message request, SessionID sessionId) {
        for (VenueEvent event : events) {
            send(event, request, sessionId);
        }
    }

    void send(VenueEvent event, Message request, SessionID sessionId) {
        Message message;
        if (event instanceof OrderFilled filled) {
            Instant time = encoder.transactTime(filled);
            message = encoder.encodeFill(filled, request, time);
            ledger.record(entry(filled, time, message, sessionId));
        } else {
            message = encoder.encode(event, request);
        }
        try {
            if (Session.sendToTarget(message, sessionId)) {
                if (!sessionsDown.isEmpty()) {
                    sessionsDown.remove(sessionId);
                }
            } else if (sessionsDown.add(sessionId)) {
                // Not sent now, but QuickFIX/J stored it and will resend it after the next logon. Moving
                // markets keep filling while a session is away: warn once, not for every report.
                LOG.warn("Reports queued, session {} is not logged on (first: {}); more at debug level until it "
                        + "is back", sessionId, event);
            } else {
                LOG.debug("Report queued, session {} is not logged on: {}", sessionId, event);
            }
        } catch (SessionNotFound e) {
            LOG.warn("Dropping report, session {} no longer exists: {}", sessionId, event, e);
        }
    }

    /** The entry carries the ExecID and TransactTime of the report, so the ledger matches what was sent. */
    private static LedgerEntry entry(OrderFilled filled, Instant transactTime, Message report, SessionID sessionId) {
        OrderSnapshot order = filled.order();
        try {
            return new LedgerEntry(transactTime, sessionId.getTargetCompID(), order.orderId(), order.clOrdId(),
                    report.getString(ExecID.FIELD), order.symbol(), order.side(), filled.lastQuantity(),
                    filled.lastPrice(), filled.commission());
        } catch (FieldNotFound e) {
            throw new IllegalStateException("ReportEncoder left field " + e.field + " out of a fill report", e);
        }
    }
}
