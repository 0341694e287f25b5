package fixgw.gateway.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class GroupSyncTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final GroupSync groupSync = new GroupSync();
    private final List<String> ran = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void close() {
        groupSync.close();
    }

    @Test
    void runsAnActionOnlyAfterTheJournalsDirtiedBeforeItAreSynced() throws Exception {
        GatedJournal journal = new GatedJournal();
        groupSync.dirty(journal);
        groupSync.afterNextSync(() -> ran.add("send 1"));

        assertThat(journal.syncStarted.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).as("nothing runs while the sync is under way").isEmpty();
        journal.finish.countDown();

        await().atMost(TIMEOUT).until(() -> ran.size() == 1);
        assertThat(journal.syncs).hasValue(1);
    }

    @Test
    void actionsThatArriveDuringASyncShareTheNextOneAndRunInOrder() throws Exception {
        GatedJournal journal = new GatedJournal();
        groupSync.dirty(journal);
        groupSync.afterNextSync(() -> ran.add("send 1"));
        assertThat(journal.syncStarted.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 2; i <= 5; i++) {
            groupSync.dirty(journal); // appended after the sync began: the sync under way may not cover it
            int n = i;
            groupSync.afterNextSync(() -> ran.add("send " + n));
        }
        journal.finish.countDown();

        await().atMost(TIMEOUT).until(() -> ran.size() == 5);
        assertThat(ran).containsExactly("send 1", "send 2", "send 3", "send 4", "send 5");
        assertThat(journal.syncs).as("one sync for the first, one for the four that waited").hasValue(2);
    }

    @Test
    void syncsEveryDirtyJournalOnceBeforeTheActions() {
        AtomicInteger firstSyncs = new AtomicInteger();
        AtomicInteger secondSyncs = new AtomicInteger();
        groupSync.dirty(firstSyncs::incrementAndGet);
        groupSync.dirty(secondSyncs::incrementAndGet);
        groupSync.afterNextSync(() -> ran.add(firstSyncs.get() + "/" + secondSyncs.get()));

        await().atMost(TIMEOUT).until(() -> ran.size() == 1);
        assertThat(ran).containsExactly("1/1");
    }

    @Test
    void writesADirtyJournalEvenWhenNothingWaitsToBeSent() {
        AtomicInteger syncs = new AtomicInteger();
        groupSync.dirty(syncs::incrementAndGet);

        await().atMost(TIMEOUT).until(() -> syncs.get() == 1);
    }

    @Test
    void aJournalDirtiedByACommitThatSendsNothingWaitsTheIdleIntervalForASyncThatSomethingWaitsFor() {
        long dirtied = System.nanoTime();
        AtomicLong syncedAfterNanos = new AtomicLong(-1);
        groupSync.dirty(() -> syncedAfterNanos.compareAndSet(-1, System.nanoTime() - dirtied));

        await().atMost(TIMEOUT).until(() -> syncedAfterNanos.get() >= 0);
        assertThat(syncedAfterNanos.get()).as("not synced at once: a sync under way would hold up the next send")
                .isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(GroupSync.IDLE_WRITE_MILLIS));
    }

    @Test
    void holdsEveryActionOnceASyncHasFailed() {
        groupSync.dirty(() -> {
            throw new IOException("No space left on device");
        });
        groupSync.afterNextSync(() -> ran.add("send 1"));
        await().atMost(TIMEOUT).until(() -> groupSync.failure() != null);
        groupSync.afterNextSync(() -> ran.add("send 2"));

        groupSync.close(); // lets the sync thread finish everything it was given

        assertThat(ran).as("nothing that may not be on the disk is revealed").isEmpty();
        assertThat(groupSync.failure()).contains("No space left on device");
    }

    /** A journal whose sync starts and then waits until the test lets it finish. */
    private static final class GatedJournal implements Syncable {
        final CountDownLatch syncStarted = new CountDownLatch(1);
        final CountDownLatch finish = new CountDownLatch(1);
        final AtomicInteger syncs = new AtomicInteger();

        @Override
        public void sync() {
            syncs.incrementAndGet();
            syncStarted.countDown();
            try {
                finish.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
