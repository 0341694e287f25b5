package fixgw.simulator.client;

import java.time.Duration;

/**
 * A load run: {@code warmup} orders first (not recorded), then {@code count} recorded ones; market orders
 * alternating buy and sell so positions stay flat.
 *
 * @param ratePerSecond fixed send rate; 0 = as fast as possible with at most {@code window} orders in flight
 * @param timeout       deadline for the last order to finish after the last send
 */
public record LoadSettings(long count, long ratePerSecond, int window, long warmup, String symbol,
                           long quantity, Duration timeout) {
    public LoadSettings {
        if (count <= 0 || ratePerSecond < 0 || window <= 0 || warmup < 0 || quantity <= 0) {
            throw new IllegalArgumentException("count, window, quantity must be positive and rate, warmup "
                    + "non-negative: " + count + ", " + window + ", " + quantity + ", " + ratePerSecond + ", " + warmup);
        }
    }
}
