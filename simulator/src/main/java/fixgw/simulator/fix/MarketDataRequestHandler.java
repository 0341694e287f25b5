package fixgw.simulator.fix;

import fixgw.simulator.venue.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quickfix.FieldNotFound;
import quickfix.Group;
import quickfix.Message;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionNotFound;
import quickfix.field.MDEntryPx;
import quickfix.field.MDEntrySize;
import quickfix.field.MDEntryType;
import quickfix.field.MDReqID;
import quickfix.field.MDReqRejReason;
import quickfix.field.NoRelatedSym;
import quickfix.field.SubscriptionRequestType;
import quickfix.field.Symbol;
import quickfix.field.Text;
import quickfix.fix44.MarketDataRequestReject;
import quickfix.fix44.MarketDataSnapshotFullRefresh;

/**
 * MarketDataRequest (V) on static quotes: a snapshot (W) per requested symbol with the bid and the offer and
 * their size, or one MarketDataRequestReject (Y, reason 0 unknown symbol) naming the unknown symbols, in which
 * case nothing is sent for the others. A static quote never changes, so a subscription gets its snapshot and
 * no incremental refreshes, and an unsubscribe needs no answer. Stateless and thread-safe.
 */
final class MarketDataRequestHandler {
    private static final Logger LOG = LoggerFactory.getLogger(MarketDataRequestHandler.class);

    private final Map<String, Quote> quotesBySymbol;

    MarketDataRequestHandler(Map<String, Quote> quotesBySymbol) {
        this.quotesBySymbol = Map.copyOf(quotesBySymbol);
    }

    void onMarketDataRequest(Message request, SessionID sessionId) throws FieldNotFound {
        String requestId = request.getString(MDReqID.FIELD);
        if (request.getChar(SubscriptionRequestType.FIELD)
                == SubscriptionRequestType.DISABLE_PREVIOUS_SNAPSHOT_UPDATE_REQUEST) {
            return;
        }
        List<String> symbols = new ArrayList<>();
        for (Group group : request.getGroups(NoRelatedSym.FIELD)) {
            symbols.add(group.getString(Symbol.FIELD));
        }
        List<String> unknown = symbols.stream().filter(symbol -> !quotesBySymbol.containsKey(symbol)).toList();
        if (!unknown.isEmpty() || symbols.isEmpty()) {
            MarketDataRequestReject reject = new MarketDataRequestReject(new MDReqID(requestId));
            reject.set(new MDReqRejReason(MDReqRejReason.UNKNOWN_SYMBOL));
            String text = symbols.isEmpty() ? "No symbol requested" : "Unknown symbol " + String.join(",", unknown);
            reject.set(new Text(text));
            send(reject, sessionId);
            return;
        }
        for (String symbol : symbols) {
            send(snapshot(requestId, quotesBySymbol.get(symbol)), sessionId);
        }
    }

    private static Message snapshot(String requestId, Quote quote) {
        MarketDataSnapshotFullRefresh snapshot = new MarketDataSnapshotFullRefresh();
        snapshot.set(new MDReqID(requestId));
        snapshot.set(new Symbol(quote.symbol()));
        snapshot.addGroup(entry(MDEntryType.BID, quote));
        snapshot.addGroup(entry(MDEntryType.OFFER, quote));
        return snapshot;
    }

    private static Group entry(char type, Quote quote) {
        Group entry = new MarketDataSnapshotFullRefresh.NoMDEntries();
        entry.setChar(MDEntryType.FIELD, type);
        entry.setDecimal(MDEntryPx.FIELD, type == MDEntryType.BID ? quote.bid() : quote.ask());
        entry.setString(MDEntrySize.FIELD, Long.toString(quote.size()));
        return entry;
    }

    private static void send(Message message, SessionID sessionId) {
        try {
            if (!Session.sendToTarget(message, sessionId)) {
                LOG.warn("Market data queued, session {} is not logged on", sessionId);
            }
        } catch (SessionNotFound e) {
            LOG.warn("Dropping market data, session {} no longer exists", sessionId, e);
        }
    }
}
