package fixgw.simulator.fix;

import fixgw.simulator.venue.MarketView;
import fixgw.simulator.venue.Quote;
import fixgw.simulator.venue.Venue;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import quickfix.SessionID;
import quickfix.field.MDReqRejReason;

/**
 * Market data of sessions whose venue has moving markets: answers a request with a snapshot (W) per symbol and,
 * for a subscription, an incremental refresh (X) per market step of each followed symbol until the
 * unsubscribe. Every method runs on the session's venue thread; the map is concurrent only to publish each
 * session's subscriptions safely.
 */
final class MarketDataPublisher implements MarketStepListener {
    private final Map<String, Quote> quotesBySymbol;
    private final int maxSubscriptionsPerSession;
    private final Map<SessionID, MarketDataSubscriptions> subscriptions = new ConcurrentHashMap<>();

    MarketDataPublisher(Map<String, Quote> quotesBySymbol, int maxSubscriptionsPerSession) {
        this.quotesBySymbol = Map.copyOf(quotesBySymbol);
        this.maxSubscriptionsPerSession = maxSubscriptionsPerSession;
    }

    /** Symbols are known (static or moving); {@code subscribe} also follows the moving ones. */
    void onRequest(SessionID sessionId, Venue venue, String requestId, boolean subscribe, List<String> symbols) {
        MarketDataSubscriptions session = of(sessionId);
        if (subscribe && session.isActive(requestId)) {
            SessionMessages.send(MarketDataMessages.reject(requestId, MDReqRejReason.DUPLICATE_MDREQID,
                    "Duplicate MDReqID " + requestId + " of a live subscription"), sessionId, "market data reject");
            return;
        }
        if (subscribe && session.isFull()) {
            SessionMessages.send(MarketDataMessages.reject(requestId, MDReqRejReason.INSUFFICIENT_BANDWIDTH,
                    "At most " + session.max() + " live subscriptions per session"), sessionId, "market data reject");
            return;
        }
        for (String symbol : symbols) {
            Quote quote = quotesBySymbol.get(symbol);
            SessionMessages.send(quote != null
                    ? MarketDataMessages.snapshot(requestId, quote)
                    : MarketDataMessages.snapshot(requestId, venue.marketOf(symbol).orElseThrow()),
                    sessionId, "market data snapshot");
        }
        if (subscribe) {
            session.add(requestId, symbols);
        }
    }

    void onUnsubscribe(SessionID sessionId, String requestId) {
        of(sessionId).remove(requestId);
    }

    @Override
    public void onSteps(SessionID sessionId, Venue venue, List<MarketView> played) {
        MarketDataSubscriptions session = subscriptions.get(sessionId);
        if (session == null) {
            return;
        }
        for (MarketView view : played) {
            session.forEachFollowing(view.symbol(), requestId -> SessionMessages.send(
                    MarketDataMessages.incremental(requestId, view), sessionId, "market data refresh"));
        }
    }

    private MarketDataSubscriptions of(SessionID sessionId) {
        return subscriptions.computeIfAbsent(sessionId, id -> new MarketDataSubscriptions(maxSubscriptionsPerSession));
    }
}
