package fixgw.simulator.venue;

import java.math.BigDecimal;

/**
 * Immutable view of a venue order at the moment an event happened.
 *
 * <p>{@code side}, {@code type} and {@code timeInForce} are {@code null} only for orders rejected before
 * translation ({@link InvalidOrder}); {@code origClOrdId} is {@code null} until a cancel or replace;
 * {@code limitPrice} is {@code null} for market and stop orders, {@code stopPrice} for all but stop and stop
 * limit orders.
 */
public record OrderSnapshot(String orderId, String clOrdId, String origClOrdId, String symbol, Side side,
                            OrderType type, TimeInForce timeInForce, long quantity, BigDecimal limitPrice,
                            OrderStatus status, long cumQuantity, long leavesQuantity, BigDecimal averagePrice,
                            BigDecimal stopPrice) {

    /** An order without stop price. */
    public OrderSnapshot(String orderId, String clOrdId, String origClOrdId, String symbol, Side side,
                         OrderType type, TimeInForce timeInForce, long quantity, BigDecimal limitPrice,
                         OrderStatus status, long cumQuantity, long leavesQuantity, BigDecimal averagePrice) {
        this(orderId, clOrdId, origClOrdId, symbol, side, type, timeInForce, quantity, limitPrice, status,
                cumQuantity, leavesQuantity, averagePrice, null);
    }
}
