package fixgw.gateway.fix;

import fixgw.gateway.order.CancelReject;
import fixgw.gateway.order.ClientMessage;
import fixgw.gateway.order.ClientReports;
import fixgw.gateway.order.ExecutionReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quickfix.Message;
import quickfix.Session;
import quickfix.SessionID;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends the domain's client reports on the client's FIX session. Called by the engine after a commit; a session
 * that is logged out gets the message from its store on the next logon, as QuickFIX/J resends.
 */
public final class ClientReportSender implements ClientReports {

    private static final Logger LOG = LoggerFactory.getLogger(ClientReportSender.class);

    private final SessionRegistry sessions;
    private static final char SOH = '\u0001';
    private static final int LOGON_SLACK = 64;

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

    /**
     * Sends each of {@code messages} that its session's store does not hold among its latest messages: after a
     * crash, the part of the last committed batch's messages that never reached the session. Call it before
     * anything else is sent on the client sessions.
     *
     * @return how many were sent
     */
    public int sendMissing(List<ClientMessage> messages) {
        int sent = 0;
        Map<String, List<String>> latestBySession = new HashMap<>();
        for (ClientMessage message : messages) {
            List<String> latest = latestBySession.computeIfAbsent(message.session(),
                    name -> latestStored(name, messages.size()));
            if (latest.stream().noneMatch(stored -> isSame(stored, message))) {
                if (message instanceof ExecutionReport report) {
                    sendExecutionReport(report);
                } else if (message instanceof CancelReject reject) {
                    sendCancelReject(reject);
                }
                sent++;
            }
        }
        return sent;
    }

    /** The latest messages stored for the session, as many as could have followed the batch's first one. */
    private List<String> latestStored(String sessionName, int batchMessages) {
        List<String> stored = new ArrayList<>();
        Session session = sessions.find(sessionName).map(Session::lookupSession).orElse(null);
        if (session == null) {
            return stored;
        }
        try {
            int next = session.getStore().getNextSenderMsgSeqNum();
            // the batch's messages, and the few a logon may have sent since the start
            session.getStore().get(Math.max(1, next - batchMessages - LOGON_SLACK), next - 1, stored);
        } catch (IOException e) {
            LOG.error("cannot read the store of client session {}: its last reports are sent again", sessionName, e);
        }
        return stored;
    }

    /** Whether a stored FIX message is the given client message: the same ExecID, or a cancel reject for the ClOrdID. */
    private static boolean isSame(String stored, ClientMessage message) {
        if (message instanceof ExecutionReport report) {
            return stored.contains(SOH + "17=" + report.execId() + SOH);
        }
        CancelReject reject = (CancelReject) message;
        return stored.contains(SOH + "35=9" + SOH) && stored.contains(SOH + "11=" + reject.clOrdId() + SOH);
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
