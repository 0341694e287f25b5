package fixgw.simulator.market;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * Inputs of a {@link RandomWalkModel}. Immutable; checked by the simulator's config validation, and again
 * here so the model cannot be built from nonsense.
 *
 * @param initialPrice      first traded price, positive
 * @param tickSize          minimum price increment, positive
 * @param spreadTicks       quoted spread in ticks, at least 1
 * @param volatilityPerTick standard deviation of one step's relative price change, e.g. {@code 0.0005} (5 bps)
 * @param volumePerTick     average shares traded per step at a curve weight of 1, positive
 * @param tickInterval      market time between steps, positive
 * @param volumeCurve       relative activity through the session
 */
public record RandomWalkParameters(BigDecimal initialPrice, BigDecimal tickSize, int spreadTicks,
                                   BigDecimal volatilityPerTick, long volumePerTick, Duration tickInterval,
                                   IntradayVolumeCurve volumeCurve) {
    public RandomWalkParameters {
        Objects.requireNonNull(initialPrice, "initialPrice");
        Objects.requireNonNull(tickSize, "tickSize");
        Objects.requireNonNull(volatilityPerTick, "volatilityPerTick");
        Objects.requireNonNull(tickInterval, "tickInterval");
        Objects.requireNonNull(volumeCurve, "volumeCurve");
        if (initialPrice.signum() <= 0 || tickSize.signum() <= 0 || spreadTicks < 1
                || volatilityPerTick.signum() < 0 || volumePerTick <= 0
                || tickInterval.isNegative() || tickInterval.isZero()) {
            throw new IllegalArgumentException("invalid random walk " + this);
        }
    }
}
