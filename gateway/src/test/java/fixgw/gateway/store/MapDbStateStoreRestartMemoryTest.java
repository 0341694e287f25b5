package fixgw.gateway.store;

import fixgw.gateway.order.ParentOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A restart holds the live orders and the index of ClOrdIDs, not every stored order: its memory is bounded by what it
 * keeps, not by what the store holds. Until 2026-12-08 it decoded every stored order at once, and a store full at
 * its default bound (a million orders) did not reopen in a 1 GB heap.
 */
class MapDbStateStoreRestartMemoryTest {

    /** Decoded all at once, these take about twice the child's heap. */
    private static final int FINISHED = 100_000;
    private static final String SMALL_HEAP = "48m";

    @TempDir
    Path dir;

    @Test
    void reopensAStoreOfManyFinishedOrdersInASmallHeap() throws IOException, InterruptedException {
        try (MapDbStateStore store = new MapDbStateStore(dir, Durability.PROCESS)) {
            BigDecimal price = new BigDecimal("190.00");
            for (int i = 1; i <= FINISHED; i++) {
                ParentOrder finished = MapDbStateStoreTest.order("G-" + i, "C" + i);
                finished.fill(100, price);
                store.created(finished);
                if (i % 1000 == 0) {
                    store.commit();
                }
            }
            store.created(MapDbStateStoreTest.order("G-live", "C-live"));
            store.commit();
        }

        Process reopen = ChildJvm.withHeap(SMALL_HEAP, ReopenStateStore.class, dir.toString(), "C1", "C" + FINISHED)
                .redirectErrorStream(true).start();
        String output = new String(reopen.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(reopen.waitFor(120, TimeUnit.SECONDS)).as(output).isTrue();
        assertThat(reopen.exitValue()).as(output).isZero();
        assertThat(output).contains("live 1 stored " + (FINISHED + 1) + " finds C1 true C" + FINISHED + " true");
    }
}
