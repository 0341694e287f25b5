package fixgw.simulator.venue;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands out order ids {@code SIM-1, SIM-2, ...}. One instance is shared by every session's venue so ids are
 * unique per simulator process; thread-safe.
 */
public final class OrderIdGenerator {
    private final AtomicLong last = new AtomicLong();

    public String next() {
        return "SIM-" + last.incrementAndGet();
    }
}
