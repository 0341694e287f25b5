package fixgw.simulator.fix;

import java.util.concurrent.atomic.AtomicLong;

/** ExecIDs {@code EX-1, EX-2, ...}, unique per simulator process; thread-safe, shared by all sessions. */
final class ExecIdGenerator {
    private final AtomicLong last = new AtomicLong();

    String next() {
        return "EX-" + last.incrementAndGet();
    }
}
