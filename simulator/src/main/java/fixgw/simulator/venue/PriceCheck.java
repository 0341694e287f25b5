package fixgw.simulator.venue;

import java.math.BigDecimal;

/** The prices an order type needs: a positive limit for limit types, a positive stop for stop types. */
final class PriceCheck {
    private PriceCheck() {
    }

    /** What is wrong with the order's prices, or {@code null} when nothing is. */
    static String problemOf(NewOrder request) {
        if (request.type().hasLimitPrice()) {
            String limit = problemOf(request.limitPrice(), "Limit order without Price", "Price");
            if (limit != null) {
                return limit;
            }
        }
        if (request.type().hasStopPrice()) {
            return problemOf(request.stopPrice(), "Stop order without StopPx", "StopPx");
        }
        return null;
    }

    private static String problemOf(BigDecimal price, String missing, String field) {
        if (price == null) {
            return missing;
        }
        return price.signum() > 0 ? null : field + " must be positive, was " + price.toPlainString();
    }
}
