package fixgw.simulator.client;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import quickfix.Message;
import quickfix.field.ClOrdID;
import quickfix.field.ExecType;
import quickfix.field.MsgType;
import quickfix.field.OrdStatus;
import quickfix.field.OrdType;
import quickfix.field.Side;

/**
 * Sends market orders through a {@link FixClient} at a fixed rate (or as fast as a window allows) and
 * records, with HdrHistogram, the time from sending each NewOrderSingle to receiving its ExecutionReport New
 * (ack) and Filled (fill), one histogram value per order, from {@code System.nanoTime} at the send (on the sending
 * thread) and at the receipt (on the QuickFIX/J thread). At a fixed rate the generator is open-loop: sends follow
 * absolute target times (start + i/rate), whatever the answers do, so a slow answer never delays or drops later
 * sends, and HdrHistogram's expected-interval correction (for closed-loop senders that wait for each answer) does
 * not apply: here it added made-up values for every order slower than the interval (an order taking 10 ms at
 * 1,000/s became ten values from 1 to 10 ms, tripling the p50 of a run with a slow tail). What a fixed rate can
 * still hide is a sender that falls behind its schedule (a cold JVM, a starved core): how late each send left is
 * recorded as {@code send_lag}, so a run whose sender lagged shows it. Latency runs from the actual send rather
 * than the target time because the load client shares the machine with the servers: its own scheduling delays are
 * not the servers' latency.
 * Warm-up orders go first, as fast as the window allows, and are not recorded; the measured orders start once
 * every warm-up order has finished. Single use.
 */
public final class LoadGenerator {
    private static final long HIGHEST_TRACKABLE_MICROS = TimeUnit.MINUTES.toMicros(10);
    // Parking is coarse (~50-100 us); closer to the target time we spin.
    private static final long SPIN_THRESHOLD_NANOS = TimeUnit.MICROSECONDS.toNanos(100);

    private final FixClient client;
    private final OrderMessages messages;
    private final LoadSettings settings;
    private final String clOrdIdPrefix;
    private final Histogram ackMicros = new Histogram(HIGHEST_TRACKABLE_MICROS, 3);
    private final Histogram fillMicros = new Histogram(HIGHEST_TRACKABLE_MICROS, 3);
    /** Written by the sending thread only; read once it is done. */
    private final Histogram sendLagMicros = new Histogram(HIGHEST_TRACKABLE_MICROS, 3);
    private final Map<String, Long> sentNanosByClOrdId = new ConcurrentHashMap<>();
    private final AtomicLong acked = new AtomicLong();
    private final AtomicLong filled = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong lastFinishNanos = new AtomicLong();
    private final CountDownLatch warmupFinished;
    private final CountDownLatch finished;
    private final Semaphore inFlight;
    private final SplittableRandom sizes;

    /** @param clock only names this run's ClOrdIDs, so runs against one session never collide */
    public LoadGenerator(FixClient client, LoadSettings settings, Clock clock) {
        this.client = client;
        this.messages = new OrderMessages(clock);
        this.settings = settings;
        this.clOrdIdPrefix = "L" + Long.toString(clock.millis(), 36) + "-";
        this.warmupFinished = new CountDownLatch(Math.toIntExact(settings.warmup()));
        this.finished = new CountDownLatch(Math.toIntExact(settings.warmup() + settings.count()));
        this.inFlight = new Semaphore(settings.window());
        this.sizes = new SplittableRandom(settings.seed());
        client.addListener(this::onMessage);
    }

    public LoadResult run() throws InterruptedException {
        long warmup = settings.warmup();
        long total = warmup + settings.count();
        // Warm-up goes as fast as the window allows: it exists to get every JVM on the path compiled, and
        // its own JIT work must be over before the measured orders start.
        for (long i = 0; i < warmup; i++) {
            if (!acquireWindow()) {
                break;
            }
            send(i);
        }
        warmupFinished.await(settings.timeout().toNanos(), TimeUnit.NANOSECONDS);
        long measuredStartNanos = System.nanoTime();
        for (long i = warmup; i < total; i++) {
            if (settings.ratePerSecond() > 0) {
                long targetNanos = measuredStartNanos + (i - warmup) * 1_000_000_000L / settings.ratePerSecond();
                awaitTargetTime(targetNanos);
                long sentNanos = send(i);
                sendLagMicros.recordValue(Math.min(HIGHEST_TRACKABLE_MICROS,
                        TimeUnit.NANOSECONDS.toMicros(Math.max(0, sentNanos - targetNanos))));
            } else if (acquireWindow()) {
                send(i);
            } else {
                break; // window stuck: nothing answers; report what we have
            }
        }
        finished.await(settings.timeout().toNanos(), TimeUnit.NANOSECONDS);
        long elapsedNanos = Math.max(1, lastFinishNanos.get() - measuredStartNanos);
        long done = filled.get() + rejected.get();
        return new LoadResult(client.settings().targetCompId(), settings.count(), settings.ratePerSecond(),
                TimeUnit.NANOSECONDS.toMillis(elapsedNanos),
                BigDecimal.valueOf(done).multiply(BigDecimal.valueOf(1_000_000_000L))
                        .divide(BigDecimal.valueOf(elapsedNanos), 0, java.math.RoundingMode.HALF_UP).longValue(),
                acked.get(), filled.get(), rejected.get(), summary(ackMicros), summary(fillMicros),
                summary(sendLagMicros));
    }

