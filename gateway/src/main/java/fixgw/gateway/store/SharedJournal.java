package fixgw.gateway.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One {@link Journal} that several {@link JournaledMap}s (its tenants, each named) commit to: every record starts
 * with its tenant's name, so that a group commit of the order store and of every FIX session's store is one
 * {@code write} and, at {@link Durability#DISK}, one sync, where a journal per map cost a sync per map touched.
 *
 * <p>A segment may be deleted once no tenant needs it: each tenant reports, after every checkpoint of its map, the
 * first segment it still needs ({@link #checkpointed}), and segments below the lowest such number of the tenants
 * registered are deleted. Opening reads every segment once and keeps each tenant's records until it
 * {@link #replay claims} them. A store opened later than the rest must be claimed before anything is deleted:
 * {@link #holdDeletion} at open and {@link #releaseUnclaimed} once every map present has been opened (the records of
 * a tenant that never claimed them, a map whose file was removed, are then dropped).
 *
 * <p>Thread-safe: commits come from any thread, writes from the group sync, checkpoints from another thread.
 */
final class SharedJournal implements Syncable, AutoCloseable {

    private final Journal journal;
    /** Committed records not yet written (with a {@link GroupSync}: it writes them), in commit order. */
    // guarded by unwrittenLock
    private JournalBatch unwritten = new JournalBatch();
    private final Object unwrittenLock = new Object();
    /** The batch {@link #sync()} writes while commits add to the other. */
    // guarded by syncing
    private JournalBatch writing = new JournalBatch();
    private final Object syncing = new Object();
    // guarded by this
    private Map<String, List<Recovered>> recovered = new HashMap<>();
    private final Map<String, Long> neededFrom = new HashMap<>();
    private boolean deletionHeld;
    private volatile boolean closed;

    private record Recovered(long segment, ByteBuffer record) {
    }

    /**
     * Opens the journal {@code name} in {@code directory}, reading every record in it, and starts a new segment.
     *
     * @throws UnreadableStoreException if a segment is damaged other than by a torn last record
     */
    SharedJournal(Path directory, String name, Journal.Sync sync) {
        Journal.replay(directory, name, 0, (segment, record) -> {
            String tenant = readTenant(record);
            recovered.computeIfAbsent(tenant, t -> new ArrayList<>()).add(new Recovered(segment, record.slice()));
        });
        this.journal = new Journal(directory, name, sync);
    }

    /** The tenant's name as the first bytes of each of its records: encode a record after this prefix. */
    static byte[] prefix(String tenant) {
        byte[] name = tenant.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(Short.BYTES + name.length).putShort((short) name.length).put(name).array();
    }

    private static String readTenant(ByteBuffer record) {
        byte[] name = new byte[record.getShort()];
        record.get(name);
        return new String(name, StandardCharsets.UTF_8);
    }

    /**
     * Registers {@code tenant}, needing the segments from {@code firstSegment} on, and hands it its records in them
     * (without the prefix), oldest first.
     */
    synchronized void replay(String tenant, long firstSegment, Consumer<ByteBuffer> records) {
        List<Recovered> mine = recovered.remove(tenant);
        if (mine != null) {
            mine.stream().filter(r -> r.segment() >= firstSegment).forEach(r -> records.accept(r.record()));
        }
        neededFrom.put(tenant, firstSegment);
    }

    /** The segment appends go to now: what a map created now needs from. */
    long segment() {
        return journal.segment();
    }

    /** Starts a new segment if the current one holds records; returns the number of the one appends go to. */
    long rotate() {
        return journal.rotate();
    }

    /** Writes a record now (and syncs it, if the journal syncs each append). */
    void append(ByteBuffer record) {
        journal.append(record);
    }

    /** Keeps a copy of a record for the next {@link #sync()} (a {@link GroupSync}'s); {@code record} is consumed. */
    void add(ByteBuffer record) {
        synchronized (unwrittenLock) {
            unwritten.add(record);
        }
    }

    /**
     * Writes every record added since the last call in one {@code write}, and at {@link Journal.Sync#ON_REQUEST}
     * forces them to the disk. One thread at a time (see {@link GroupSync}).
     */
    @Override
    public void sync() throws IOException {
        synchronized (syncing) {
            if (closed) {
                return;
            }
            JournalBatch batch;
            synchronized (unwrittenLock) {
                if (unwritten.isEmpty()) {
                    return;
                }
                batch = unwritten;
                unwritten = writing;
                writing = batch;
            }
            // a record committed before a checkpoint may land after its rotation: replayed over the checkpoint in
            // order, it changes nothing
            try {
                journal.append(batch);
            } finally {
                batch.clear();
            }
            journal.sync();
        }
    }

    /** {@code tenant}'s map holds everything it committed before segment {@code firstNeeded}. */
    synchronized void checkpointed(String tenant, long firstNeeded) {
        neededFrom.put(tenant, firstNeeded);
        deleteUnneeded();
    }

    /** {@code tenant}'s map is closed, everything it committed is in its file: it needs no segment any more. */
    synchronized void unregister(String tenant) {
        neededFrom.remove(tenant);
        deleteUnneeded();
    }

    /** Keeps every segment until {@link #releaseUnclaimed()}: maps that will claim records are still to be opened. */
    synchronized void holdDeletion() {
        deletionHeld = true;
    }

    /** Every map present is open: drops the records no tenant claimed and lets unneeded segments be deleted. */
    synchronized void releaseUnclaimed() {
        recovered = new HashMap<>();
        deletionHeld = false;
        deleteUnneeded();
    }

    private void deleteUnneeded() {
        if (deletionHeld) {
            return;
        }
        long first = neededFrom.values().stream().mapToLong(Long::longValue).min().orElse(journal.segment());
        journal.deleteBefore(Math.min(first, journal.segment()));
    }

    @Override
    public void close() {
        closed = true; // what is unwritten is in the maps' files now: they checkpoint before closing
        journal.close();
    }
}
