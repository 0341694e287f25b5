package fixgw.e2e;

import ch.qos.logback.classic.Level;
import fixgw.gateway.Gateway;
import fixgw.gateway.store.Storage;
import fixgw.simulator.client.FixClient;
import fixgw.simulator.client.FixClientSettings;
import fixgw.simulator.client.OrderMessages;
import org.slf4j.LoggerFactory;
import quickfix.FieldNotFound;
import quickfix.Message;
import quickfix.field.ClOrdID;
import quickfix.field.MsgType;
import quickfix.field.OrdStatus;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * How long a gateway takes to come back on a data directory full of live orders, cold: a program, not a test.
 *
 * <ol>
 *   <li>{@code write DIR [orders=100000] [batch=64]} stores that many open, acknowledged, resting orders of client
 *   CLIENT1 through the state store, in engine-sized batches, and closes it;</li>
 *   <li>{@code start DIR [orders=100000] [limitMillis=5000]}, in a fresh JVM (nothing warmed), starts the gateway
 *   on free ports on that directory and times it until it answers a FIX Logon ({@link RawLogon}: a QuickFIX/J
 *   client would add its own second), then logs a FIX client on; then asks the gateway for the
 *   status of every written order to prove each one was recovered as New, and prints the data files.</li>
 * </ol>
 * The broker port has nothing listening: readiness for client logons is measured, not reconciliation. Run
 * {@code start} in the {@code src-test} directory (the session settings are read from {@code ../fix-config}).
 */
public final class RestartBenchmark {

    private static final String CLIENT = "CLIENT1";
    private static final int STATUS_WINDOW = 1000;

    private RestartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || !(args[0].equals("write") || args[0].equals("start"))) {
            System.err.println("usage: RestartBenchmark write DIR [orders=100000] [batch=64]\n"
                    + "       RestartBenchmark start DIR [orders=100000] [limitMillis=5000]");
            System.exit(2);
        }
        Path directory = Path.of(args[1]).toAbsolutePath();
        int orders = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        if (args[0].equals("write")) {
            int batch = args.length > 3 ? Integer.parseInt(args[3]) : 64;
            long start = System.nanoTime();
            LiveOrderWriter.write(Files.createDirectories(directory), CLIENT, orders, batch);
            System.out.printf(Locale.ROOT, "restart written orders=%d batch=%d ms=%d%n", orders, batch,
                    millisSince(start));
            printFiles(directory);
        } else {
            long limitMillis = args.length > 3 ? Long.parseLong(args[3]) : 5000;
            System.exit(start(directory, orders, limitMillis) ? 0 : 1);
        }
    }

    private static boolean start(Path directory, int orders, long limitMillis) throws Exception {
        long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
        showStorageRecovery();
        long start = System.nanoTime();
        int clientPort = FreePorts.next();
        Gateway gateway = Gateway.start(GatewayStack.gatewayConfigWithoutBroker(clientPort, FreePorts.next(),
                GatewayStack.INSTRUMENTS, directory), Clock.systemUTC());
        long started = System.nanoTime();
        RawLogon.logOn("127.0.0.1", clientPort, CLIENT, "GATEWAY");
        long answered = System.nanoTime();
        // wall clock on purpose: the JVM reports its own start only as wall-clock time
        long answeredSinceJvmStart = System.currentTimeMillis() - jvmStartMillis;
        FixClient client = FixClient.connect(FixClientSettings.of("127.0.0.1", clientPort, CLIENT, "GATEWAY")
                .withRecordReceived(false), Duration.ofSeconds(60));
        long loggedOn = System.nanoTime();
        long sinceJvmStart = System.currentTimeMillis() - jvmStartMillis;
        try {
            System.out.printf(Locale.ROOT, "restart gateway_start_ms=%d logon_answered_ms=%d ready_ms=%d"
                            + " ready_since_jvm_start_ms=%d client_logged_on_since_jvm_start_ms=%d process_cpu_ms=%d"
                            + " cores=%d%n",
                    (started - start) / 1_000_000, (answered - started) / 1_000_000, (answered - start) / 1_000_000,
                    answeredSinceJvmStart, sinceJvmStart, processCpuMillis(),
                    Runtime.getRuntime().availableProcessors());
            int recovered = countLiveOrders(client, orders);
            System.out.printf(Locale.ROOT, "restart recovered_live_orders=%d of %d%n", recovered, orders);
            boolean pass = answeredSinceJvmStart <= limitMillis && recovered == orders;
            System.out.printf(Locale.ROOT, "restart %s: a logon answered %d ms after JVM start (limit %d ms), %d of"
                    + " %d orders recovered%n", pass ? "PASS" : "FAIL", answeredSinceJvmStart, limitMillis, recovered,
                    orders);
            return pass;
        } finally {
            client.close();
            gateway.close();
            printFiles(directory);
        }
    }

    /** Asks the status of every written order; returns how many the gateway reports open (OrdStatus New). */
    private static int countLiveOrders(FixClient client, int orders) throws Exception {
        Semaphore window = new Semaphore(STATUS_WINDOW);
        AtomicInteger live = new AtomicInteger();
        AtomicInteger notNew = new AtomicInteger();
        client.addListener(message -> {
            if (isReport(message)) {
                if (isNew(message)) {
                    live.incrementAndGet();
                } else if (notNew.getAndIncrement() == 0) {
                    System.out.println("restart first answer not New: " + message.toString().replace('\u0001', '|'));
                }
                window.release();
            }
        });
        OrderMessages messages = new OrderMessages(Clock.systemUTC());
        for (int n = 0; n < orders; n++) {
            if (!window.tryAcquire(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no status answer within 30 s after " + n + " requests");
            }
            char side = LiveOrderWriter.side(n) == fixgw.gateway.order.Side.BUY ? quickfix.field.Side.BUY
                    : quickfix.field.Side.SELL;
            client.send(messages.statusRequest(LiveOrderWriter.clOrdId(n), LiveOrderWriter.symbol(n), side));
        }
        if (!window.tryAcquire(STATUS_WINDOW, 30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("status answers missing after 30 s");
        }
        return live.get();
    }

    private static boolean isReport(Message message) {
        try {
            return MsgType.EXECUTION_REPORT.equals(message.getHeader().getString(MsgType.FIELD))
                    && message.getString(ClOrdID.FIELD).startsWith("LIVE-");
        } catch (FieldNotFound e) {
            return false;
        }
    }

    private static boolean isNew(Message message) {
        try {
            return message.getChar(OrdStatus.FIELD) == OrdStatus.NEW;
        } catch (FieldNotFound e) {
            return false;
        }
    }

    private static void printFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            files.sorted().forEach(file -> {
                try {
                    System.out.printf(Locale.ROOT, "  file %s bytes=%d%n", file.getFileName(), Files.size(file));
                } catch (IOException e) {
                    System.out.printf(Locale.ROOT, "  file %s (gone)%n", file.getFileName());
                }
            });
        }
    }

    /** The storage's own recovery line (orders found, milliseconds) is logged at INFO; tests log WARN only. */
    private static void showStorageRecovery() {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Storage.class)).setLevel(Level.INFO);
    }

    /** CPU the JVM used so far, all threads: on a shared box, how much of the wall time was waiting for a core. */
    private static long processCpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
