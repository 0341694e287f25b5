package fixgw.simulator.venue;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A new order as the venue sees it, already translated from FIX. Quantity and price are checked by the
 * venue (so a zero quantity is representable and gets its reject).
 *
 * @param limitPrice the limit price, or {@code null} when none was given
 */
public record NewOrder(String clOrdId, String symbol, Side side, OrderType type, TimeInForce timeInForce,
                       long quantity, BigDecimal limitPrice) {
    public NewOrder {
        Objects.requireNonNull(clOrdId, "clOrdId");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(timeInForce, "timeInForce");
    }
}
