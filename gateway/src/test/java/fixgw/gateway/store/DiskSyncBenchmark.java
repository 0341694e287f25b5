package fixgw.gateway.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;

/**
 * What one disk sync costs on the disk the gateway writes to: appends a record the size of a small group commit
 * to a file and forces it, as a write-ahead log that appends does, and prints the percentiles of one write+force.
 * It is the yardstick for the disk-durable target (ack latency within one sync of in-memory). The journal itself
 * writes over a segment it filled with zeros beforehand, which syncs a little faster (no file size to record):
 * 96-109 us against 135-170 us here (2026-12-06).
 *
 * <p>A program, not a test: {@code java ... fixgw.gateway.store.DiskSyncBenchmark directory [syncs] [bytes]}. The
 * directory should be on the disk the gateway's data directory is on.
 */
public final class DiskSyncBenchmark {

    private DiskSyncBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: DiskSyncBenchmark directory [syncs=500] [bytes=300]");
            System.exit(2);
        }
        Path directory = Files.createDirectories(Path.of(args[0]));
        int syncs = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int bytes = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        Path file = Files.createTempFile(directory, "disk-sync", ".bin");
        try {
            long[] nanos = measure(file, syncs, bytes);
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "disk_sync bytes=%d syncs=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d%n",
                    bytes, syncs, percentile(nanos, 50) / 1000, percentile(nanos, 90) / 1000,
                    percentile(nanos, 99) / 1000, nanos[nanos.length - 1] / 1000);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Appends {@code bytes} and forces them, {@code syncs} times; the first tenth is warm-up and not returned. */
    private static long[] measure(Path file, int syncs, int bytes) throws IOException {
        int warmUp = Math.max(1, syncs / 10);
        long[] nanos = new long[syncs];
        ByteBuffer record = ByteBuffer.allocate(bytes);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            for (int i = -warmUp; i < syncs; i++) {
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

    private static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)];
    }
}
