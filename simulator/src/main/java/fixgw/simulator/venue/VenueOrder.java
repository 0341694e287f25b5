package fixgw.simulator.venue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/** Mutable state of one order inside a {@link Venue}; confined to the venue's thread. */
final class VenueOrder {
    static final String NO_ORDER_ID = "NONE";

    // Average price is notional / cumQty: it only terminates for one price level, so round to 16 digits.
    private static final MathContext AVERAGE_PRICE_PRECISION = MathContext.DECIMAL64;

    private final String orderId;
    private final String symbol;
    private final Side side;
    private final OrderType type;
    private final TimeInForce timeInForce;
    private String clOrdId;
    private String origClOrdId;
    private long quantity;
    private BigDecimal limitPrice;
    private BigDecimal stopPrice;
    /** Whether a stop order's stop price has been reached, so it now trades as market or limit. */
    private boolean triggered;
    private OrderStatus status;
    private long cumQuantity;
    private BigDecimal notional = BigDecimal.ZERO;
    /** Every ClOrdID the venue indexes this order under; usually one to three. */
    private final List<String> knownClOrdIds = new ArrayList<>(2);
    private boolean retired;

    private VenueOrder(String orderId, String clOrdId, String symbol, Side side, OrderType type,
                       TimeInForce timeInForce, long quantity, BigDecimal limitPrice, OrderStatus status) {
        this.orderId = orderId;
        this.clOrdId = clOrdId;
        this.symbol = symbol;
        this.side = side;
        this.type = type;
        this.timeInForce = timeInForce;
        this.quantity = quantity;
        this.limitPrice = limitPrice;
        this.status = status;
    }

    static VenueOrder accepted(String orderId, NewOrder request) {
        BigDecimal price = request.type().hasLimitPrice() ? request.limitPrice() : null;
        VenueOrder order = new VenueOrder(orderId, request.clOrdId(), request.symbol(), request.side(),
                request.type(), request.timeInForce(), request.quantity(), price, OrderStatus.NEW);
        order.stopPrice = request.type().hasStopPrice() ? request.stopPrice() : null;
        return order;
    }

    static VenueOrder rejected(NewOrder request) {
        return new VenueOrder(NO_ORDER_ID, request.clOrdId(), request.symbol(), request.side(), request.type(),
                request.timeInForce(), request.quantity(), request.limitPrice(), OrderStatus.REJECTED);
    }

    static VenueOrder rejected(InvalidOrder request) {
        return new VenueOrder(NO_ORDER_ID, request.clOrdId(), request.symbol(), null, null, null, 0, null,
                OrderStatus.REJECTED);
    }

    void fill(long lastQuantity, BigDecimal lastPrice) {
        cumQuantity += lastQuantity;
        notional = notional.add(lastPrice.multiply(BigDecimal.valueOf(lastQuantity)));
        status = cumQuantity == quantity ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED;
    }

    void cancel(String cancelClOrdId, String canceledClOrdId) {
        clOrdId = cancelClOrdId;
        origClOrdId = canceledClOrdId;
        status = OrderStatus.CANCELED;
    }

    /** Day order at the session close: the order keeps its own ClOrdID. */
    void expire() {
        status = OrderStatus.EXPIRED;
    }

    void trigger() {
        triggered = true;
    }

    /** Whether the order trades now: anything but a stop order waiting for its stop price. */
    boolean isActive() {
        return !type.hasStopPrice() || triggered;
    }

    BigDecimal stopPrice() {
        return stopPrice;
    }

    /** Price times quantity of everything filled so far. */
    BigDecimal notional() {
        return notional;
    }

    /** IOC remainder: the order keeps its own ClOrdID. */
    void cancelRemainder() {
        status = OrderStatus.CANCELED;
    }

    void replace(String newClOrdId, long newQuantity, BigDecimal newLimitPrice, BigDecimal newStopPrice) {
        origClOrdId = clOrdId;
        clOrdId = newClOrdId;
        quantity = newQuantity;
        limitPrice = newLimitPrice;
        stopPrice = newStopPrice;
        status = cumQuantity > 0 ? OrderStatus.PARTIALLY_FILLED : OrderStatus.NEW;
    }

    void rememberClOrdId(String id) {
        if (!knownClOrdIds.contains(id)) {
            knownClOrdIds.add(id);
        }
    }

    void forgetClOrdId(String id) {
        knownClOrdIds.remove(id);
    }

    List<String> knownClOrdIds() {
        return knownClOrdIds;
    }

    boolean isRetired() {
        return retired;
    }

    void markRetired() {
        retired = true;
    }

    long leavesQuantity() {
        return status.isFinished() ? 0 : quantity - cumQuantity;
    }

    BigDecimal averagePrice() {
        return cumQuantity == 0
                ? BigDecimal.ZERO
                : notional.divide(BigDecimal.valueOf(cumQuantity), AVERAGE_PRICE_PRECISION);
    }

    OrderSnapshot snapshot() {
        return new OrderSnapshot(orderId, clOrdId, origClOrdId, symbol, side, type, timeInForce, quantity,
                limitPrice, status, cumQuantity, leavesQuantity(), averagePrice(), stopPrice);
    }

    String orderId() {
        return orderId;
    }

    String clOrdId() {
        return clOrdId;
    }

    String symbol() {
        return symbol;
    }

    Side side() {
        return side;
    }

    OrderType type() {
        return type;
    }

    TimeInForce timeInForce() {
        return timeInForce;
    }

    long quantity() {
        return quantity;
    }

    long cumQuantity() {
        return cumQuantity;
    }

    BigDecimal limitPrice() {
        return limitPrice;
    }

    OrderStatus status() {
        return status;
    }
}
