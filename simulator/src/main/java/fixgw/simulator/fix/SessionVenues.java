package fixgw.simulator.fix;

import fixgw.simulator.venue.OrderIdGenerator;
import fixgw.simulator.venue.Quote;
import fixgw.simulator.venue.Venue;
import fixgw.simulator.venue.VenueMarkets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import quickfix.SessionID;

/**
 * One {@link Venue} per FIX session, each run by its own {@link VenueRunner}: inline on the session's thread
 * when every symbol has a static quote, on a {@link MarketVenueThread} when markets move. A session keeps its
 * book across logons for the life of the process, bounded by the venue's finished-order retention. Thread-safe.
 */
final class SessionVenues implements AutoCloseable {
    private final Map<String, Quote> quotesBySymbol;
    private final VenueMarkets markets;
    private final OrderIdGenerator orderIds;
    private final int maxFinishedOrders;
    private final ReportSender sender;
    private final MarketStepListener listener;
    private final Duration pollInterval;
    private final Map<SessionID, VenueRunner> runners = new ConcurrentHashMap<>();

    SessionVenues(Map<String, Quote> quotesBySymbol, VenueMarkets markets, OrderIdGenerator orderIds,
                  int maxFinishedOrders, ReportSender sender, MarketStepListener listener, Duration pollInterval) {
        this.quotesBySymbol = Map.copyOf(quotesBySymbol);
        this.markets = markets;
        this.orderIds = orderIds;
        this.maxFinishedOrders = maxFinishedOrders;
        this.sender = sender;
        this.listener = listener;
        this.pollInterval = pollInterval;
    }

    /** Runs {@code work} on the session's venue, on the venue's own thread. */
    void execute(SessionID sessionId, Consumer<Venue> work) {
        runnerOf(sessionId).execute(work);
    }

    /** Creates the session's venue (and starts its market) if it has none yet. */
    void create(SessionID sessionId) {
        runnerOf(sessionId);
    }

    private VenueRunner runnerOf(SessionID sessionId) {
        return runners.computeIfAbsent(sessionId, id -> {
            Venue venue = new Venue(quotesBySymbol, markets, orderIds, maxFinishedOrders);
            return venue.hasMarkets()
                    ? new MarketVenueThread(id, venue, sender, listener, pollInterval)
                    : new InlineVenueRunner(venue);
        });
    }

    /** Stops every venue thread. */
    @Override
    public void close() {
        runners.values().forEach(VenueRunner::close);
    }
}
