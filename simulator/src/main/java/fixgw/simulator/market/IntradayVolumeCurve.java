package fixgw.simulator.market;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Relative trading activity through the session: a U shape, {@code edgeWeight} at the open and the close and
 * {@code middayWeight} half-way, {@code weight = midday + (edge - midday) * (2x - 1)^2} for {@code x} the
 * fraction of the session elapsed. A flat curve has both weights equal. Immutable and thread-safe.
 */
public record IntradayVolumeCurve(BigDecimal edgeWeight, BigDecimal middayWeight) {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /** Twice the midday activity at the open and close, half of it at midday: roughly equities. */
    public static final IntradayVolumeCurve U_SHAPED = new IntradayVolumeCurve(new BigDecimal("2.0"),
            new BigDecimal("0.5"));

    public IntradayVolumeCurve {
        Objects.requireNonNull(edgeWeight, "edgeWeight");
        Objects.requireNonNull(middayWeight, "middayWeight");
        if (edgeWeight.signum() < 0 || middayWeight.signum() < 0) {
            throw new IllegalArgumentException("volume curve weights must not be negative, were "
                    + edgeWeight.toPlainString() + " and " + middayWeight.toPlainString());
        }
    }

    /** @param fractionOfSession 0 (open) to 1 (close) */
    public BigDecimal weightAt(BigDecimal fractionOfSession) {
        BigDecimal fromMiddle = fractionOfSession.multiply(TWO).subtract(BigDecimal.ONE);
        return middayWeight.add(edgeWeight.subtract(middayWeight).multiply(fromMiddle.multiply(fromMiddle)));
    }
}
