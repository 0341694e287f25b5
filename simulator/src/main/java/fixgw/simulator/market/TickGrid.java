package fixgw.simulator.market;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Prices as whole multiples of a tick size, so a price process can move in exact steps. Immutable.
 *
 * @param tickSize the minimum price increment, positive
 */
record TickGrid(BigDecimal tickSize) {
    TickGrid {
        if (tickSize == null || tickSize.signum() <= 0) {
            throw new IllegalArgumentException("tickSize must be positive, was "
                    + (tickSize == null ? "null" : tickSize.toPlainString()));
        }
    }

    /** The nearest whole number of ticks (half even). */
    long ticksOf(BigDecimal price) {
        return price.divide(tickSize, 0, RoundingMode.HALF_EVEN).longValueExact();
    }

    BigDecimal priceOf(long ticks) {
        return tickSize.multiply(BigDecimal.valueOf(ticks));
    }
}
