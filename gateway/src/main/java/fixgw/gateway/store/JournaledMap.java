package fixgw.gateway.store;

import org.mapdb.Atomic;
import org.mapdb.DB;
import org.mapdb.HTreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A durable map from string keys to bytes, stored in a MapDB file with a {@link Journal} in front of it, its own
 * or one it shares with other maps ({@link SharedJournal}, each map a tenant of it).
 *
 * <p>Writes are staged with {@link #put}/{@link #remove} and made durable together by {@link #commit()}: one
 * journal record, one {@code write} call (plus one sync at {@link Durability#DISK}, or a share of a
 * {@link GroupSync}'s), so a batch survives whole or not at all. {@link #checkpoint()}, called periodically off
 * the hot path, moves everything committed since the
 * last checkpoint into the MapDB file in one MapDB transaction, records in that same transaction which journal
 * segment comes next, and then deletes the segments it covered. Opening replays the segments the file does not
 * yet cover, so a kill at any point loses no commit. The MapDB file keeps only the latest value of each key,
 * which is what bounds it; the journal holds at most about one checkpoint interval of commits.
 *
 * <p>A map opened with a {@link Fold} may journal keys that never reach the file: its checkpoints fold them into the
 * values the file keeps ({@link #getRecent} reads them before that).
 *
 * <p>Why not a MapDB commit per batch: MapDB's write-ahead log creates, syncs and deletes a file on every commit
 * (see {@link Durability}), about half a millisecond even without the sync, where a journal append costs a few
 * microseconds.
 *
 * <p>Thread-safe: staging, commits and reads may come from any thread (QuickFIX/J calls a session's store from
 * several), checkpoints from another.
 */
public final class JournaledMap implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JournaledMap.class);

    /** A staged or committed removal, as a value; a {@link Fold} sees it among the changes. */
    static final byte[] REMOVED = new byte[0];
    private static final int REMOVED_LENGTH = -1;

    private final DB db;
    private final HTreeMap<String, byte[]> entries;
    private final Atomic.Long firstUncheckpointedSegment;
    private final SharedJournal journal;
    /** Whether this map opened {@link #journal} itself (and so closes it), rather than sharing one. */
    private final boolean ownsJournal;
    private final String tenant;
    private final byte[] prefix;
    private final GroupSync groupSync;
    private final Fold fold;
    private final Object checkpointLock = new Object();

    /** A batch larger than this is dropped rather than cleared when it ends (see {@link #resetBatch}). */
    static final int REUSED_BATCH_SIZE = 64;

    // guarded by this
    private Map<String, byte[]> batch = new LinkedHashMap<>();
    private Map<String, byte[]> committed = new HashMap<>();
    private Map<String, byte[]> checkpointing = Map.of();
    private ByteBuffer scratch = ByteBuffer.allocate(4096);

    /**
     * Opens (or creates) {@code name.db} and its journal segments in {@code directory} and recovers every commit.
     *
     * @throws UnreadableStoreException if the file or a journal segment exists but cannot be read
     */
    public JournaledMap(Path directory, String name, Durability durability) {
        this(directory, name, durability, null);
    }

    /**
     * As {@link #JournaledMap(Path, String, Durability)}, but with {@code groupSync} given a commit neither writes
     * nor syncs: it keeps the record, and {@code groupSync}'s thread appends the records of many commits at once
     * (and syncs them at {@link Durability#DISK}). A commit is then durable once an action handed to
     * {@code groupSync} after it has run.
     */
    public JournaledMap(Path directory, String name, Durability durability, GroupSync groupSync) {
        this(directory, name, durability, groupSync, Fold.NONE);
    }

    /** As {@link #JournaledMap(Path, String, Durability, GroupSync)}, with checkpoints that {@code fold}. */
    JournaledMap(Path directory, String name, Durability durability, GroupSync groupSync, Fold fold) {
        this(directory.resolve(name + ".db"), name, durability,
                new SharedJournal(directory, name, journalSync(durability, groupSync)), true, groupSync, fold);
    }

    /**
     * Opens (or creates) the MapDB file {@code file} for the tenant {@code tenant} of a shared {@code journal} (whose
     * sync must suit {@code durability} and {@code groupSync}, see {@link #journalSync}), and recovers every commit
     * of it. Commits are written by {@code groupSync}, as above. The journal is the caller's to close, after the map.
     *
     * @throws UnreadableStoreException if the file exists but cannot be read
     */
    JournaledMap(Path file, String tenant, Durability durability, SharedJournal journal, GroupSync groupSync) {
        this(file, tenant, durability, journal, false, groupSync, Fold.NONE);
    }

    /**
     * As {@link #JournaledMap(Path, String, Durability, SharedJournal, GroupSync)}, with checkpoints that
     * {@code fold}.
     */
    JournaledMap(Path file, String tenant, Durability durability, SharedJournal journal, GroupSync groupSync,
                 Fold fold) {
        this(file, tenant, durability, journal, false, groupSync, fold);
    }

    private JournaledMap(Path file, String tenant, Durability durability, SharedJournal journal, boolean ownsJournal,
                         GroupSync groupSync, Fold fold) {
        this.fold = fold;
        this.journal = journal;
        this.ownsJournal = ownsJournal;
        this.tenant = tenant;
        this.prefix = SharedJournal.prefix(tenant);
        this.groupSync = groupSync;
        DB opened;
        try {
            opened = MapDbFiles.open(file, durability);
        } catch (RuntimeException e) {
            closeOwnedJournal();
            throw e;
        }
        this.db = opened;
        try {
            boolean created = !db.exists("firstUncheckpointedSegment");
            this.entries = SizeClasses.openMap(db, "entries");
            this.firstUncheckpointedSegment = db.atomicLong("firstUncheckpointedSegment").createOrOpen();
            long current = journal.segment();
            // a new file: records of this name in the journal belong to an earlier file, since removed. A number past
            // the journal's: counted by another journal (the file's own, before journals were shared, or one since
            // removed); kept, it would skip this journal's segments below it on the next replay
            if (created || firstUncheckpointedSegment.get() > current) {
                if (!created) {
                    LOG.warn("store {} was checkpointed up to segment {} of a journal that is gone (removed, or of the "
                            + "layout before journals were shared); it follows the journal from segment {}", file,
                            firstUncheckpointedSegment.get(), current);
                }
                firstUncheckpointedSegment.set(current);
                db.commit();
            }
            journal.replay(tenant, firstUncheckpointedSegment.get(), record -> decode(record, committed));
            checkpoint();
        } catch (RuntimeException e) { // the tenant stays registered: its segments are kept
            db.close();
            closeOwnedJournal();
            // MapDB reports some damage only as it reads (an index out of bounds, say): the same verdict, clearly
            throw e instanceof UnreadableStoreException unreadable ? unreadable : new UnreadableStoreException(file, e);
        }
    }

    /** How a journal of maps at {@code durability} reaches the disk, with commits written by {@code groupSync} or not. */
    static Journal.Sync journalSync(Durability durability, GroupSync groupSync) {
        if (durability == Durability.PROCESS) {
            return Journal.Sync.NONE;
        }
        return groupSync == null ? Journal.Sync.EACH_APPEND : Journal.Sync.ON_REQUEST;
    }

    private void closeOwnedJournal() {
        if (ownsJournal) {
            journal.close();
        }
    }

    /** Stages a value; it becomes durable at the next {@link #commit()}. */
    public synchronized void put(String key, byte[] value) {
        batch.put(key, value); // kept as given: callers hand over fresh arrays
    }

    /** Stages a removal; it becomes durable at the next {@link #commit()}. */
    public synchronized void remove(String key) {
        batch.put(key, REMOVED);
    }

    /** The latest value, staged or committed, or null. */
    public synchronized byte[] get(String key) {
        byte[] value = recent(key);
        if (value == null) {
            value = entries.get(key);
        }
        return value == REMOVED ? null : value;
    }

    /**
     * The latest value staged or committed since the last checkpoint, or null: never read from the MapDB file. For
     * keys a {@link Fold} keeps out of the file.
     */
    public synchronized byte[] getRecent(String key) {
        byte[] value = recent(key);
        return value == REMOVED ? null : value;
    }

    /**
     * As {@link #getRecent}, but a removal staged or committed since the last checkpoint is {@link #REMOVED}: for a
     * caller that lays recent changes over what the file holds.
     */
    synchronized byte[] recentChange(String key) {
        return recent(key);
    }

    /** How this map's checkpoints write its changes to the file. */
    Fold fold() {
        return fold;
    }

    /** What is staged, committed or being checkpointed for {@code key} ({@link #REMOVED} included), or null. */
    private byte[] recent(String key) {
        byte[] value = batch.get(key);
        if (value == null) {
            value = committed.get(key);
        }
        return value != null ? value : checkpointing.get(key);
    }

    /** Stages the removal of {@code key} if it has a {@linkplain #getRecent recent} value; otherwise does nothing. */
    public synchronized void removeIfRecent(String key) {
        if (getRecent(key) != null) {
            remove(key);
        }
    }

    /** Makes everything staged durable as one unit. Throws if it cannot; then nothing staged is kept. */
    public synchronized void commit() {
        if (batch.isEmpty()) {
            return;
        }
        try {
            if (groupSync == null) {
                journal.append(encode(batch));
            } else {
                String failure = groupSync.failure();
                if (failure != null) { // it could never be written: the caller stops, rather than pile up commits
                    throw new UncheckedIOException(new IOException("commit refused: " + failure));
                }
                journal.add(encode(batch)); // copied: the scratch buffer is reused
                groupSync.dirty(journal);
            }
            committed.putAll(batch);
        } finally {
            resetBatch();
        }
    }

    /**
     * Empties the batch. {@code HashMap.clear} walks the whole table, and a table never shrinks: after one large
     * batch (a session reset staging thousands of removals, a full engine batch) every later commit paid for it, which
     * was an eighth of the engine thread's time at process durability (JFR with {@code -XX:+DebugNonSafepoints}).
     */
    private void resetBatch() {
        if (batch.size() > REUSED_BATCH_SIZE) {
            batch = new LinkedHashMap<>();
        } else {
            batch.clear();
        }
    }

    /** The journal this map commits to, to rotate once for all its tenants before their checkpoints. */
    SharedJournal journal() {
        return journal;
    }

    /** Runs {@code sending} as one {@link GroupSync#batch} of socket writes, if commits are grouped. */
    public void batch(Runnable sending) {
        if (groupSync == null) {
            sending.run();
        } else {
            groupSync.batch(sending);
        }
    }

    /**
     * Runs {@code action} once every commit before this call is written (and synced) and the actions handed to the
     * {@link GroupSync} before it have run; at once if commits are not grouped (they were written when committed).
     */
    public void afterWritten(Runnable action) {
        if (groupSync == null) {
            action.run();
        } else {
            groupSync.afterNextSync(action);
        }
    }

    /** Forgets what is staged and not committed. */
    public synchronized void discardStaged() {
        resetBatch();
    }

    /**
     * Moves every commit so far into the MapDB file as one transaction and deletes the journal segments that held
     * them (once no other tenant of the journal needs them). Safe to call at any time from any thread; commits carry
     * on meanwhile.
     */
    public void checkpoint() {
        checkpoint(journal.rotate());
    }

    /**
     * As {@link #checkpoint()}, with the journal rotated by the caller before this call to segment
     * {@code firstKept}: one rotation for all the tenants of a shared journal. Every commit after this call is in
     * that segment or a later one, so the file and those segments hold everything.
     */
    void checkpoint(long firstKept) {
        synchronized (checkpointLock) {
            Map<String, byte[]> snapshot;
            synchronized (this) {
                if (committed.isEmpty()) {
                    journal.checkpointed(tenant, firstKept); // the file holds all it committed before
                    return;
                }
                snapshot = committed;
                checkpointing = snapshot;
                committed = sizedFor(snapshot.size());
            }
            try {
                fold.apply(snapshot, entries::get).forEach((key, value) -> {
                    if (value == REMOVED) {
                        entries.remove(key);
                    } else {
                        entries.put(key, value);
                    }
                });
                firstUncheckpointedSegment.set(firstKept);
                db.commit();
            } catch (RuntimeException e) {
                db.rollback();
                synchronized (this) { // keep them for the next attempt; newer commits win
                    snapshot.putAll(committed);
                    committed = snapshot;
                    checkpointing = Map.of();
                }
                throw e;
            }
            synchronized (this) {
                checkpointing = Map.of();
            }
            journal.checkpointed(tenant, firstKept);
        }
    }

    /**
     * An empty map for the commits until the next checkpoint, sized for as many keys as the last interval had: grown
     * from the default size instead, its resizes cost a twentieth of a message commit at full rate.
     */
    private static Map<String, byte[]> sizedFor(int keys) {
        return new HashMap<>((int) (keys / 0.75f) + 1);
    }

    /** Every key and value in the MapDB file. Call it when nothing is staged or committed since the last checkpoint. */
    public void forEachCheckpointed(BiConsumer<String, byte[]> action) {
        entries.forEach(action);
    }

    /** Checkpoints and closes; a later open finds everything committed. */
    @Override
    public void close() {
        try {
            checkpoint();
            journal.unregister(tenant); // what is unwritten is in the file now
        } finally {
            closeOwnedJournal();
            db.close();
        }
    }

    /** One record of the changes, in the reused scratch buffer. */
    private ByteBuffer encode(Map<String, byte[]> changes) {
        int size = prefix.length + Integer.BYTES;
        byte[][] keys = new byte[changes.size()][];
        int i = 0;
        for (Map.Entry<String, byte[]> change : changes.entrySet()) {
            keys[i] = change.getKey().getBytes(StandardCharsets.UTF_8);
            size += Integer.BYTES * 2 + keys[i].length + change.getValue().length;
            i++;
        }
        if (scratch.capacity() < size) {
            scratch = ByteBuffer.allocate(Math.max(size, scratch.capacity() * 2));
        }
        ByteBuffer out = scratch.clear();
        out.put(prefix).putInt(changes.size());
        i = 0;
        for (byte[] value : changes.values()) {
            out.putInt(keys[i].length).put(keys[i]);
            if (value == REMOVED) {
                out.putInt(REMOVED_LENGTH);
            } else {
                out.putInt(value.length).put(value);
            }
            i++;
        }
        return out.flip();
    }

    private static void decode(ByteBuffer record, Map<String, byte[]> into) {
        int count = record.getInt();
        for (int i = 0; i < count; i++) {
            byte[] key = new byte[record.getInt()];
            record.get(key);
            int length = record.getInt();
            byte[] value = REMOVED;
            if (length != REMOVED_LENGTH) {
                value = new byte[length];
                record.get(value);
            }
            into.put(new String(key, StandardCharsets.UTF_8), value);
        }
    }

    /**
     * What a checkpoint writes to the MapDB file for the changes it moves there. A map may journal small changes
     * under keys of their own (a message under its sequence number) and keep larger values in the file (a chunk of
     * messages): its fold turns the first into the second, once per checkpoint rather than once per commit.
     */
    @FunctionalInterface
    interface Fold {

        /** Writes the changes as they are. */
        Fold NONE = (changes, stored) -> changes;

        /**
         * @param changes every key changed since the last checkpoint with its latest value ({@link #REMOVED} for a
         *                removal); not to be modified
         * @param stored  reads a key's value in the file as the last checkpoint left it, or null
         * @return the values to put in the file ({@link #REMOVED} to remove a key)
         */
        Map<String, byte[]> apply(Map<String, byte[]> changes, Function<String, byte[]> stored);
    }
}
