package fixgw.simulator.fix;

import fixgw.simulator.venue.Venue;
import java.util.function.Consumer;

/** Runs work on one session's {@link Venue}, always on the one thread that owns it. */
interface VenueRunner extends AutoCloseable {

    /** Runs {@code work} on the venue, now or soon, in the order of the calls. */
    void execute(Consumer<Venue> work);

    /** Stops running work; idempotent. */
    @Override
    void close();
}
