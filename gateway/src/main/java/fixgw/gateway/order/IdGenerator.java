package fixgw.gateway.order;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes the gateway's order ids and execution ids. A prefix taken from the start time keeps ids from one run
 * apart from those of the runs before it; within a run a counter makes them unique.
 *
 * <p>Thread-safe: the engine and the FIX adapter (for edge rejects) both draw ids.
 */
public final class IdGenerator {

    private final String prefix;
    private final AtomicLong orderSequence = new AtomicLong();
    private final AtomicLong execSequence = new AtomicLong();

    public IdGenerator(Clock clock) {
        this(Long.toString(clock.millis(), Character.MAX_RADIX).toUpperCase());
    }

    public IdGenerator(String prefix) {
        this.prefix = prefix;
    }

    public String nextOrderId() {
        return "G" + prefix + "-" + orderSequence.incrementAndGet();
    }

    public String nextExecId() {
        return "E" + prefix + "-" + execSequence.incrementAndGet();
    }

}
