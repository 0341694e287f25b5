package fixgw.simulator.fix;

import fixgw.simulator.config.LedgerConfig;
import fixgw.simulator.config.MarketConfig;
import fixgw.simulator.config.SessionProfileConfig;
import fixgw.simulator.ledger.ExecutionLedger;
import fixgw.simulator.venue.MarketDefinition;
import fixgw.simulator.venue.OrderIdGenerator;
import fixgw.simulator.venue.Quote;
import fixgw.simulator.venue.Venue;
import fixgw.simulator.venue.VenueMarkets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quickfix.Application;
import quickfix.FieldNotFound;
import quickfix.IncorrectDataFormat;
import quickfix.IncorrectTagValue;
import quickfix.Message;
import quickfix.SessionID;
import quickfix.UnsupportedMessageType;
import quickfix.field.MsgType;

/**
 * QuickFIX/J callbacks of the simulator's acceptor: routes each application message type to its handler.
 * Any other type is refused with {@link UnsupportedMessageType}, which QuickFIX/J answers with a
 * BusinessMessageReject (reason 3). Called on each session's own thread; the venue work runs on the session's
 * venue thread ({@link SessionVenues}). Inbound messages of the sessions in {@link InboundValidation} are validated
 * here first, with QuickFIX/J's answers. {@link #close()} stops the venue threads.
 */
public final class SimulatorApplication implements Application, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SimulatorApplication.class);

    private final SessionVenues venues;
    private final NewOrderSingleHandler newOrders;
    private final OrderCancelRequestHandler cancels;
    private final OrderCancelReplaceRequestHandler replaces;
    private final OrderStatusRequestHandler statusRequests;
    private final MarketDataRequestHandler marketData;
    private final InboundValidation validation;

    /**
     * Static quotes only; venues keep {@link Venue#DEFAULT_MAX_FINISHED_ORDERS} finished orders each; executions
     * go to a ledger of {@link LedgerConfig#DEFAULT_MAX_ENTRIES} entries.
     */
    public SimulatorApplication(Map<String, Quote> quotesBySymbol, Clock clock) {
        this(quotesBySymbol, VenueMarkets.NONE, Duration.ofMillis(MarketConfig.DEFAULT_POLL_MILLIS),
                MarketConfig.DEFAULT_MAX_SUBSCRIPTIONS, clock, Venue.DEFAULT_MAX_FINISHED_ORDERS,
                new ExecutionLedger(LedgerConfig.DEFAULT_MAX_ENTRIES), List.of(), InboundValidation.none());
    }

    /**
     * @param markets           symbols on moving markets; their clock then stamps TransactTime
     * @param pollInterval      real time between market updates of each session's venue thread
     * @param maxSubscriptions  live market data subscriptions per session
     * @param clock             stamps TransactTime when there is no moving market
     * @param maxFinishedOrders finished orders each session's venue keeps answerable
     * @param ledger            records every execution of every session
     * @param profiles          how particular sessions behave (by the counterparty's CompID)
     * @param validation        the sessions whose inbound messages this application validates, not QuickFIX/J
     */
    public SimulatorApplication(Map<String, Quote> quotesBySymbol, VenueMarkets markets, Duration pollInterval,
                                int maxSubscriptions, Clock clock, int maxFinishedOrders, ExecutionLedger ledger,
                                List<SessionProfileConfig> profiles, InboundValidation validation) {
        this.validation = validation;
        Clock reportClock = markets.isEmpty() ? clock : markets.clock();
        ReportSender sender = new ReportSender(new ReportEncoder(reportClock, new ExecIdGenerator()), ledger);
        MarketDataPublisher publisher = new MarketDataPublisher(quotesBySymbol, maxSubscriptions);
        this.venues = new SessionVenues(quotesBySymbol, markets, new OrderIdGenerator(), maxFinishedOrders, sender,
                publisher, pollInterval, profiles.stream()
                        .collect(Collectors.toMap(SessionProfileConfig::compId, profile -> profile)));
        this.newOrders = new NewOrderSingleHandler(venues, sender);
        this.cancels = new OrderCancelRequestHandler(venues, sender);
        this.replaces = new OrderCancelReplaceRequestHandler(venues, sender);
        this.statusRequests = new OrderStatusRequestHandler(venues, sender);
        Set<String> movingSymbols = markets.symbols().stream().map(MarketDefinition::symbol)
                .collect(Collectors.toSet());
        this.marketData = new MarketDataRequestHandler(quotesBySymbol, movingSymbols, venues, publisher);
    }

    @Override
    public void fromApp(Message message, SessionID sessionId) throws FieldNotFound, UnsupportedMessageType,
            IncorrectDataFormat, IncorrectTagValue {
        validation.validate(message, sessionId);
        String msgType = message.getHeader().getString(MsgType.FIELD);
        if (!MsgType.MARKET_DATA_REQUEST.equals(msgType) && venues.behaviourOf(sessionId).faults().isSilent()) {
            LOG.info("Simulated fault: {} from {} not answered", msgType, sessionId);
            return;
        }
        switch (msgType) {
            case MsgType.ORDER_SINGLE:
                newOrders.onNewOrderSingle(message, sessionId);
                break;
            case MsgType.ORDER_CANCEL_REQUEST:
                cancels.onOrderCancelRequest(message, sessionId);
                break;
            case MsgType.ORDER_CANCEL_REPLACE_REQUEST:
                replaces.onOrderCancelReplaceRequest(message, sessionId);
                break;
            case MsgType.ORDER_STATUS_REQUEST:
                statusRequests.onOrderStatusRequest(message, sessionId);
                break;
            case MsgType.MARKET_DATA_REQUEST:
                marketData.onMarketDataRequest(message, sessionId);
                break;
            default:
                throw new UnsupportedMessageType();
        }
    }

    @Override
    public void onCreate(SessionID sessionId) {
        venues.create(sessionId);
        validation.onCreate(sessionId);
    }

    /** The injectable faults of every session, by the counterparty's CompID. */
    public Map<String, SessionFaults> faultsByCompId() {
        return venues.faultsByCompId();
    }

    /** Stops the venue threads (after the acceptor, so no request arrives any more). */
    @Override
    public void close() {
        venues.close();
    }

    @Override
    public void onLogon(SessionID sessionId) {
        LOG.info("Logon {}", sessionId);
    }

    @Override
    public void onLogout(SessionID sessionId) {
        LOG.info("Logout {}", sessionId);
    }

    @Override
    public void toAdmin(Message message, SessionID sessionId) {
        // nothing to add to outgoing admin messages
    }

    @Override
    public void fromAdmin(Message message, SessionID sessionId) throws FieldNotFound, IncorrectDataFormat,
            IncorrectTagValue {
        // logons are accepted on CompIDs alone; the acceptor only knows the configured sessions
        validation.validate(message, sessionId);
    }

    @Override
    public void toApp(Message message, SessionID sessionId) {
        // reports go out as built
    }
}
