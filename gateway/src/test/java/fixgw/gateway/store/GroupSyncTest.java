package fixgw.gateway.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@link GroupSync}: the thread that sends writes (at {@code disk} level, syncs) the journals first, once per batch.
 * Here a journal's sync counts its calls.
 */
class GroupSyncTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final GroupSync groupSync = new GroupSync();
    private final List<String> ran = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void close() {
        groupSync.close();
    }

    @Test
    void runsTheActionOnTheCallersThreadAfterWritingEveryDirtyJournal() {
        AtomicInteger firstWrites = new AtomicInteger();
        AtomicInteger secondWrites = new AtomicInteger();
        groupSync.dirty(firstWrites::incrementAndGet);
        groupSync.dirty(secondWrites::incrementAndGet);
        Thread caller = Thread.currentThread();

        groupSync.afterNextSync(() -> ran.add(firstWrites.get() + "/" + secondWrites.get() + " on "
                + (Thread.currentThread() == caller ? "caller" : Thread.currentThread().getName())));

        assertThat(ran).as("run before afterNextSync returns").containsExactly("1/1 on caller");
    }

    @Test
    void reportsHowLongEachWriteOfTheDirtyJournalsTookAndNothingWhenNoneWasDirty() {
        List<Long> reported = Collections.synchronizedList(new ArrayList<>());
        groupSync.reportWriteTimesTo(reported::add);
        long slowDisk = TimeUnit.MILLISECONDS.toNanos(5);
        groupSync.dirty(() -> takeAtLeast(slowDisk));
        groupSync.dirty(() -> takeAtLeast(slowDisk));

        groupSync.afterNextSync(() -> ran.add("send 1"));

        assertThat(ran).containsExactly("send 1");
        // one write for both, unless the idle writer took the first before the second was dirty
        assertThat(reported).hasSizeBetween(1, 2);
        assertThat(reported.stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(2 * slowDisk);

        int before = reported.size();
        groupSync.afterNextSync(() -> ran.add("send 2"));
        assertThat(ran).containsExactly("send 1", "send 2");
        assertThat(reported).hasSize(before);
    }

    /** A journal's write on a slow disk. */
    private static void takeAtLeast(long nanos) {
        long until = System.nanoTime() + nanos;
        for (long left = nanos; left > 0; left = until - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    @Test
    void writesAJournalOnceUntilItIsDirtyAgain() {
        AtomicInteger writes = new AtomicInteger();
        Syncable journal = writes::incrementAndGet;
        groupSync.dirty(journal);
        groupSync.afterNextSync(() -> ran.add("send 1"));
        groupSync.afterNextSync(() -> ran.add("send 2"));
        groupSync.dirty(journal);
        groupSync.afterNextSync(() -> ran.add("send 3"));

        assertThat(ran).containsExactly("send 1", "send 2", "send 3");
        assertThat(writes).hasValue(2);
    }

    @Test
    void holdsTheActionsOfABatchUntilItEndsAndWritesEachJournalOnceForThem() {
        AtomicInteger writes = new AtomicInteger();
        Syncable journal = writes::incrementAndGet;

        groupSync.batch(() -> {
            for (int i = 1; i <= 3; i++) {
                groupSync.dirty(journal); // each message stored, then written to its socket
                int n = i;
                groupSync.afterNextSync(() -> ran.add("send " + n + " after " + writes.get() + " write"));
            }
            assertThat(ran).as("held until the batch ends").isEmpty();
        });

        assertThat(ran).containsExactly("send 1 after 1 write", "send 2 after 1 write", "send 3 after 1 write");
    }

    @Test
    void anotherThreadsActionDuringABatchRunsAfterTheBatchsEarlierOnes() throws Exception {
        groupSync.batch(() -> {
            groupSync.afterNextSync(() -> ran.add("engine 1"));
            Thread heartbeat = new Thread(() -> groupSync.afterNextSync(() -> ran.add("heartbeat")));
            heartbeat.start();
            try {
                heartbeat.join();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            groupSync.afterNextSync(() -> ran.add("engine 2"));
        });

        assertThat(ran).as("in the order handed over").containsExactly("engine 1", "heartbeat", "engine 2");
    }

    @Test
    void writesADirtyJournalBeforeLongEvenWhenNothingIsSent() {
        AtomicInteger writes = new AtomicInteger();
        groupSync.dirty(writes::incrementAndGet);

        await().atMost(TIMEOUT).until(() -> writes.get() == 1);
    }

    @Test
    void holdsEveryActionOnceAWriteHasFailed() {
        groupSync.dirty(() -> {
            throw new IOException("No space left on device");
        });
        groupSync.afterNextSync(() -> ran.add("send 1"));
        groupSync.dirty(() -> {
        });
        groupSync.afterNextSync(() -> ran.add("send 2"));

        assertThat(ran).as("nothing that may not be written is revealed").isEmpty();
        assertThat(groupSync.failure()).contains("No space left on device");
    }

    @Test
    void writesWhatIsDirtyWhenClosed() {
        AtomicInteger writes = new AtomicInteger();
        groupSync.dirty(writes::incrementAndGet);

        groupSync.close();

        assertThat(writes).hasValue(1);
    }
}
