package fixgw.simulator.fix;

import fixgw.simulator.venue.OrderIdGenerator;
import fixgw.simulator.venue.Quote;
import fixgw.simulator.venue.Venue;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import quickfix.SessionID;

/**
 * One {@link Venue} per FIX session. The map is concurrent only for safe publication: each venue is then
 * used by its own session's thread alone ({@code ThreadedSocketAcceptor}). A session keeps its book across
 * logons for the life of the process, bounded by the venue's finished-order retention.
 */
final class SessionVenues {
    private final Map<String, Quote> quotesBySymbol;
    private final OrderIdGenerator orderIds;
    private final int maxFinishedOrders;
    private final Map<SessionID, Venue> venues = new ConcurrentHashMap<>();

    SessionVenues(Map<String, Quote> quotesBySymbol, OrderIdGenerator orderIds, int maxFinishedOrders) {
        this.quotesBySymbol = Map.copyOf(quotesBySymbol);
        this.orderIds = orderIds;
        this.maxFinishedOrders = maxFinishedOrders;
    }

    Venue of(SessionID sessionId) {
        return venues.computeIfAbsent(sessionId, id -> new Venue(quotesBySymbol, orderIds, maxFinishedOrders));
    }
}
