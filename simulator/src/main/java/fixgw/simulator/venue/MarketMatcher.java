package fixgw.simulator.venue;

import fixgw.simulator.market.MarketTick;
import fixgw.simulator.market.TradingSession;
import fixgw.simulator.venue.VenueEvent.OrderCanceled;
import fixgw.simulator.venue.VenueEvent.OrderExpired;
import fixgw.simulator.venue.VenueEvent.OrderFilled;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Executes one symbol's orders against a moving market, step by step. Each step offers the liquidity of
 * {@link LiquidityModel#available}, shared by the orders in time priority, so a large order fills over
 * several steps.
 *
 * <ul>
 *   <li>Market orders (and stop orders once triggered) cross the spread and pay slippage growing with size.
 *   <li>A limit order marketable on arrival does the same but never pays beyond its limit; once resting it fills
 *       only when the market trades through it (last strictly beyond the limit), at its limit price.
 *   <li>Stop and stop limit orders trigger when the last trade reaches the stop price (at or above for a buy,
 *       at or below for a sell).
 *   <li>IOC takes what the arrival step offers and cancels the rest; FOK fills in full in the arrival step or
 *       is canceled without a fill; day orders expire at the session close in the venue's zone.
 *   <li>Each execution carries its commission per the {@link CommissionSchedule}.
 * </ul>
 *
 * <p>Not thread-safe: owned by the thread of the session's venue.
 */
final class MarketMatcher {
    private final LiquidityModel liquidity;
    private final CommissionSchedule commission;
    private final TradingSession session;
    /** Working orders in time priority. */
    private final List<VenueOrder> working = new ArrayList<>();
    private final Map<VenueOrder, Instant> expiries = new IdentityHashMap<>();
    /** Orders a step or the close finished since the venue last asked, so it can retire them. */
    private final List<VenueOrder> finishedSinceDrain = new ArrayList<>();
    private MarketTick current;
    /** Shares the current step still offers. */
    private long remaining;

    MarketMatcher(LiquidityModel liquidity, CommissionSchedule commission, TradingSession session,
                  MarketTick first) {
        this.liquidity = Objects.requireNonNull(liquidity, "liquidity");
        this.commission = Objects.requireNonNull(commission, "commission");
        this.session = Objects.requireNonNull(session, "session");
        this.current = Objects.requireNonNull(first, "first");
        this.remaining = liquidity.available(first);
    }

    MarketTick current() {
        return current;
    }

    /** Orders still working (for tests and monitoring). */
    int workingOrders() {
        return working.size();
    }

    /** Executes a just accepted order against the current step and keeps whatever may rest. */
    void onArrival(VenueOrder order, Instant now, List<VenueEvent> events) {
        if (order.timeInForce() == TimeInForce.FILL_OR_KILL) {
            fillOrKill(order, now, events);
            return;
        }
        triggerIfReached(order, current);
        if (order.isActive()) {
            takeLiquidity(order, current, now, events);
        }
        if (order.timeInForce() == TimeInForce.IMMEDIATE_OR_CANCEL && !order.status().isFinished()) {
            order.cancelRemainder();
            events.add(new OrderCanceled(order.snapshot()));
        }
        if (!order.status().isFinished()) {
            working.add(order);
            if (order.timeInForce() == TimeInForce.DAY) {
                expiries.put(order, expiryOf(now));
            }
        }
    }

    /** Expires what the step's time has passed the close of, then lets the working orders trade in the step. */
    void onTick(MarketTick tick, List<VenueEvent> events) {
        expireDue(tick.time(), events);
        current = tick;
        remaining = liquidity.available(tick);
        for (VenueOrder order : List.copyOf(working)) {
            if (order.status().isFinished()) {
                continue;
            }
            if (!order.isActive()) {
                triggerIfReached(order, tick);
                if (order.isActive()) {
                    // a triggered order arrives in the market now: market, or limit that may cross
                    takeLiquidity(order, tick, tick.time(), events);
                }
            } else if (order.type().hasLimitPrice()) {
                fillIfTradedThrough(order, tick, events);
            } else {
                takeLiquidity(order, tick, tick.time(), events);
            }
        }
        forgetFinished();
    }

    /**
     * An amended order may take what the current step still offers if it now crosses (e.g. a limit raised
     * through the ask); otherwise it keeps resting.
     */
    void onAmended(VenueOrder order, Instant now, List<VenueEvent> events) {
        if (order.isActive() && !order.status().isFinished()) {
            takeLiquidity(order, current, now, events);
        }
        forgetFinished();
    }

    /** Hands over the orders that steps or the close finished since the last call. */
    List<VenueOrder> drainFinished() {
        if (finishedSinceDrain.isEmpty()) {
            return List.of();
        }
        List<VenueOrder> drained = List.copyOf(finishedSinceDrain);
        finishedSinceDrain.clear();
        return drained;
    }

    /** Expires day orders whose close is at or before {@code now}, whether or not the market ticks. */
    void expireDue(Instant now, List<VenueEvent> events) {
        for (VenueOrder order : List.copyOf(working)) {
            Instant expiry = expiries.get(order);
            if (expiry != null && !now.isBefore(expiry) && !order.status().isFinished()) {
                order.expire();
                events.add(new OrderExpired(order.snapshot(), expiry));
            }
        }
        forgetFinished();
    }

    /** Stops tracking an order the venue canceled. */
    void remove(VenueOrder order) {
        working.remove(order);
        expiries.remove(order);
    }

    private void forgetFinished() {
        working.removeIf(order -> {
            boolean finished = order.status().isFinished();
            if (finished) {
                expiries.remove(order);
                finishedSinceDrain.add(order);
            }
            return finished;
        });
    }

    private Instant expiryOf(Instant now) {
        Instant close = session.closeOf(now);
        return now.isBefore(close) ? close : session.closeOf(session.nextOpen(now));
    }

    private void fillOrKill(VenueOrder order, Instant now, List<VenueEvent> events) {
        long quantity = order.leavesQuantity();
        BigDecimal price = order.isActive() && crosses(order, current) && remaining >= quantity
                ? priceWithinLimit(order, current, quantity)
                : null;
        if (price == null) {
            order.cancelRemainder();
            events.add(new OrderCanceled(order.snapshot()));
            return;
        }
        fill(order, quantity, price, now, events);
    }

    private void takeLiquidity(VenueOrder order, MarketTick tick, Instant now, List<VenueEvent> events) {
        long quantity = Math.min(order.leavesQuantity(), remaining);
        if (quantity == 0 || !crosses(order, tick)) {
            return;
        }
        BigDecimal price = priceWithinLimit(order, tick, quantity);
        if (price != null) {
            fill(order, quantity, price, now, events);
        }
    }

    private void fillIfTradedThrough(VenueOrder order, MarketTick tick, List<VenueEvent> events) {
        int lastVersusLimit = tick.last().compareTo(order.limitPrice());
        boolean tradedThrough = order.side().isBuy() ? lastVersusLimit < 0 : lastVersusLimit > 0;
        long quantity = Math.min(order.leavesQuantity(), remaining);
        if (tradedThrough && quantity > 0) {
            fill(order, quantity, order.limitPrice(), tick.time(), events);
        }
    }

    /** Whether the order may take from the touch: always for market orders, for limits if the touch is in. */
    private static boolean crosses(VenueOrder order, MarketTick tick) {
        if (!order.type().hasLimitPrice()) {
            return true;
        }
        return order.side().isBuy()
                ? tick.ask().compareTo(order.limitPrice()) <= 0
                : tick.bid().compareTo(order.limitPrice()) >= 0;
    }

    /** The slipped price, capped at a limit order's limit. */
    private BigDecimal priceWithinLimit(VenueOrder order, MarketTick tick, long quantity) {
        BigDecimal price = liquidity.aggressivePrice(order.side(), tick, quantity);
        if (!order.type().hasLimitPrice()) {
            return price;
        }
        return order.side().isBuy() ? price.min(order.limitPrice()) : price.max(order.limitPrice());
    }

    private static void triggerIfReached(VenueOrder order, MarketTick tick) {
        if (order.isActive()) {
            return;
        }
        int lastVersusStop = tick.last().compareTo(order.stopPrice());
        if (order.side().isBuy() ? lastVersusStop >= 0 : lastVersusStop <= 0) {
            order.trigger();
        }
    }

    private void fill(VenueOrder order, long quantity, BigDecimal price, Instant time, List<VenueEvent> events) {
        BigDecimal charge = commission.forExecution(order.cumQuantity(), order.notional(), quantity, price);
        order.fill(quantity, price);
        remaining -= quantity;
        events.add(new OrderFilled(order.snapshot(), quantity, price, charge, time));
    }
}
