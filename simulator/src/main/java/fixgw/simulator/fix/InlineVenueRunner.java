package fixgw.simulator.fix;

import fixgw.simulator.venue.Venue;
import java.util.function.Consumer;

/**
 * Static quotes never move, so the venue needs no thread of its own: work runs at once on the calling session
 * thread (QuickFIX/J's {@code ThreadedSocketAcceptor} gives each session one), the fastest path.
 */
final class InlineVenueRunner implements VenueRunner {
    private final Venue venue;

    InlineVenueRunner(Venue venue) {
        this.venue = venue;
    }

    @Override
    public void execute(Consumer<Venue> work) {
        work.accept(venue);
    }

    @Override
    public void close() {
        // nothing runs on its own
    }
}
