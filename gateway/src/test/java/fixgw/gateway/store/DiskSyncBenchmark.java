package fixgw.gateway.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * What one disk sync costs on the disk the gateway writes to, the yardstick for the disk-durable target (ack latency
 * within one sync of in-memory). It writes a record over a file filled with zeros beforehand and forces it, as the
 * journal does (see {@link Journal}), and prints the percentiles of one write+force. The bench writes 300 bytes; the
 * gateway's group commits in its fixed-rate run at {@code disk} are larger (p10 1.0 KB, p50 1.4 KB, p90 2.8 KB:
 * {@code strace} of the writes before each {@code fdatasync}, 2026-12-08), but on this disk the size makes no
 * difference: 300 against 1,400 bytes at 1,000 a second, 3 rounds side by side, p50 196/196, 178/187, 174/170 us.
 *
 * <p>The syncs are paced: one every {@code 1/rate} seconds, as a fixed-rate order flow makes them, or back to back
 * at rate 0. The pace changes the answer on this machine's virtual disk. Measured 2026-12-07, 2,500 bytes, p50:
 * <ul>
 *   <li>back to back: 99-123 us;</li>
 *   <li>one every 0.3, 1 or 2 ms: 155-181, 156-177 and 211-216 us. The same with the thread spinning between syncs
 *       (153-168 us at 1 ms), so the difference is the disk waking up, not the CPU;</li>
 *   <li>appending instead, which also records the file's new size: 148 us back to back and 311 us at 1 ms.</li>
 * </ul>
 * Those are on an otherwise idle machine; paced at 1 ms between the bench's rounds, beside its idle gateways, it
 * measured 101-149 us. The bench measures at the fixed-rate run's pace, since that is the sync each of its orders
 * waits for. Overwriting is the cheaper kind, so the yardstick errs on the strict side.
 *
 * <p>A program, not a test: {@code java ... fixgw.gateway.store.DiskSyncBenchmark directory [syncs] [bytes] [rate]}.
 * The directory should be on the disk the gateway's data directory is on.
 */
public final class DiskSyncBenchmark {

    /** Enough zeros that the measured writes never reach the file's end. */
    private static final long FILE_BYTES = 16L << 20;

    private DiskSyncBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: DiskSyncBenchmark directory [syncs=500] [bytes=300] [rate per second=0]");
            System.exit(2);
        }
        Path directory = Files.createDirectories(Path.of(args[0]));
        int syncs = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int bytes = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        int rate = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        if (syncs <= 0 || bytes <= 0 || rate < 0 || (long) bytes * syncs * 11 / 10 > FILE_BYTES) {
            System.err.println("syncs and bytes must be positive and fit in " + FILE_BYTES + " bytes, rate >= 0");
            System.exit(2);
        }
        Path file = Files.createTempFile(directory, "disk-sync", ".bin");
        try {
            long[] nanos = measure(file, syncs, bytes, rate);
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT,
                    "disk_sync bytes=%d syncs=%d rate=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d%n",
                    bytes, syncs, rate, percentile(nanos, 50) / 1000, percentile(nanos, 90) / 1000,
                    percentile(nanos, 99) / 1000, nanos[nanos.length - 1] / 1000);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Writes {@code bytes} over the zeros and forces them, {@code syncs} times, each starting {@code 1/rate} s after
     * the one before (at once at rate 0); the first tenth is warm-up and not returned.
     */
    private static long[] measure(Path file, int syncs, int bytes, int rate) throws IOException {
        int warmUp = Math.max(1, syncs / 10);
        long[] nanos = new long[syncs];
        ByteBuffer record = ByteBuffer.allocate(bytes);
        Arrays.fill(record.array(), (byte) 1);
        long interval = rate == 0 ? 0 : TimeUnit.SECONDS.toNanos(1) / rate;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            Journal.fillWithZeros(channel, FILE_BYTES);
            long next = System.nanoTime();
            for (int i = -warmUp; i < syncs; i++) {
                next += interval;
                waitUntil(next);
                record.clear();
                long start = System.nanoTime();
                channel.write(record);
                channel.force(false);
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - start;
                }
            }
        }
        return nanos;
    }

    private static void waitUntil(long deadline) {
        for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    private static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)];
    }
}
