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

/**
 * Group commit: journals keep their committed records and report themselves {@link #dirty}; whatever must not leave
 * the process before those records are durable (a FIX message written to a socket) is handed to
 * {@link #afterNextSync}. One thread repeatedly takes every action waiting, has every dirty journal write its
 * records (one gathering {@code write} per journal, and at {@link Durability#DISK} one sync per journal), and then
 * runs the actions in the order they came. So at {@link Durability#DISK} the committing threads (the engine, the FIX
 * sessions) make no system call for durability, a batch of engine work costs one sync per journal it touched rather
 * than one per message, and nothing it sends reaches a counterparty before what it reveals is durable. Records of
 * commits that send nothing (a broker's acknowledgement, a session's inbound sequence number) go with the next sync
 * something waits for, or after {@link #IDLE_WRITE_MILLIS} ms: a power cut may lose them, but nothing revealed them,
 * and a restart asks the counterparty to resend what they applied.
 *
 * <p>Why this covers an action: the thread that commits reports the journal dirty before it hands over the action,
 * and the actions are taken before the journals are synced.
 *
 * <p>{@link #callersWrite() Callers write} at {@link Durability#PROCESS}: there a journal's records only have to
 * reach the operating system, a {@code write} of a few microseconds, so the thread handing over an action writes
 * every dirty journal itself and runs the action at once. Handing each socket write to another thread cost a
 * thread wake-up per message on an order's path, more than the writes themselves. Within a {@link #batch} (the
 * engine sending what a commit produced) the actions wait for its end, so the journals are written once for all of
 * them. The thread then only writes what commits that sent nothing left, every {@link #IDLE_WRITE_MILLIS} ms, so
 * records never pile up in memory.
 *
 * <p>If a sync fails, the actions waiting and all later ones are held, never run: nothing unsynced is revealed.
 * {@link #failure()} then says why.
 *
 * <p>Thread-safe.
 */
public final class GroupSync implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GroupSync.class);
    /**
     * How long records of commits that sent nothing may wait in memory for a write (and, at {@link Durability#DISK},
     * a sync) that something waits for, before the thread writes them anyway.
     */
    static final long IDLE_WRITE_MILLIS = 10;

    private final Set<Syncable> dirty = ConcurrentHashMap.newKeySet();
    private final Thread thread = new Thread(this::run, "store-group-sync");
    private final boolean callersWrite;
    /** With callers writing: whether this thread is inside {@link #batch}, so its actions wait for the end. */
    private final ThreadLocal<Boolean> batching = ThreadLocal.withInitial(() -> false);
    /** Held while journals are written and, with callers writing, while the action that waited for them runs. */
    private final Object writing = new Object();
    // guarded by this
    private final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
    private boolean closed;
    private volatile String failure;

    /** The thread syncs and runs the actions handed over (for {@link Durability#DISK}). */
    public GroupSync() {
        this(false);
    }

    /** @param callersWrite whether the threads handing over actions write the journals and run them themselves */
    private GroupSync(boolean callersWrite) {
        this.callersWrite = callersWrite;
        thread.setDaemon(true);
        thread.start();
    }

    /** Callers write the journals and run their actions on their own thread (for {@link Durability#PROCESS}). */
    public static GroupSync callersWrite() {
        return new GroupSync(true);
    }

    /**
     * {@code journal} has records that are not yet written (or synced). The thread is woken even if no action
     * waits, so records never pile up in memory when nothing is being sent.
     */
    void dirty(Syncable journal) {
        dirty.add(journal);
    }

    /** Runs {@code action} on the sync thread once every append reported before this call is on the disk. */
    public void afterNextSync(Runnable action) {
        if (callersWrite) {
            synchronized (this) {
                waiting.add(action);
            }
            if (!batching.get()) {
                writeAndRunWaiting();
            }
            return;
        }
        synchronized (this) {
            if (!closed) {
                waiting.add(action);
                notifyAll();
                return;
            }
        }
        LOG.error("group sync is closed: an action after sync is dropped");
    }

    /** Why a sync failed, or null while all is well. */
    public String failure() {
        return failure;
    }

    /**
     * Runs {@code sending}, which hands over actions; with callers writing, they wait until it returns, and the
     * journals are then written once for all of them (one {@code write} per journal for a whole engine batch rather
     * than one per message). Another thread's action handed over meanwhile runs them too, in order.
     */
    public void batch(Runnable sending) {
        if (!callersWrite || batching.get()) {
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

    private void run() {
        if (callersWrite) {
            writeIdleJournals();
            return;
        }
        List<Runnable> actions = new ArrayList<>();
        while (takeWaiting(actions)) {
            if (failure != null) {
                dirty.clear(); // nothing more is written either
                continue; // hold the actions: what they reveal may not be durable
            }
            if (!syncDirtyOrFail()) {
                continue;
            }
            actions.forEach(GroupSync::runLogged);
        }
    }

    /** With callers writing: writes what commits that sent nothing left, now and then, and once more when closed. */
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

    /**
     * Waits for actions, or for up to {@link #IDLE_WRITE_MILLIS} while journals are dirty, and moves the actions
     * into {@code into}; false once closed and done. A dirty journal alone does not start a sync at once: a commit
     * that sends nothing reveals nothing, and a sync started for it would hold up the next commit that does (on
     * this disk one sync waits for another), so its records go with the next sync something waits for.
     */
    private synchronized boolean takeWaiting(List<Runnable> into) {
        into.clear();
        while (waiting.isEmpty() && !closed) {
            boolean wasDirty = !dirty.isEmpty();
            try {
                wait(IDLE_WRITE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            if (wasDirty && waiting.isEmpty()) {
                break; // dirty for a whole idle interval with nothing sent: synced now
            }
        }
        into.addAll(waiting);
        waiting.clear();
        return !into.isEmpty() || !dirty.isEmpty() || !closed;
    }

    private void syncDirty() throws IOException {
        synchronized (writing) { // one writer at a time: a journal taken from the set is written before the next looks
            for (Syncable journal : dirty) {
                dirty.remove(journal); // before the sync: an append after it marks the journal again
                journal.sync();
            }
        }
    }

    /** Syncs and runs what is waiting, then stops the thread. */
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
