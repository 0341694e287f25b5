package fixgw.gateway.route;

import java.util.HashSet;
import java.util.Set;

/**
 * Which broker sessions are logged on, as the engine last heard. Written by the engine thread only; other threads
 * read the immutable {@link #snapshot()} the engine publishes with each change.
 */
public final class BrokerAvailability {

    private final Set<String> loggedOn = new HashSet<>();
    private volatile Set<String> published = Set.of();

    public void update(String broker, boolean isLoggedOn) {
        if (isLoggedOn) {
            loggedOn.add(broker);
        } else {
            loggedOn.remove(broker);
        }
        published = Set.copyOf(loggedOn);
    }

    /** Engine thread only. */
    public boolean isAvailable(String broker) {
        return loggedOn.contains(broker);
    }

    /** The brokers the engine routes to now; safe from any thread. */
    public Set<String> snapshot() {
        return published;
    }
}
