package fixgw.gateway.fix;

import fixgw.gateway.order.CancelReject;
import fixgw.gateway.order.ClientReports;
import fixgw.gateway.order.ExecutionReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quickfix.Message;
import quickfix.Session;
import quickfix.SessionID;

import java.util.Optional;

/**
 * Sends the domain's client reports on the client's FIX session. Called by the engine after a commit; a session
 * that is logged out gets the message from its store on the next logon, as QuickFIX/J resends.
 */
public final class ClientReportSender implements ClientReports {

    private static final Logger LOG = LoggerFactory.getLogger(ClientReportSender.class);

    private final SessionRegistry sessions;
    private final ClientMessageEncoder encoder = new ClientMessageEncoder();

    public ClientReportSender(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @Override
    public void sendExecutionReport(ExecutionReport report) {
        send(report.session(), encoder.executionReport(report), report.clOrdId());
    }

    @Override
    public void sendCancelReject(CancelReject reject) {
        send(reject.session(), encoder.cancelReject(reject), reject.clOrdId());
    }

    private void send(String sessionName, Message message, String clOrdId) {
        Optional<SessionID> sessionId = sessions.find(sessionName);
        if (sessionId.isEmpty()) {
            LOG.error("no client session {} for report on clOrdId={}", sessionName, clOrdId);
            return;
        }
        Session session = Session.lookupSession(sessionId.get());
        if (session == null || !session.send(message)) {
            LOG.warn("client session {} is not logged on; report for clOrdId={} waits in the session store",
                    sessionName, clOrdId);
        }
    }
}
