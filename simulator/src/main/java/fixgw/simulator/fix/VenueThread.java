package fixgw.simulator.fix;

import fixgw.simulator.venue.MarketView;
import fixgw.simulator.venue.Venue;
import fixgw.simulator.venue.VenueEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quickfix.Message;
import quickfix.SessionID;

/**
 * The single thread that owns a session's venue when symbols trade on moving markets or the session's profile
 * delays its answers. With markets, every {@code pollInterval} it plays the market steps due by market time and
 * sends what they did to resting orders (fills, expiries) as unsolicited reports; each request from the session
 * runs on the same thread, {@code latency} after it arrived (in arrival order), once the market has been brought
 * up to that moment. A failing request is logged and the thread goes on.
 */
final class VenueThread implements VenueRunner {
    private static final Logger LOG = LoggerFactory.getLogger(VenueThread.class);
    /** Reports nobody asked for echo nothing: an empty request. */
    private static final Message UNSOLICITED = new Message();
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

    private final SessionID sessionId;
    private final Venue venue;
    private final ReportSender sender;
    private final MarketStepListener listener;
    private final ScheduledExecutorService executor;
    private final long latencyNanos;
    private final List<VenueEvent> events = new ArrayList<>();
    private final List<MarketView> played = new ArrayList<>();

    /** @param latency how long each request waits before the venue handles it (the session's ack latency) */
    VenueThread(SessionID sessionId, Venue venue, ReportSender sender, MarketStepListener listener,
                Duration pollInterval, Duration latency) {
        this.sessionId = sessionId;
        this.venue = venue;
        this.sender = sender;
        this.listener = listener;
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "venue-" + sessionId.getTargetCompID());
            thread.setDaemon(true);
            return thread;
        });
        this.latencyNanos = latency.toNanos();
        if (venue.hasMarkets()) {
            long pollNanos = pollInterval.toNanos();
            executor.scheduleWithFixedDelay(() -> run(ignored -> { }), pollNanos, pollNanos, TimeUnit.NANOSECONDS);
        }
    }

    @Override
    public void execute(Consumer<Venue> work) {
        try {
            // equal delays keep arrival order: the executor runs tasks due at once in submission order
            executor.schedule(() -> run(work), latencyNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            LOG.warn("Venue of {} is stopped; request dropped", sessionId);
        }
    }

    private void run(Consumer<Venue> work) {
        try {
            catchUp();
            work.accept(venue);
        } catch (RuntimeException e) {
            // the schedule would stop silently on an exception: log it and keep the market running
            LOG.error("Venue of {} failed; it keeps running", sessionId, e);
        }
    }

    private void catchUp() {
        events.clear();
        played.clear();
        venue.advanceMarkets(events, played);
        if (!events.isEmpty()) {
            sender.send(events, UNSOLICITED, sessionId);
        }
        if (!played.isEmpty()) {
            listener.onSteps(sessionId, venue, played);
        }
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Venue thread of {} did not stop within {}", sessionId, STOP_TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
