package fixgw.simulator.venue;

import fixgw.simulator.venue.VenueEvent.CancelRejected;
import fixgw.simulator.venue.VenueEvent.OrderAccepted;
import fixgw.simulator.venue.VenueEvent.OrderCanceled;
import fixgw.simulator.venue.VenueEvent.OrderRejected;
import fixgw.simulator.venue.VenueEvent.OrderReplaced;
import fixgw.simulator.venue.VenueEvent.StatusReported;
import fixgw.simulator.venue.VenueEvent.UnknownOrderStatus;
import fixgw.simulator.market.TradingSession;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The order book of one broker session: accepts, fills, cancels and amends orders against fixed quotes or
 * moving markets ({@link VenueMarkets}) and returns what happened as {@link VenueEvent}s, in the order they must
 * be reported. Moving markets advance only when told ({@link #advanceMarkets}), to the time of the markets'
 * clock; orders on them are refused while their trading session is closed.
 *
 * <p>Not thread-safe: one venue per FIX session, used only from that session's thread. Every ClOrdID an
 * order has carried keeps pointing at it, so a late cancel by an earlier id is answered "too late", not
 * "unknown" while the order is held. Memory is bounded: once more than {@code maxFinishedOrders} orders are
 * finished (filled, canceled, rejected), the oldest finished one is forgotten with all its ClOrdIDs, so a status
 * request then finds nothing and its ClOrdIDs may be used again.
 */
public final class Venue {
    /** Finished orders a venue keeps unless told otherwise. */
    public static final int DEFAULT_MAX_FINISHED_ORDERS = 10_000;

    private final Map<String, Quote> quotesBySymbol;
    private final VenueMarkets venueMarkets;
    private final Map<String, SymbolMarket> markets = new LinkedHashMap<>();
    private final OrderIdGenerator orderIds;
    private final QuoteMatcher matcher = new QuoteMatcher();
    private final Map<String, VenueOrder> ordersByClOrdId = new HashMap<>();
    private final int maxFinishedOrders;
    /** Finished orders still held, oldest first. */
    private final ArrayDeque<VenueOrder> finished = new ArrayDeque<>();

    /** Keeps the last {@link #DEFAULT_MAX_FINISHED_ORDERS} finished orders. */
    public Venue(Map<String, Quote> quotesBySymbol, OrderIdGenerator orderIds) {
        this(quotesBySymbol, orderIds, DEFAULT_MAX_FINISHED_ORDERS);
    }

    /** @param maxFinishedOrders how many finished orders stay answerable; positive */
    public Venue(Map<String, Quote> quotesBySymbol, OrderIdGenerator orderIds, int maxFinishedOrders) {
        this(quotesBySymbol, VenueMarkets.NONE, orderIds, maxFinishedOrders);
    }

    /**
     * @param quotesBySymbol symbols on static quotes
     * @param venueMarkets   symbols on moving markets (each venue builds its own models from them)
     */
    public Venue(Map<String, Quote> quotesBySymbol, VenueMarkets venueMarkets, OrderIdGenerator orderIds,
                 int maxFinishedOrders) {
        if (maxFinishedOrders <= 0) {
            throw new IllegalArgumentException("maxFinishedOrders must be positive, was " + maxFinishedOrders);
        }
        this.quotesBySymbol = Map.copyOf(quotesBySymbol);
        this.venueMarkets = Objects.requireNonNull(venueMarkets, "venueMarkets");
        for (MarketDefinition definition : venueMarkets.symbols()) {
            markets.put(definition.symbol(), new SymbolMarket(definition, venueMarkets));
        }
        this.orderIds = Objects.requireNonNull(orderIds, "orderIds");
        this.maxFinishedOrders = maxFinishedOrders;
    }

    /** Whether any symbol trades on a moving market (which then needs {@link #advanceMarkets} called). */
    public boolean hasMarkets() {
        return !markets.isEmpty();
    }

    /** Where a symbol's moving market stands; empty for static quotes and unknown symbols. */
    public Optional<MarketView> marketOf(String symbol) {
        SymbolMarket market = markets.get(symbol);
        return market == null ? Optional.empty() : Optional.of(market.view());
    }

    /**
     * Plays every market step due by the markets' clock: resting orders fill as the market moves, stops
     * trigger and day orders expire at the close.
     *
     * @param events receives what happened to orders, in the order to report it
     * @param played receives every step played, per symbol in time order (for market data)
     */
    public void advanceMarkets(List<VenueEvent> events, List<MarketView> played) {
        if (markets.isEmpty()) {
            return;
        }
        Instant now = venueMarkets.clock().instant();
        for (SymbolMarket market : markets.values()) {
            market.advanceTo(now, events, played);
            market.matcher().drainFinished().forEach(this::retireIfFinished);
        }
    }

    /** Orders held in memory, working and finished (for tests and monitoring). */
    public int heldOrders() {
        return (int) ordersByClOrdId.values().stream().distinct().count();
    }

    /** Validates, acknowledges and (if it can trade) executes a new order. */
    public List<VenueEvent> onNewOrder(NewOrder request) {
        VenueOrder existing = ordersByClOrdId.get(request.clOrdId());
        if (existing != null && !existing.status().isFinished()) {
            // The live order keeps its id: the duplicate is answered but not remembered.
            return List.of(new OrderRejected(VenueOrder.rejected(request).snapshot(),
                    OrderRejectReason.DUPLICATE_ORDER,
                    "Duplicate ClOrdID " + request.clOrdId() + " of a live order"));
        }
        Quote quote = quotesBySymbol.get(request.symbol());
        SymbolMarket market = quote == null ? markets.get(request.symbol()) : null;
        if (quote == null && market == null) {
            return reject(request, OrderRejectReason.UNKNOWN_SYMBOL, "Unknown symbol " + request.symbol());
        }
        if (request.quantity() <= 0) {
            return reject(request, OrderRejectReason.INCORRECT_QUANTITY,
                    "OrderQty must be positive, was " + request.quantity());
        }
        if (market != null) {
            return onNewMarketOrder(request, market);
        }
        if (request.type().hasStopPrice() || request.timeInForce() == TimeInForce.FILL_OR_KILL) {
            return reject(request, OrderRejectReason.UNSUPPORTED_ORDER_CHARACTERISTIC,
                    request.type().hasStopPrice()
                            ? "Stop orders need a market model; " + request.symbol() + " has a static quote"
                            : "Fill-or-kill needs a market model; " + request.symbol() + " has a static quote");
        }
        String priceProblem = PriceCheck.problemOf(request);
        if (priceProblem != null) {
            return reject(request, OrderRejectReason.OTHER, priceProblem);
        }
        VenueOrder order = VenueOrder.accepted(orderIds.next(), request);
        index(order.clOrdId(), order);
        List<VenueEvent> events = new ArrayList<>();
        events.add(new OrderAccepted(order.snapshot()));
        if (order.type() == OrderType.MARKET) {
            matcher.sweep(order, quote, events);
        } else {
            matcher.takeOneSliceIfMarketable(order, quote, events);
        }
        if (order.timeInForce() == TimeInForce.IMMEDIATE_OR_CANCEL && order.leavesQuantity() > 0) {
            order.cancelRemainder();
            events.add(new OrderCanceled(order.snapshot()));
        }
        retireIfFinished(order);
        return events;
    }

    private List<VenueEvent> onNewMarketOrder(NewOrder request, SymbolMarket market) {
        String priceProblem = PriceCheck.problemOf(request);
        if (priceProblem != null) {
            return reject(request, OrderRejectReason.OTHER, priceProblem);
        }
        Instant now = venueMarkets.clock().instant();
        TradingSession session = venueMarkets.session();
        if (!session.isOpen(now)) {
            return reject(request, OrderRejectReason.EXCHANGE_CLOSED, "Market closed for " + request.symbol()
                    + ": trading hours " + session.open() + "-" + session.close() + " " + session.zone()
                    + ", market time " + now);
        }
        VenueOrder order = VenueOrder.accepted(orderIds.next(), request);
        index(order.clOrdId(), order);
        List<VenueEvent> events = new ArrayList<>();
        events.add(new OrderAccepted(order.snapshot()));
        market.matcher().onArrival(order, now, events);
        retireIfFinished(order);
        return events;
    }

    /** Records and rejects an order the adapter could not translate. */
    public List<VenueEvent> onInvalidOrder(InvalidOrder request) {
        VenueOrder rejected = VenueOrder.rejected(request);
        VenueOrder existing = ordersByClOrdId.get(request.clOrdId());
        if (existing == null || existing.status().isFinished()) {
            index(request.clOrdId(), rejected);
            retireIfFinished(rejected);
        }
        return List.of(new OrderRejected(rejected.snapshot(), request.reason(), request.text()));
    }

    /** Cancels a working order. */
    public List<VenueEvent> onCancel(CancelRequest request) {
        VenueOrder order = ordersByClOrdId.get(request.origClOrdId());
        CancelRejected refusal = refuseIfNotWorking(order, request.clOrdId(), request.origClOrdId(),
                CancelRequestKind.CANCEL);
        if (refusal != null) {
            return List.of(refusal);
        }
        order.cancel(request.clOrdId(), request.origClOrdId());
        SymbolMarket market = markets.get(order.symbol());
        if (market != null) {
            market.matcher().remove(order);
        }
        index(request.clOrdId(), order);
        retireIfFinished(order);
        return List.of(new OrderCanceled(order.snapshot()));
    }

    /**
     * Amends quantity, limit price and/or stop price of a working order, then executes it if it now crosses (or its
     * new stop price has been reached). A stop price can move only on a stop order that has not triggered yet.
     */
    public List<VenueEvent> onReplace(ReplaceRequest request) {
        VenueOrder order = ordersByClOrdId.get(request.origClOrdId());
        CancelRejected refusal = refuseIfNotWorking(order, request.clOrdId(), request.origClOrdId(),
                CancelRequestKind.REPLACE);
        if (refusal != null) {
            return List.of(refusal);
        }
        long newQuantity = request.newQuantity().orElse(order.quantity());
        if (newQuantity <= order.cumQuantity()) {
            return List.of(replaceRejected(order, request, "OrderQty " + newQuantity
                    + " must exceed CumQty " + order.cumQuantity()));
        }
        BigDecimal newLimitPrice = order.type().hasLimitPrice()
                ? request.newLimitPrice().orElse(order.limitPrice())
                : null;
        if (newLimitPrice != null && newLimitPrice.signum() <= 0) {
            return List.of(replaceRejected(order, request,
                    "Price must be positive, was " + newLimitPrice.toPlainString()));
        }
        Optional<String> stopProblem = stopPriceProblem(order, request.newStopPrice());
        if (stopProblem.isPresent()) {
            return List.of(replaceRejected(order, request, stopProblem.get()));
        }
        BigDecimal newStopPrice = request.newStopPrice().orElse(order.stopPrice());
        order.replace(request.clOrdId(), newQuantity, newLimitPrice, newStopPrice);
        index(request.clOrdId(), order);
        List<VenueEvent> events = new ArrayList<>();
        events.add(new OrderReplaced(order.snapshot()));
        SymbolMarket market = markets.get(order.symbol());
        if (market != null) {
            market.matcher().onAmended(order, venueMarkets.clock().instant(), events);
        } else if (order.type() == OrderType.LIMIT) {
            matcher.takeOneSliceIfMarketable(order, quotesBySymbol.get(order.symbol()), events);
        }
        retireIfFinished(order);
        return events;
    }

    /** Reports the current state of the order known as {@code clOrdId}. */
    public VenueEvent onStatusRequest(String clOrdId) {
        VenueOrder order = ordersByClOrdId.get(clOrdId);
        return order == null ? new UnknownOrderStatus(clOrdId) : new StatusReported(order.snapshot());
    }

    private List<VenueEvent> reject(NewOrder request, OrderRejectReason reason, String text) {
        VenueOrder rejected = VenueOrder.rejected(request);
        index(request.clOrdId(), rejected);
        retireIfFinished(rejected);
        return List.of(new OrderRejected(rejected.snapshot(), reason, text));
    }

    private void index(String clOrdId, VenueOrder order) {
        VenueOrder previous = ordersByClOrdId.put(clOrdId, order);
        if (previous != null && previous != order) {
            // a finished order's ClOrdID was used again: the id now belongs to the new order alone
            previous.forgetClOrdId(clOrdId);
        }
        order.rememberClOrdId(clOrdId);
    }

    private void retireIfFinished(VenueOrder order) {
        if (!order.status().isFinished() || order.isRetired()) {
            return;
        }
        order.markRetired();
        finished.addLast(order);
        if (finished.size() > maxFinishedOrders) {
            VenueOrder oldest = finished.removeFirst();
            for (String clOrdId : oldest.knownClOrdIds()) {
                ordersByClOrdId.remove(clOrdId, oldest);
            }
        }
    }

    private static CancelRejected refuseIfNotWorking(VenueOrder order, String clOrdId, String origClOrdId,
                                                     CancelRequestKind kind) {
        if (order == null) {
            return new CancelRejected(clOrdId, origClOrdId, VenueOrder.NO_ORDER_ID, null,
                    CancelRejectReason.UNKNOWN_ORDER, kind, "Unknown order " + origClOrdId);
        }
        if (order.status().isFinished()) {
            return new CancelRejected(clOrdId, origClOrdId, order.orderId(), order.status(),
                    CancelRejectReason.TOO_LATE_TO_CANCEL, kind,
                    "Order " + origClOrdId + " is already " + order.status());
        }
        return null;
    }

    private static Optional<String> stopPriceProblem(VenueOrder order, Optional<BigDecimal> newStopPrice) {
        if (newStopPrice.isEmpty() || newStopPrice.get().compareTo(
                order.stopPrice() == null ? BigDecimal.ZERO : order.stopPrice()) == 0) {
            return Optional.empty();
        }
        if (!order.type().hasStopPrice()) {
            return Optional.of("StopPx applies only to stop orders; this is a " + order.type() + " order");
        }
        if (newStopPrice.get().signum() <= 0) {
            return Optional.of("StopPx must be positive, was " + newStopPrice.get().toPlainString());
        }
        if (order.isActive()) {
            return Optional.of("the stop price " + order.stopPrice().toPlainString()
                    + " was already reached: the order trades and its stop can no longer move");
        }
        return Optional.empty();
    }

    private static CancelRejected replaceRejected(VenueOrder order, ReplaceRequest request, String text) {
        return new CancelRejected(request.clOrdId(), request.origClOrdId(), order.orderId(), order.status(),
                CancelRejectReason.OTHER, CancelRequestKind.REPLACE, text);
    }
}
