package fixgw.gateway.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs every registered {@link JournaledMap}'s checkpoint on one background thread at a fixed interval, off the
 * engine's and the sessions' paths. A failed checkpoint loses nothing (the journal still holds every commit) and
 * is retried next time; it is logged and reported by {@link #lastFailure()}, so that health shows it and the gateway
 * refuses new orders meanwhile (what cannot be checkpointed piles up in memory).
 *
 * <p>Thread-safe.
 */
final class Checkpoints implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Checkpoints.class);
    /** While checkpoints keep failing, one line per this many rounds (a minute at the shipped interval). */
    private static final int LOGGED_EVERY = 300;

    private final List<JournaledMap> maps = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread t = new Thread(runnable, "store-checkpoint");
        t.setDaemon(true);
        return t;
    });
    private volatile String lastFailure;
    /** Consecutive rounds with a failure; checkpoint thread only. */
    private long failedRounds;

    Checkpoints(long intervalMillis) {
        thread.scheduleWithFixedDelay(this::runAll, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    void register(JournaledMap map) {
        maps.add(map);
    }

    void unregister(JournaledMap map) {
        maps.remove(map);
    }

    /** Why the latest checkpoint failed, or null if it succeeded. */
    String lastFailure() {
        return lastFailure;
    }

    private void runAll() {
        String failure = null;
        Map<SharedJournal, Long> rotated = new IdentityHashMap<>(); // once per journal, before its tenants' snapshots
        for (JournaledMap map : maps) {
            try {
                map.checkpoint(rotated.computeIfAbsent(map.journal(), SharedJournal::rotate));
            } catch (RuntimeException e) {
                if (lastFailure == null) {
                    LOG.error("checkpoint failed; commits stay in the journal, it is retried every round, and new "
                            + "orders are refused until one succeeds", e);
                } else if (failedRounds % LOGGED_EVERY == 0) { // the trace was logged when it began
                    LOG.error("checkpoints still failing after {} rounds: {}", failedRounds, e.toString());
                }
                failure = String.valueOf(e.getMessage());
            }
        }
        if (failure != null) {
            failedRounds++;
        } else if (failedRounds > 0) {
            LOG.info("checkpoints succeed again after {} failed rounds", failedRounds);
            failedRounds = 0;
        }
        lastFailure = failure;
    }

    /** Stops the thread after the checkpoint in progress, if any. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
