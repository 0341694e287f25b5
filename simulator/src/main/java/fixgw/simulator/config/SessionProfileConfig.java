package fixgw.simulator.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * How the simulator treats one broker session (its counterparty's CompID). A session without a profile answers
 * at once, rejects nothing on chance and fills per each symbol's own liquidity. Immutable.
 *
 * @param compId            the counterparty's CompID (the session's TargetCompID); sessions not in the FIX
 *                          settings file are added
 * @param ackLatencyMillis  how long every request waits before the venue handles it; default 0
 * @param rejectProbability chance (0 to 1) that a new order is rejected (OrdRejReason 99); default 0
 * @param seed              seeds the reject draws, so a run replays the same; default 0
 * @param liquidity         fill model of this session's moving markets, instead of each symbol's own
 */
public record SessionProfileConfig(String compId, Long ackLatencyMillis, BigDecimal rejectProbability, Long seed,
                                   LiquidityConfig liquidity) {

    void validate(String at, List<String> problems) {
        if (compId == null || compId.isBlank()) {
            problems.add(at + ".compId must not be blank, was " + ConfigChecks.quoted(compId));
        }
        if (ackLatencyMillis != null && ackLatencyMillis < 0) {
            problems.add(at + ".ackLatencyMillis must be zero or more, was " + ackLatencyMillis);
        }
        if (rejectProbability != null && (rejectProbability.signum() < 0
                || rejectProbability.compareTo(BigDecimal.ONE) > 0)) {
            problems.add(at + ".rejectProbability must be 0..1, was " + rejectProbability.toPlainString());
        }
        if (liquidity != null) {
            liquidity.validate(at + ".liquidity", problems);
        }
    }

    public Duration ackLatency() {
        return Duration.ofMillis(ackLatencyMillis == null ? 0 : ackLatencyMillis);
    }

    public BigDecimal rejectChance() {
        return rejectProbability == null ? BigDecimal.ZERO : rejectProbability;
    }

    public long randomSeed() {
        return seed == null ? 0 : seed;
    }
}
