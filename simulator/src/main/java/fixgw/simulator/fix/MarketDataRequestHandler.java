package fixgw.simulator.fix;

import fixgw.simulator.venue.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import quickfix.FieldNotFound;
import quickfix.Group;
import quickfix.Message;
import quickfix.SessionID;
import quickfix.field.MDReqID;
import quickfix.field.MDReqRejReason;
import quickfix.field.NoRelatedSym;
import quickfix.field.SubscriptionRequestType;
import quickfix.field.Symbol;

/**
 * MarketDataRequest (V). Any unknown symbol gets one MarketDataRequestReject (Y, reason 0) naming the unknown
 * symbols, and nothing is sent for the others. A request for static quotes only is answered at once with a
 * snapshot (W) per symbol: they never change, so a subscription gets no refreshes. A request that names a moving
 * market goes to the session's venue thread ({@link MarketDataPublisher}): snapshots, then incremental refreshes
 * (X) as the market moves until SubscriptionRequestType 2 with the same MDReqID. Thread-safe.
 */
final class MarketDataRequestHandler {
    private final Map<String, Quote> quotesBySymbol;
    private final Set<String> movingSymbols;
    private final SessionVenues venues;
    private final MarketDataPublisher publisher;

    MarketDataRequestHandler(Map<String, Quote> quotesBySymbol, Set<String> movingSymbols, SessionVenues venues,
                             MarketDataPublisher publisher) {
        this.quotesBySymbol = Map.copyOf(quotesBySymbol);
        this.movingSymbols = Set.copyOf(movingSymbols);
        this.venues = venues;
        this.publisher = publisher;
    }

    void onMarketDataRequest(Message request, SessionID sessionId) throws FieldNotFound {
        String requestId = request.getString(MDReqID.FIELD);
        char subscription = request.getChar(SubscriptionRequestType.FIELD);
        if (subscription == SubscriptionRequestType.DISABLE_PREVIOUS_SNAPSHOT_UPDATE_REQUEST) {
            if (!movingSymbols.isEmpty()) {
                venues.execute(sessionId, venue -> publisher.onUnsubscribe(sessionId, requestId));
            }
            return;
        }
        List<String> symbols = new ArrayList<>();
        for (Group group : request.getGroups(NoRelatedSym.FIELD)) {
            symbols.add(group.getString(Symbol.FIELD));
        }
        List<String> unknown = symbols.stream()
                .filter(symbol -> !quotesBySymbol.containsKey(symbol) && !movingSymbols.contains(symbol)).toList();
        if (!unknown.isEmpty() || symbols.isEmpty()) {
            String text = symbols.isEmpty() ? "No symbol requested" : "Unknown symbol " + String.join(",", unknown);
            SessionMessages.send(MarketDataMessages.reject(requestId, MDReqRejReason.UNKNOWN_SYMBOL, text), sessionId,
                    "market data reject");
            return;
        }
        if (symbols.stream().noneMatch(movingSymbols::contains)) {
            for (String symbol : symbols) {
                SessionMessages.send(MarketDataMessages.snapshot(requestId, quotesBySymbol.get(symbol)), sessionId,
                        "market data snapshot");
            }
            return;
        }
        boolean subscribe = subscription == SubscriptionRequestType.SNAPSHOT_UPDATES;
        venues.execute(sessionId, venue -> publisher.onRequest(sessionId, venue, requestId, subscribe, symbols));
    }
}
