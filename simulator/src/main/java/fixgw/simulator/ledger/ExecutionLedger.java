package fixgw.simulator.ledger;

import java.util.ArrayDeque;
import java.util.List;

/**
 * Every execution the simulator made, in the order made, across all sessions: the broker's statement that
 * tests and users reconcile positions against. Memory is bounded: beyond {@code capacity} entries the oldest
 * is dropped and counted in {@link #dropped()}, so an export says when it is incomplete.
 *
 * <p>Thread-safe: sessions record from their own threads; readers get copies.
 */
public final class ExecutionLedger {
    private final int capacity;
    private final ArrayDeque<LedgerEntry> entries = new ArrayDeque<>();
    private long dropped;

    public ExecutionLedger(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive, was " + capacity);
        }
        this.capacity = capacity;
    }

    public synchronized void record(LedgerEntry entry) {
        if (entries.size() == capacity) {
            entries.removeFirst();
            dropped++;
        }
        entries.addLast(entry);
    }

    /** The entries held, oldest first. */
    public synchronized List<LedgerEntry> entries() {
        return List.copyOf(entries);
    }

    /** How many of the oldest entries were dropped to stay within the capacity. */
    public synchronized long dropped() {
        return dropped;
    }
}
