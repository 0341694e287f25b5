package fixgw.gateway.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * Group commit: journals keep their committed records in memory and report themselves {@link #dirty}; whatever must
 * not leave the process before those records are durable (a FIX message written to a socket) is handed to
 * {@link #afterNextSync}. The thread handing it over has every dirty journal write its records (one gathering
 * {@code write} per journal, and at {@link Durability#DISK} one sync) and then runs it, on its own thread, so an
 * order's path has no thread hand-off: handing each socket write to a sync thread cost a wake-up per message, more
 * than a {@code write}, and at {@code disk} level 60-75 us of ack p50 over a sync thread (alternated runs,
 * 2026-12-07). Within a {@link #batch} (the engine sending what a commit produced) the actions wait for its end, so
 * the journals are written, and synced, once for all of them: a batch costs one sync rather than one per message.
 * Nothing reaches a counterparty before what it reveals is durable.
 *
 * <p>Records of commits that send nothing (a broker's acknowledgement, a session's inbound sequence number) go with
 * the next write something waits for; a thread of this class writes them (and at {@code disk} syncs them) every
 * {@link #IDLE_WRITE_MILLIS} ms otherwise, so they never pile up in memory. At {@code disk} a power cut may lose
 * them, but nothing revealed them, and a restart asks the counterparty to resend what they applied.
 *
 * <p>Why this covers an action: the thread that commits reports the journal dirty before it hands over the action,
 * and the actions are taken before the journals are written.
 *
 * <p>If a write or sync fails, the actions waiting and all later ones are held, never run: nothing that may not be
 * durable is revealed. {@link #failure()} then says why, and later commits to the maps it writes are refused
 * ({@link JournaledMap#commit()} throws): the engine stops (health DOWN) and the sessions send nothing more, where
 * commits and held actions would otherwise pile up in memory.
 *
 * <p>Thread-safe.
 */
public final class GroupSync implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GroupSync.class);
    /** How often the thread writes what commits that sent nothing left in memory. */
    static final long IDLE_WRITE_MILLIS = 10;

    private final Set<Syncable> dirty = ConcurrentHashMap.newKeySet();
    private final Thread thread = new Thread(this::writeIdleJournals, "store-group-sync");
    /** Whether this thread is inside {@link #batch}, so its actions wait for the end. */
    private final ThreadLocal<Boolean> batching = ThreadLocal.withInitial(() -> false);
    /** Held while journals are written and while the actions that waited for them run. */
    private final Object writing = new Object();
    // guarded by this
    private final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
    private boolean closed;
    private volatile String failure;
    private volatile LongConsumer writeTimes = nanos -> { };

    public GroupSync() {
        thread.setDaemon(true);
        thread.start();
    }

    /** {@code journal} has records that are not yet written (or synced). */
    void dirty(Syncable journal) {
        // read before write: every commit of a batch calls this, and an add is a write to a shared bin. Skipping it
        // is safe because the caller added its record first and syncDirty removes a journal before writing it:
        // if the journal is still here, its write has not taken the record yet and will
        if (!dirty.contains(journal)) {
            dirty.add(journal);
        }
    }

    /**
     * Runs {@code action} once every append reported before this call is written (at {@code disk}, synced): at once,
     * on the calling thread, or at the end of the calling thread's {@link #batch}.
     */
    public void afterNextSync(Runnable action) {
        synchronized (this) {
            waiting.add(action);
        }
        if (!batching.get()) {
            writeAndRunWaiting();
        }
    }

    /**
     * Hands {@code listener} how long each write of the dirty journals took, in nanoseconds, their sync included
     * at {@code disk}: what every message of a batch waits for before it leaves. On the writing thread.
     */
    public void reportWriteTimesTo(LongConsumer listener) {
        writeTimes = listener;
    }

    /** Why a sync failed, or null while all is well. */
    public String failure() {
        return failure;
    }

    /**
     * Runs {@code sending}, which hands over actions; they wait until it returns, and the journals are then written
     * once for all of them (one {@code write}, and at {@code disk} one sync, per journal for a whole engine batch
     * rather than one per message). Another thread's action handed over meanwhile runs them too, in order.
     */
    public void batch(Runnable sending) {
        if (batching.get()) {
            sending.run();
            return;
        }
        batching.set(true);
        try {
            sending.run();
        } finally {
            batching.set(false);
            writeAndRunWaiting();
        }
    }

    /** Writes every dirty journal and runs the actions waiting, on the calling thread, in the order handed over. */
    private void writeAndRunWaiting() {
        List<Runnable> actions = new ArrayList<>();
        synchronized (writing) { // taken and run under one lock: a later caller's actions cannot overtake these
            synchronized (this) {
                actions.addAll(waiting);
                waiting.clear();
            }
            if (actions.isEmpty() || failure != null || !syncDirtyOrFail()) {
                return; // none, or held: what they reveal may not be durable
            }
            actions.forEach(GroupSync::runLogged);
        }
    }

    private static void runLogged(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.error("an action after sync failed", e);
        }
    }

    /** Writes what commits that sent nothing left, now and then, and once more when closed. */
    private void writeIdleJournals() {
        boolean open = true;
        while (open) {
            synchronized (this) {
                try {
                    wait(IDLE_WRITE_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                open = !closed;
            }
            if (failure == null) {
                syncDirtyOrFail();
            }
        }
    }

    /** Writes (and syncs) every dirty journal; on failure records why and returns false. */
    private boolean syncDirtyOrFail() {
        try {
            syncDirty();
            return true;
        } catch (IOException | RuntimeException e) {
            failure = "journal sync failed: " + e;
            LOG.error("journal sync failed: nothing more is sent until the gateway is restarted", e);
            return false;
        }
    }

    private void syncDirty() throws IOException {
        synchronized (writing) { // one writer at a time: a journal taken from the set is written before the next looks
            if (dirty.isEmpty()) {
                return;
            }
            long start = System.nanoTime();
            for (Syncable journal : dirty) {
                dirty.remove(journal); // before the sync: an append after it marks the journal again
                journal.sync();
            }
            writeTimes.accept(System.nanoTime() - start);
        }
    }

    /** Writes what is dirty, then stops the thread. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
