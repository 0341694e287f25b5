package fixgw.gateway.fix;

import fixgw.gateway.engine.Engine;
import fixgw.gateway.order.Command;
import fixgw.gateway.order.IdGenerator;
import fixgw.gateway.order.NewOrderRequest;
import fixgw.gateway.order.OrderMetrics;
import fixgw.gateway.order.RejectReason;
import fixgw.gateway.order.Rejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quickfix.FieldNotFound;
import quickfix.Message;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.UnsupportedMessageType;
import quickfix.field.BusinessRejectReason;
import quickfix.field.MsgType;

import java.time.Clock;
import java.util.Optional;

/**
 * The QuickFIX/J application of the client (OMS) sessions. Runs on QuickFIX/J's threads and only translates:
 * each message becomes a domain command for the engine, or, when it cannot be read as a valid order, is answered
 * here with the reject it deserves. It never touches order state.
 */
public final class ClientApplication extends SessionApplication {

    private static final Logger LOG = LoggerFactory.getLogger(ClientApplication.class);

    private final Engine engine;
    private final SessionRegistry sessions;
    private final IdGenerator ids;
    private final Clock clock;
    private final OrderMetrics metrics;
    private final ClientMessageEncoder encoder = new ClientMessageEncoder();
    private final NewOrderDecoder newOrders = new NewOrderDecoder();
    private final CancelDecoder cancels = new CancelDecoder();
    private final ReplaceDecoder replaces = new ReplaceDecoder();
    private final StatusDecoder statuses = new StatusDecoder();

    public ClientApplication(Engine engine, SessionRegistry sessions, IdGenerator ids, Clock clock,
                             OrderMetrics metrics) {
        this.engine = engine;
        this.sessions = sessions;
        this.ids = ids;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public void onCreate(SessionID sessionId) {
        sessions.register(sessionId);
    }

    @Override
    public void onLogon(SessionID sessionId) {
        LOG.info("client {} logged on", SessionRegistry.nameOf(sessionId));
    }

    @Override
    public void onLogout(SessionID sessionId) {
        LOG.info("client {} logged out", SessionRegistry.nameOf(sessionId));
    }

    @Override
    public void fromApp(Message message, SessionID sessionId) throws FieldNotFound, UnsupportedMessageType {
        long receivedNanos = System.nanoTime();
        String session = SessionRegistry.nameOf(sessionId);
        String msgType = message.getHeader().getString(MsgType.FIELD);
        Optional<String> tooLong = Identifiers.tooLong(message);
        if (tooLong.isPresent()) {
            refuseUnkeepable(message, sessionId, session, msgType, tooLong.get());
            return;
        }
        switch (msgType) {
            case MsgType.ORDER_SINGLE -> onNewOrder(message, sessionId, session, receivedNanos);
            case MsgType.ORDER_CANCEL_REQUEST ->
                    submit(cancels.decode(message, session, receivedNanos), message, sessionId);
            case MsgType.ORDER_CANCEL_REPLACE_REQUEST ->
                    submit(replaces.decode(message, session, receivedNanos), message, sessionId);
            case MsgType.ORDER_STATUS_REQUEST -> submit(statuses.decode(message, session), message, sessionId);
            default -> throw new UnsupportedMessageType();
        }
    }

    private void onNewOrder(Message message, SessionID sessionId, String session, long receivedNanos)
            throws FieldNotFound {
        Decoded<NewOrderRequest> decoded = newOrders.decode(message, session, receivedNanos);
        if (decoded.isRejected()) {
            rejectNewOrder(message, sessionId, session, decoded.rejection());
            return;
        }
        submit(decoded.value(), message, sessionId);
    }

    private void rejectNewOrder(Message message, SessionID sessionId, String session, Rejection rejection)
            throws FieldNotFound {
        metrics.orderReceived();
        metrics.orderRejected(rejection.reason());
        LOG.info("rejected order from {}: {}", session, rejection.text());
        Message reject = encoder.newOrderRejected(message, ids.nextExecId(),
                FixCodes.rejectReason(rejection.reason()), rejection.text(), clock.instant());
        sendNow(reject, sessionId);
    }

    /**
     * A message with an identifier too long to store ({@link Identifiers}) never reaches the engine: a new order is
     * rejected, anything else is answered with a BusinessMessageReject.
     */
    private void refuseUnkeepable(Message message, SessionID sessionId, String session, String msgType, String why)
            throws FieldNotFound {
        if (MsgType.ORDER_SINGLE.equals(msgType)) {
            rejectNewOrder(message, sessionId, session, new Rejection(RejectReason.OTHER, why));
            return;
        }
        LOG.info("refused {} from {}: {}", msgType, session, why);
        sendNow(businessReject(message, BusinessRejectReason.OTHER, why), sessionId);
    }

    private static Message businessReject(Message message, int reason, String text) throws FieldNotFound {
        Message reject = new quickfix.fix44.BusinessMessageReject();
        reject.setString(quickfix.field.RefMsgType.FIELD, message.getHeader().getString(MsgType.FIELD));
        reject.setInt(quickfix.field.RefSeqNum.FIELD, message.getHeader().getInt(quickfix.field.MsgSeqNum.FIELD));
        reject.setInt(BusinessRejectReason.FIELD, reason);
        reject.setString(quickfix.field.Text.FIELD, text);
        return reject;
    }

    private void submit(Command command, Message message, SessionID sessionId) throws FieldNotFound {
        if (!engine.submit(InboundCommands.of(command, message, sessionId))) {
            // the engine is stopping: say so rather than leave the client waiting
            metrics.orderRejected(RejectReason.OTHER);
            sendNow(businessReject(message, BusinessRejectReason.APPLICATION_NOT_AVAILABLE,
                    "gateway is shutting down; message not processed"), sessionId);
        }
    }

    private static void sendNow(Message message, SessionID sessionId) {
        Session session = Session.lookupSession(sessionId);
        if (session != null) {
            session.send(message);
        }
    }
}
