package fixgw.simulator.venue;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A new order as the venue sees it, already translated from FIX. Quantity and price are checked by the
 * venue (so a zero quantity is representable and gets its reject).
 *
 * @param limitPrice the limit price, or {@code null} when none was given
 * @param stopPrice  the stop price of a stop or stop limit order, or {@code null} when none was given
 */
public record NewOrder(String clOrdId, String symbol, Side side, OrderType type, TimeInForce timeInForce,
                       long quantity, BigDecimal limitPrice, BigDecimal stopPrice) {

    /** An order without stop price. */
    public NewOrder(String clOrdId, String symbol, Side side, OrderType type, TimeInForce timeInForce,
                    long quantity, BigDecimal limitPrice) {
        this(clOrdId, symbol, side, type, timeInForce, quantity, limitPrice, null);
    }

    public NewOrder {
        Objects.requireNonNull(clOrdId, "clOrdId");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(timeInForce, "timeInForce");
    }
}