    private boolean acquireWindow() throws InterruptedException {
        return inFlight.tryAcquire(settings.timeout().toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Orders sent under the window (all warm-up orders, and all orders when no rate is set) give a place back. */
    private boolean isWindowed(long index) {
        return index < settings.warmup() || settings.ratePerSecond() == 0;
    }

    /** Runs on the sending thread only, so the random generator needs no guard. Returns when it was sent. */
    private long send(long index) {
        String clOrdId = clOrdIdPrefix + index;
        int symbols = settings.symbols().size();
        String symbol = settings.symbols().get((int) (index % symbols));
        // each symbol alternates buy and sell, so its position stays near flat
        char side = (index / symbols) % 2 == 0 ? Side.BUY : Side.SELL;
        long quantity = settings.maxQuantity() == settings.quantity()
                ? settings.quantity()
                : sizes.nextLong(settings.quantity(), settings.maxQuantity() + 1);
        Message order = messages.newOrderSingle(clOrdId, symbol, side, OrdType.MARKET, quantity, null, null);
        long sentNanos = System.nanoTime();
        sentNanosByClOrdId.put(clOrdId, sentNanos);
        client.send(order);
        return sentNanos;
    }

    /** Runs on the QuickFIX/J thread: the only writer of the histograms. */
    private void onMessage(Message message) {
        long receivedNanos = System.nanoTime();
        if (!MsgType.EXECUTION_REPORT.equals(FixFields.msgType(message))) {
            return;
        }
        String clOrdId = FixFields.text(message, ClOrdID.FIELD);
        Long sentNanos = sentNanosByClOrdId.get(clOrdId);
        if (sentNanos == null) {
            return;
        }
        long index = Long.parseLong(clOrdId.substring(clOrdIdPrefix.length()));
        boolean recorded = index >= settings.warmup();
        long micros = TimeUnit.NANOSECONDS.toMicros(receivedNanos - sentNanos);
        char execType = FixFields.code(message, ExecType.FIELD);
        char ordStatus = FixFields.code(message, OrdStatus.FIELD);
        if (execType == ExecType.NEW && recorded) {
            acked.incrementAndGet();
            record(ackMicros, micros);
        }
        if (ordStatus == OrdStatus.FILLED) {
            if (recorded) {
                filled.incrementAndGet();
                record(fillMicros, micros);
            }
            finish(clOrdId, index, receivedNanos);
        } else if (ordStatus == OrdStatus.REJECTED || ordStatus == OrdStatus.CANCELED
                || ordStatus == OrdStatus.EXPIRED) {
            if (recorded) {
                rejected.incrementAndGet();
            }
            finish(clOrdId, index, receivedNanos);
        }
    }

    private void finish(String clOrdId, long index, long receivedNanos) {
        sentNanosByClOrdId.remove(clOrdId);
        lastFinishNanos.set(receivedNanos);
        if (isWindowed(index)) {
            inFlight.release();
        }
        if (index < settings.warmup()) {
            warmupFinished.countDown();
        }
        finished.countDown();
    }

    private void record(Histogram histogram, long micros) {
        long value = Math.min(micros, HIGHEST_TRACKABLE_MICROS);
        synchronized (histogram) {
            histogram.recordValue(value);
        }
    }

    private static LatencySummary summary(Histogram histogram) {
        synchronized (histogram) {
            return LatencySummary.of(histogram);
        }
    }

    private static void awaitTargetTime(long targetNanos) {
        long remaining;
        while ((remaining = targetNanos - System.nanoTime()) > 0) {
            if (remaining > SPIN_THRESHOLD_NANOS) {
                LockSupport.parkNanos(remaining - SPIN_THRESHOLD_NANOS);
            } else {
                Thread.onSpinWait();
            }
        }
    }
}
