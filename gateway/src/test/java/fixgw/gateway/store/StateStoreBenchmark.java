package fixgw.gateway.store;

import fixgw.gateway.engine.StateStore;
import fixgw.gateway.order.NewOrderRequest;
import fixgw.gateway.order.OrderType;
import fixgw.gateway.order.ParentOrder;
import fixgw.gateway.order.Side;
import fixgw.gateway.order.TimeInForce;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Cost of one engine group commit in the order state store, per durability level, against keeping state in
 * memory only, measured in one run. A program, not a test:
 * run it with the test classpath, e.g.
 * {@code java -cp "$(cat cp.txt):gateway/target/classes:gateway/target/test-classes"
 * fixgw.gateway.store.StateStoreBenchmark [commits] [ordersPerCommit]} after
 * {@code mvn -q -pl gateway dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class StateStoreBenchmark {

    private StateStoreBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int commits = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int perCommit = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Path dir = Files.createTempDirectory("state-store-bench");
        System.out.printf("%d commits of %d changed orders each%n", commits, perCommit);
        long[] memory = run(StateStore.IN_MEMORY, commits, perCommit);
        report("in-memory", memory, memory);
        for (Durability durability : Durability.values()) {
            try (MapDbStateStore store = new MapDbStateStore(Files.createDirectories(dir.resolve(durability.name())), durability)) {
                run(store, commits / 10, perCommit); // warm-up
                report("mapdb " + durability, run(store, commits, perCommit), memory);
            }
        }
    }

    private static long[] run(StateStore store, int commits, int perCommit) {
        long[] nanos = new long[commits];
        int id = 0;
        for (int i = 0; i < commits; i++) {
            long start = System.nanoTime();
            for (int j = 0; j < perCommit; j++) {
                id++;
                store.changed(new ParentOrder("G-" + id, new NewOrderRequest("CLIENT1", "C" + id, "AAPL", Side.BUY,
                        OrderType.LIMIT, TimeInForce.DAY, 100, new BigDecimal("190.01"), null, 0)));
            }
            store.commit();
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    private static void report(String name, long[] nanos, long[] baseline) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        long total = Arrays.stream(nanos).sum();
        System.out.printf("%-14s commits/s=%8d p50_us=%8d p99_us=%8d p50_vs_memory=%sx%n", name,
                nanos.length * 1_000_000_000L / Math.max(1, total), sorted[sorted.length / 2] / 1000,
                sorted[sorted.length * 99 / 100] / 1000,
                BigDecimal.valueOf(sorted[sorted.length / 2])
                        .divide(BigDecimal.valueOf(Math.max(1, percentile(baseline, 50))), 1, RoundingMode.HALF_UP));
    }

    private static long percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length * p / 100];
    }
}
