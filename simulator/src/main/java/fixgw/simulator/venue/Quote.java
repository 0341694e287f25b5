package fixgw.simulator.venue;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A fixed two-sided quote: the prices the venue fills at and the most it fills per execution.
 *
 * @param symbol instrument symbol
 * @param bid    price sells fill at
 * @param ask    price buys fill at
 * @param size   largest quantity of one fill, in shares
 */
public record Quote(String symbol, BigDecimal bid, BigDecimal ask, long size) {
    public Quote {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(bid, "bid");
        Objects.requireNonNull(ask, "ask");
        if (size <= 0) {
            throw new IllegalArgumentException("size must be positive, was " + size);
        }
        if (ask.compareTo(bid) < 0) {
            throw new IllegalArgumentException("ask " + ask + " is below bid " + bid + " for " + symbol);
        }
    }

    /** The price an order on {@code side} trades at against this quote. */
    public BigDecimal priceFor(Side side) {
        return side.isBuy() ? ask : bid;
    }

    /** Whether a limit order at {@code limitPrice} on {@code side} crosses this quote. */
    public boolean isMarketable(Side side, BigDecimal limitPrice) {
        return side.isBuy() ? limitPrice.compareTo(ask) >= 0 : limitPrice.compareTo(bid) <= 0;
    }
}
