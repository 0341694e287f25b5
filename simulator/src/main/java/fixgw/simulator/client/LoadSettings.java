package fixgw.simulator.client;

import java.time.Duration;
import java.util.List;

/**
 * A load run: {@code warmup} orders first (not recorded), then {@code count} recorded ones; market orders
 * cycling through {@code symbols}, each symbol's orders alternating buy and sell, each of a quantity drawn uniformly from
 * {@code quantity..maxQuantity} by a generator seeded with {@code seed} (so a run is repeatable). Immutable.
 *
 * @param ratePerSecond fixed send rate; 0 = as fast as possible with at most {@code window} orders in flight
 * @param timeout       deadline for the last order to finish after the last send
 */
public record LoadSettings(long count, long ratePerSecond, int window, long warmup, List<String> symbols,
                           long quantity, long maxQuantity, long seed, Duration timeout) {
    public LoadSettings {
        symbols = symbols == null ? null : List.copyOf(symbols);
        if (count <= 0 || ratePerSecond < 0 || window <= 0 || warmup < 0 || quantity <= 0) {
            throw new IllegalArgumentException("count, window, quantity must be positive and rate, warmup "
                    + "non-negative: " + count + ", " + window + ", " + quantity + ", " + ratePerSecond + ", " + warmup);
        }
        if (maxQuantity < quantity) {
            throw new IllegalArgumentException("maxQuantity " + maxQuantity + " is below quantity " + quantity);
        }
        if (symbols == null || symbols.isEmpty() || symbols.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("symbols must list at least one non-blank symbol, was " + symbols);
        }
    }

    /** One symbol, one quantity. */
    public LoadSettings(long count, long ratePerSecond, int window, long warmup, String symbol, long quantity,
                        Duration timeout) {
        this(count, ratePerSecond, window, warmup, List.of(symbol), quantity, quantity, 1, timeout);
    }
}
