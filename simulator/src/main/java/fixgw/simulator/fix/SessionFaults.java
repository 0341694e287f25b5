package fixgw.simulator.fix;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Faults injected into one broker session while the simulator runs (from its admin endpoint): reject every
 * new order, stop answering order requests, or drop the connection once N more orders were handled. All off at
 * start. Thread-safe: set by the admin thread, read by the session's threads.
 */
public final class SessionFaults {
    private static final long OFF = 0;

    private volatile boolean rejectAll;
    private volatile boolean silent;
    /** Orders still to handle before the connection drops; {@link #OFF} when not armed. */
    private final AtomicLong ordersUntilDisconnect = new AtomicLong(OFF);
    private final AtomicLong disconnects = new AtomicLong();

    public void rejectAll(boolean on) {
        rejectAll = on;
    }

    /** While on, new orders, cancels, replaces and status requests get no answer at all. */
    public void silent(boolean on) {
        silent = on;
    }

    /** Drops the connection right after the {@code orders}-th new order from now is answered; once. */
    public void disconnectAfterOrders(long orders) {
        if (orders < 1) {
            throw new IllegalArgumentException("orders must be at least 1, was " + orders);
        }
        ordersUntilDisconnect.set(orders);
    }

    /** Switches every fault off. */
    public void clear() {
        rejectAll = false;
        silent = false;
        ordersUntilDisconnect.set(OFF);
    }

    boolean rejectsAll() {
        return rejectAll;
    }

    boolean isSilent() {
        return silent;
    }

    /** Counts a handled new order; {@code true} when the connection must drop now. */
    boolean countOrderAndCheckDisconnect() {
        if (ordersUntilDisconnect.get() <= OFF) {
            return false;
        }
        if (ordersUntilDisconnect.decrementAndGet() == OFF) {
            disconnects.incrementAndGet();
            return true;
        }
        return false;
    }

    /** The current state, for the admin endpoint. */
    public Map<String, Object> describe() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("rejectAll", rejectAll);
        state.put("silent", silent);
        long left = ordersUntilDisconnect.get();
        state.put("disconnectAfterOrders", left > OFF ? left : null);
        state.put("disconnects", disconnects.get());
        return state;
    }
}
