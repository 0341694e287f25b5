package fixgw.simulator.fix;

import fixgw.simulator.config.SessionProfileConfig;
import java.math.BigDecimal;
import java.util.SplittableRandom;

/**
 * One session's profile (reject probability with its seeded draws) and its injected faults. The draws are
 * confined to the session's venue thread (or its session thread when it has none), so a seed replays the same.
 */
final class SessionBehaviour {
    private final SessionFaults faults = new SessionFaults();
    private final BigDecimal rejectProbability;
    private final SplittableRandom random;

    /** @param profile {@code null} for a session without profile */
    SessionBehaviour(SessionProfileConfig profile) {
        this.rejectProbability = profile == null ? BigDecimal.ZERO : profile.rejectChance();
        this.random = new SplittableRandom(profile == null ? 0 : profile.randomSeed());
    }

    SessionFaults faults() {
        return faults;
    }

    /** Why the profile or a fault refuses the next new order, or {@code null} to let the venue decide. */
    String refusal() {
        if (faults.rejectsAll()) {
            return "Simulated fault: this session rejects every order";
        }
        // the draw is a dimensionless chance, compared exactly with the configured probability
        if (rejectProbability.signum() > 0
                && BigDecimal.valueOf(random.nextDouble()).compareTo(rejectProbability) < 0) {
            return "Simulated reject (rejectProbability " + rejectProbability.toPlainString() + ")";
        }
        return null;
    }
}
