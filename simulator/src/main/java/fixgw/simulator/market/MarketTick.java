package fixgw.simulator.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One step of a symbol's market: the quote after the step and what traded during it.
 *
 * @param time   when the step happened (UTC)
 * @param bid    best bid after the step
 * @param ask    best ask after the step, never below {@code bid}
 * @param last   price of the last trade
 * @param volume shares traded during the step (the liquidity an order can take in it); zero or more
 */
public record MarketTick(String symbol, Instant time, BigDecimal bid, BigDecimal ask, BigDecimal last,
                         long volume) {
    public MarketTick {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(bid, "bid");
        Objects.requireNonNull(ask, "ask");
        Objects.requireNonNull(last, "last");
        if (ask.compareTo(bid) < 0) {
            throw new IllegalArgumentException("ask " + ask.toPlainString() + " below bid " + bid.toPlainString());
        }
        if (volume < 0) {
            throw new IllegalArgumentException("volume must not be negative, was " + volume);
        }
    }
}
