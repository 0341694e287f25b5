package fixgw.simulator.client;

import java.time.Duration;

/** Tracks whether the client's session is logged on, and lets callers wait for it. Thread-safe. */
final class LogonSignal {
    private boolean loggedOn;
    private int logouts;

    synchronized void set(boolean value) {
        if (loggedOn && !value) {
            logouts++;
        }
        loggedOn = value;
        notifyAll();
    }

    /** How often a logged-on session went down (logout or lost connection). */
    synchronized int logouts() {
        return logouts;
    }

    synchronized boolean isLoggedOn() {
        return loggedOn;
    }

    synchronized boolean await(boolean wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (loggedOn != wanted) {
            long remainingMillis = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
            if (remainingMillis <= 0) {
                return false;
            }
            wait(remainingMillis);
        }
        return true;
    }
}
