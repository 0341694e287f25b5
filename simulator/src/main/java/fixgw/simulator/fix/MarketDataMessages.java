package fixgw.simulator.fix;

import fixgw.simulator.market.MarketTick;
import fixgw.simulator.venue.MarketView;
import fixgw.simulator.venue.Quote;
import java.math.BigDecimal;
import quickfix.Group;
import quickfix.Message;
import quickfix.field.MDEntryPx;
import quickfix.field.MDEntrySize;
import quickfix.field.MDEntryType;
import quickfix.field.MDReqID;
import quickfix.field.MDReqRejReason;
import quickfix.field.MDUpdateAction;
import quickfix.field.Symbol;
import quickfix.field.Text;
import quickfix.fix44.MarketDataIncrementalRefresh;
import quickfix.fix44.MarketDataRequestReject;
import quickfix.fix44.MarketDataSnapshotFullRefresh;

/**
 * Builds the market data messages: snapshots (W) of a static quote (bid, offer) or of a moving market (bid,
 * offer, last trade, session volume), incremental refreshes (X) of one market step, and rejects (Y). Prices and
 * sizes are written exactly. Stateless and thread-safe.
 */
final class MarketDataMessages {
    private MarketDataMessages() {
    }

    static Message snapshot(String requestId, Quote quote) {
        Message snapshot = snapshotOf(requestId, quote.symbol());
        snapshot.addGroup(entry(new MarketDataSnapshotFullRefresh.NoMDEntries(), MDEntryType.BID, quote.bid(),
                quote.size()));
        snapshot.addGroup(entry(new MarketDataSnapshotFullRefresh.NoMDEntries(), MDEntryType.OFFER, quote.ask(),
                quote.size()));
        return snapshot;
    }

    static Message snapshot(String requestId, MarketView view) {
        Message snapshot = snapshotOf(requestId, view.symbol());
        MarketTick tick = view.tick();
        snapshot.addGroup(entry(new MarketDataSnapshotFullRefresh.NoMDEntries(), MDEntryType.BID, tick.bid(),
                view.quotedSize()));
        snapshot.addGroup(entry(new MarketDataSnapshotFullRefresh.NoMDEntries(), MDEntryType.OFFER, tick.ask(),
                view.quotedSize()));
        snapshot.addGroup(entry(new MarketDataSnapshotFullRefresh.NoMDEntries(), MDEntryType.TRADE, tick.last(),
                tick.volume()));
        snapshot.addGroup(entry(new MarketDataSnapshotFullRefresh.NoMDEntries(), MDEntryType.TRADE_VOLUME, null,
                view.sessionVolume()));
        return snapshot;
    }

    /** One step: bid and offer changed, a trade (when the step traded) and the session volume changed. */
    static Message incremental(String requestId, MarketView view) {
        Message refresh = new MarketDataIncrementalRefresh();
        refresh.setString(MDReqID.FIELD, requestId);
        MarketTick tick = view.tick();
        refresh.addGroup(update(MDUpdateAction.CHANGE, MDEntryType.BID, view.symbol(), tick.bid(), view.quotedSize()));
        refresh.addGroup(update(MDUpdateAction.CHANGE, MDEntryType.OFFER, view.symbol(), tick.ask(),
                view.quotedSize()));
        if (tick.volume() > 0) {
            refresh.addGroup(update(MDUpdateAction.NEW, MDEntryType.TRADE, view.symbol(), tick.last(), tick.volume()));
        }
        refresh.addGroup(update(MDUpdateAction.CHANGE, MDEntryType.TRADE_VOLUME, view.symbol(), null,
                view.sessionVolume()));
        return refresh;
    }

    static Message reject(String requestId, char reason, String text) {
        MarketDataRequestReject reject = new MarketDataRequestReject(new MDReqID(requestId));
        reject.set(new MDReqRejReason(reason));
        reject.set(new Text(text));
        return reject;
    }

    private static Message snapshotOf(String requestId, String symbol) {
        MarketDataSnapshotFullRefresh snapshot = new MarketDataSnapshotFullRefresh();
        snapshot.set(new MDReqID(requestId));
        snapshot.set(new Symbol(symbol));
        return snapshot;
    }

    private static Group update(char action, char type, String symbol, BigDecimal price, long size) {
        Group entry = entry(new MarketDataIncrementalRefresh.NoMDEntries(), type, price, size);
        entry.setChar(MDUpdateAction.FIELD, action);
        entry.setString(Symbol.FIELD, symbol);
        return entry;
    }

    /** @param price {@code null} for entries without a price (trade volume) */
    private static Group entry(Group entry, char type, BigDecimal price, long size) {
        entry.setChar(MDEntryType.FIELD, type);
        if (price != null) {
            entry.setDecimal(MDEntryPx.FIELD, price);
        }
        entry.setString(MDEntrySize.FIELD, Long.toString(size));
        return entry;
    }
}
