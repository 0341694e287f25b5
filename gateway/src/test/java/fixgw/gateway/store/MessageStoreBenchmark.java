package fixgw.gateway.store;

import quickfix.MessageStore;
import quickfix.MessageStoreFactory;
import quickfix.SessionID;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Stores messages of about 250 bytes the way QuickFIX/J sends them ({@code set} then
 * {@code incrNextSenderMsgSeqNum}, one at a time) into the in-memory store and the MapDB store at each
 * durability level (checkpoints running every 200 ms, as shipped), and prints messages per second and the
 * p50/p99/max of one set+incr, and each level's throughput ratio to the in-memory store and the latency it adds.
 * The in-memory store costs nanoseconds, so the added microseconds are the figure to set against a FIX hop
 * (a few hundred microseconds).
 *
 * <p>A program, not a test: {@code mvn -q -pl gateway dependency:build-classpath -Dmdep.outputFile=cp.txt}, then
 * {@code java -cp "$(cat cp.txt):gateway/target/classes:gateway/target/test-classes"
 * fixgw.gateway.store.MessageStoreBenchmark [messages] [diskMessages] [directory]}. The directory (default
 * {@code target/store-bench}) should be on the disk the gateway will use.
 */
public final class MessageStoreBenchmark {

    private static final SessionID SESSION = new SessionID("FIX.4.4", "GATEWAY", "OMS1");
    private static final int RETAINED = 10_000;

    private MessageStoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int diskMessages = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        Path directory = Path.of(args.length > 2 ? args[2] : "target/store-bench");
        Files.createDirectories(directory);
        Clock clock = Clock.systemUTC();
        String message = sampleMessage();
        System.out.printf(Locale.ROOT, "message %d bytes, retention %d per session, files in %s%n",
                message.length(), RETAINED, directory.toAbsolutePath());

        Result memory = run("BoundedMemoryStore", boundedMemoryStore(clock), messages, message);
        for (Durability durability : Durability.values()) {
            Path sessions = directory.resolve("bench-" + durability);
            deleteStoreFiles(sessions);
            Result result;
            try (Checkpoints checkpoints = new Checkpoints(200);
                 MapDbMessageStoreFactory factory = new MapDbMessageStoreFactory(sessions, durability, RETAINED, clock,
                         checkpoints, null)) {
                result = run("MapDB " + durability, factory,
                        durability == Durability.DISK ? diskMessages : messages, message);
            }
            System.out.printf(Locale.ROOT, "%-20s vs memory: throughput x%.5f, p50 +%.1f us, p99 +%.1f us;"
                            + " files %d KB after closing%n", "", result.perSecond / memory.perSecond,
                    (result.p50Nanos - memory.p50Nanos) / 1e3, (result.p99Nanos - memory.p99Nanos) / 1e3,
                    size(sessions) / 1024);
            deleteStoreFiles(sessions);
        }
    }

    private record Result(double perSecond, long p50Nanos, long p99Nanos) {
    }

    /** Warms up on a first pass, then measures a second pass on the same store. */
    private static Result run(String name, MessageStoreFactory factory, int count, String message)
            throws IOException {
        MessageStore store = factory.create(SESSION);
        store.reset();
        sendAll(store, Math.max(count / 5, 100), message);
        long[] nanos = sendAll(store, count, message);
        long total = Arrays.stream(nanos).sum();
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-20s %8d msgs %10.0f msgs/s   p50 %8.1f us   p99 %8.1f us   max %9.1f us%n",
                name, count, count / (total / 1e9), nanos[count / 2] / 1e3, nanos[(int) (count * 0.99)] / 1e3,
                nanos[count - 1] / 1e3);
        return new Result(count / (total / 1e9), nanos[count / 2], nanos[(int) (count * 0.99)]);
    }

    private static long[] sendAll(MessageStore store, int count, String message) throws IOException {
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            int seq = store.getNextSenderMsgSeqNum();
            store.set(seq, message);
            store.incrNextSenderMsgSeqNum();
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    private static String sampleMessage() {
        return String.join("\u0001", "8=FIX.4.4", "9=229", "35=8", "34=123456", "49=GATEWAY", "56=OMS1",
                "52=20261125-11:45:00.123", "37=GW-20261125-000123", "11=CL-ORDER-0000123", "17=EX-20261125-0000456",
                "150=F", "39=1", "55=ACME", "54=1", "38=1000", "40=2", "44=101.2500", "32=100", "31=101.2500",
                "151=900", "14=100", "6=101.2500", "60=20261125-11:45:00.120", "10=123") + "\u0001";
    }

    /** The in-memory baseline is package-private in the fix package; a benchmark should not widen its API. */
    private static MessageStoreFactory boundedMemoryStore(Clock clock) throws ReflectiveOperationException {
        Method factory = Class.forName("fixgw.gateway.fix.BoundedMemoryStore")
                .getDeclaredMethod("factory", int.class, Clock.class);
        factory.setAccessible(true);
        return (MessageStoreFactory) factory.invoke(null, RETAINED, clock);
    }

    private static long size(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            long total = 0;
            for (Path file : files.toList()) {
                total += Files.size(file);
            }
            return total;
        }
    }

    private static void deleteStoreFiles(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
