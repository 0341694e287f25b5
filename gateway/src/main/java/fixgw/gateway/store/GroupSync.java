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
 * records (one {@code write} per record, and at {@link Durability#DISK} one sync per journal), and then runs the
 * actions in the order they came. So the committing threads (the engine, the FIX sessions) make no system call
 * for durability, a batch of engine work costs one sync per journal it touched rather than one per message, and
 * nothing it sends reaches a counterparty before what it reveals is durable.
 *
 * <p>Why this covers an action: the thread that commits reports the journal dirty before it hands over the action,
 * and the actions are taken before the journals are synced.
 *
 * <p>If a sync fails, the actions waiting and all later ones are held, never run: nothing unsynced is revealed.
 * {@link #failure()} then says why.
 *
 * <p>Thread-safe.
 */
public final class GroupSync implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GroupSync.class);

    private final Set<Syncable> dirty = ConcurrentHashMap.newKeySet();
    private final Thread thread = new Thread(this::run, "store-group-sync");
    // guarded by this
    private final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
    private boolean closed;
    private volatile String failure;

    public GroupSync() {
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * {@code journal} has records that are not yet written (or synced). The thread is woken even if no action
     * waits, so records never pile up in memory when nothing is being sent.
     */
    void dirty(Syncable journal) {
        if (dirty.add(journal)) {
            synchronized (this) {
                notifyAll();
            }
        }
    }

    /** Runs {@code action} on the sync thread once every append reported before this call is on the disk. */
    public void afterNextSync(Runnable action) {
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

    private void run() {
        List<Runnable> actions = new ArrayList<>();
        while (takeWaiting(actions)) {
            if (failure != null) {
                dirty.clear(); // nothing more is written either
                continue; // hold the actions: what they reveal may not be durable
            }
            try {
                syncDirty();
            } catch (IOException | RuntimeException e) {
                failure = "journal sync failed: " + e;
                LOG.error("journal sync failed: nothing more is sent until the gateway is restarted", e);
                continue;
            }
            for (Runnable action : actions) {
                try {
                    action.run();
                } catch (RuntimeException e) {
                    LOG.error("an action after sync failed", e);
                }
            }
        }
    }

    /** Waits for actions or dirty journals, moves the actions into {@code into}; false once closed and done. */
    private synchronized boolean takeWaiting(List<Runnable> into) {
        into.clear();
        while (waiting.isEmpty() && dirty.isEmpty() && !closed) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        into.addAll(waiting);
        waiting.clear();
        return !into.isEmpty() || !dirty.isEmpty() || !closed;
    }

    private void syncDirty() throws IOException {
        for (Syncable journal : dirty) {
            dirty.remove(journal); // before the sync: an append after it marks the journal again
            journal.sync();
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
