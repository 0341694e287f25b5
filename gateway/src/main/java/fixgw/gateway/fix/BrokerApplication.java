package fixgw.gateway.fix;

import fixgw.gateway.engine.Engine;
import fixgw.gateway.order.BrokerSessionChange;
import fixgw.gateway.order.Command;
import fixgw.gateway.order.OrderMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quickfix.FieldNotFound;
import quickfix.Message;
import quickfix.SessionID;
import quickfix.UnsupportedMessageType;
import quickfix.field.MsgType;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The QuickFIX/J application of the broker sessions: turns the broker's reports and the session's logon state
 * into engine commands. Runs on QuickFIX/J's threads and touches no order state.
 */
public final class BrokerApplication extends SessionApplication {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerApplication.class);

    private final Engine engine;
    private final SessionRegistry sessions;
    private final OrderMetrics metrics;
    private final BrokerMessageDecoder decoder = new BrokerMessageDecoder();
    /** Notified on every logon, for {@link #awaitAllLoggedOn(Duration)}. */
    private final Object logons = new Object();

    public BrokerApplication(Engine engine, SessionRegistry sessions, OrderMetrics metrics) {
        this.engine = engine;
        this.sessions = sessions;
        this.metrics = metrics;
    }

    @Override
    public void onCreate(SessionID sessionId) {
        sessions.register(sessionId);
    }

    @Override
    public void onLogon(SessionID sessionId) {
        engine.submit(new BrokerSessionChange(SessionRegistry.nameOf(sessionId), true));
        synchronized (logons) {
            logons.notifyAll();
        }
    }

    /**
     * Waits until every broker session is logged on, or {@code timeout} has passed.
     *
     * @return whether every broker session is logged on
     */
    public boolean awaitAllLoggedOn(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (logons) {
            while (!allLoggedOn()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(logons, left);
            }
            return true;
        }
    }

    private boolean allLoggedOn() {
        var loggedOn = sessions.loggedOnByName();
        return !loggedOn.isEmpty() && !loggedOn.containsValue(false);
    }

    @Override
    public void onLogout(SessionID sessionId) {
        engine.submit(new BrokerSessionChange(SessionRegistry.nameOf(sessionId), false));
    }

    @Override
    public void fromApp(Message message, SessionID sessionId) throws FieldNotFound, UnsupportedMessageType {
        long receivedNanos = System.nanoTime();
        String broker = SessionRegistry.nameOf(sessionId);
        String msgType = message.getHeader().getString(MsgType.FIELD);
        Optional<String> tooLong = Identifiers.tooLong(message);
        if (tooLong.isPresent()) { // the store could not keep it: applying it would stop the engine
            metrics.unknownExecutionIgnored();
            LOG.error("ignoring a message of type {} from broker {}: {}", msgType, broker, tooLong.get());
            return;
        }
        switch (msgType) {
            case MsgType.EXECUTION_REPORT -> {
                Optional<Command> report = decoder.report(message, broker, receivedNanos);
                if (report.isPresent()) {
                    engine.submit(InboundCommands.of(report.get(), message, sessionId));
                } else {
                    metrics.unknownExecutionIgnored();
                    LOG.warn("ignoring unusable execution report from {}: {}", broker, message);
                }
            }
            case MsgType.ORDER_CANCEL_REJECT ->
                    engine.submit(InboundCommands.of(decoder.cancelReject(message, broker), message, sessionId));
            case MsgType.BUSINESS_MESSAGE_REJECT -> LOG.error("broker {} rejected a message: {}", broker, message);
            default -> throw new UnsupportedMessageType();
        }
    }
}
