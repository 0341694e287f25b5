package fixgw.gateway.route;

import java.util.HashSet;
import java.util.Set;

/**
 * Which broker sessions are logged on, as the engine last heard. Not thread-safe: engine thread only.
 */
public final class BrokerAvailability {

    private final Set<String> loggedOn = new HashSet<>();

    public void update(String broker, boolean isLoggedOn) {
        if (isLoggedOn) {
            loggedOn.add(broker);
        } else {
            loggedOn.remove(broker);
        }
    }

    public boolean isAvailable(String broker) {
        return loggedOn.contains(broker);
    }
}
