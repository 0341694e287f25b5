package fixgw.simulator.fix;

import quickfix.field.MDEntryType;
import quickfix.field.MDReqID;
import quickfix.field.MarketDepth;
import quickfix.field.SubscriptionRequestType;
import quickfix.field.Symbol;
import quickfix.fix44.MarketDataRequest;

/** Builds the MarketDataRequests (V) of the market data tests. */
final class MarketDataRequests {
    private MarketDataRequests() {
    }

    /** Top of book for {@code symbols}, asking for the given MDEntryTypes. */
    static MarketDataRequest request(String id, char subscription, char[] entryTypes, String... symbols) {
        MarketDataRequest request = new MarketDataRequest(new MDReqID(id), new SubscriptionRequestType(subscription),
                new MarketDepth(1));
        for (char type : entryTypes) {
            MarketDataRequest.NoMDEntryTypes entryType = new MarketDataRequest.NoMDEntryTypes();
            entryType.set(new MDEntryType(type));
            request.addGroup(entryType);
        }
        for (String symbol : symbols) {
            MarketDataRequest.NoRelatedSym related = new MarketDataRequest.NoRelatedSym();
            related.set(new Symbol(symbol));
            request.addGroup(related);
        }
        return request;
    }
}
