package fixgw.simulator.fix;

import fixgw.simulator.config.LiquidityConfig;
import fixgw.simulator.config.SessionProfileConfig;
import fixgw.simulator.venue.OrderIdGenerator;
import fixgw.simulator.venue.Quote;
import fixgw.simulator.venue.Venue;
import fixgw.simulator.venue.VenueMarkets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import quickfix.SessionID;

/**
 * One {@link Venue} per FIX session, each run by its own {@link VenueRunner}: inline on the session's thread
 * when every symbol has a static quote and the session's profile answers at once, on a {@link VenueThread} when
 * markets move or answers are delayed. Each session also has its {@link SessionBehaviour} (profile and faults).
 * A session keeps its book across logons for the life of the process, bounded by the venue's finished-order
 * retention. Thread-safe.
 */
final class SessionVenues implements AutoCloseable {
    private final Map<String, Quote> quotesBySymbol;
    private final VenueMarkets markets;
    private final OrderIdGenerator orderIds;
    private final int maxFinishedOrders;
    private final ReportSender sender;
    private final MarketStepListener listener;
    private final Duration pollInterval;
    private final Map<String, SessionProfileConfig> profilesByCompId;
    private final Map<SessionID, SessionVenue> sessions = new ConcurrentHashMap<>();

    private record SessionVenue(VenueRunner runner, SessionBehaviour behaviour) {
    }

    SessionVenues(Map<String, Quote> quotesBySymbol, VenueMarkets markets, OrderIdGenerator orderIds,
                  int maxFinishedOrders, ReportSender sender, MarketStepListener listener, Duration pollInterval,
                  Map<String, SessionProfileConfig> profilesByCompId) {
        this.quotesBySymbol = Map.copyOf(quotesBySymbol);
        this.markets = markets;
        this.orderIds = orderIds;
        this.maxFinishedOrders = maxFinishedOrders;
        this.sender = sender;
        this.listener = listener;
        this.pollInterval = pollInterval;
        this.profilesByCompId = Map.copyOf(profilesByCompId);
    }

    /** Runs {@code work} on the session's venue, on the venue's own thread. */
    void execute(SessionID sessionId, Consumer<Venue> work) {
        sessionOf(sessionId).runner().execute(work);
    }

    SessionBehaviour behaviourOf(SessionID sessionId) {
        return sessionOf(sessionId).behaviour();
    }

    /** Creates the session's venue (and starts its market) if it has none yet. */
    void create(SessionID sessionId) {
        sessionOf(sessionId);
    }

    /** The faults of every session created so far, by the counterparty's CompID (sorted). */
    Map<String, SessionFaults> faultsByCompId() {
        Map<String, SessionFaults> faults = new TreeMap<>();
        sessions.forEach((id, session) -> faults.put(id.getTargetCompID(), session.behaviour().faults()));
        return faults;
    }

    private SessionVenue sessionOf(SessionID sessionId) {
        return sessions.computeIfAbsent(sessionId, id -> {
            SessionProfileConfig profile = profilesByCompId.get(id.getTargetCompID());
            Venue venue = new Venue(quotesBySymbol, marketsOf(profile), orderIds, maxFinishedOrders);
            Duration latency = profile == null ? Duration.ZERO : profile.ackLatency();
            VenueRunner runner = venue.hasMarkets() || !latency.isZero()
                    ? new VenueThread(id, venue, sender, listener, pollInterval, latency)
                    : new InlineVenueRunner(venue);
            return new SessionVenue(runner, new SessionBehaviour(profile));
        });
    }

    private VenueMarkets marketsOf(SessionProfileConfig profile) {
        LiquidityConfig liquidity = profile == null ? null : profile.liquidity();
        return liquidity == null ? markets
                : markets.withLiquidity(liquidity.maxParticipation(), liquidity.impactBasisPoints());
    }

    /** Stops every venue thread. */
    @Override
    public void close() {
        sessions.values().forEach(session -> session.runner().close());
    }
}
