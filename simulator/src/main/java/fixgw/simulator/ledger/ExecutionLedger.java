package fixgw.simulator.ledger;

import java.util.ArrayDeque;
import java.util.List;

/**
 * Every execution the simulator made, in the order made, across all sessions: the broker's statement that
 * tests and users reconcile positions against. Memory is bounded: beyond {@code capacity} entries the oldest
 * is dropped and counted in {@link #dropped()}, so an export says when it is incomplete.
 *
 * <p>With a {@link LedgerFile} every entry is also appended to a file as it is recorded, for runs longer than
 * memory holds; the file keeps everything.
 *
 * <p>Thread-safe: sessions record from their own threads; readers get copies.
 */
public final class ExecutionLedger implements AutoCloseable {
    private final int capacity;
    private final ArrayDeque<LedgerEntry> entries = new ArrayDeque<>();
    /** {@code null} without a file. */
    private final LedgerFile file;
    private long dropped;

    public ExecutionLedger(int capacity) {
        this(capacity, null);
    }

    /** @param file where every entry is appended as it is recorded, or {@code null} */
    public ExecutionLedger(int capacity, LedgerFile file) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive, was " + capacity);
        }
        this.capacity = capacity;
        this.file = file;
    }

    public synchronized void record(LedgerEntry entry) {
        if (entries.size() == capacity) {
            entries.removeFirst();
            dropped++;
        }
        entries.addLast(entry);
        if (file != null) {
            // under the lock, so the file's order is the ledger's
            file.append(entry);
        }
    }

    /** Closes the file, if any. */
    @Override
    public synchronized void close() {
        if (file != null) {
            file.close();
        }
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
