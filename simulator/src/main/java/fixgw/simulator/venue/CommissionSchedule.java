package fixgw.simulator.venue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * What the broker charges per order: {@code perShare} times the shares filled plus {@code basisPoints} of the
 * notional filled, at least {@code minimumPerOrder} once anything has filled. Each execution is charged the
 * increase of the order's cumulative commission, so the minimum is taken on the first fill and later fills
 * pay only once the order's commission outgrows it; the executions of an order always add up to the order's
 * commission. Amounts are rounded half-up to the cent (the venues simulated quote in currencies with cents).
 * Immutable and thread-safe.
 *
 * @param perShare        charge per share filled, zero or more
 * @param basisPoints     charge in basis points (1/10,000) of notional filled, zero or more
 * @param minimumPerOrder smallest charge of an order that filled, zero or more
 */
public record CommissionSchedule(BigDecimal perShare, BigDecimal basisPoints, BigDecimal minimumPerOrder) {
    private static final int CENTS = 2;
    private static final BigDecimal BASIS_POINTS_PER_UNIT = BigDecimal.valueOf(10_000);

    /** Charges nothing. */
    public static final CommissionSchedule NONE = new CommissionSchedule(BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO);

    public CommissionSchedule {
        Objects.requireNonNull(perShare, "perShare");
        Objects.requireNonNull(basisPoints, "basisPoints");
        Objects.requireNonNull(minimumPerOrder, "minimumPerOrder");
        if (perShare.signum() < 0 || basisPoints.signum() < 0 || minimumPerOrder.signum() < 0) {
            throw new IllegalArgumentException("commission rates must not be negative, were perShare "
                    + perShare.toPlainString() + ", basisPoints " + basisPoints.toPlainString()
                    + ", minimumPerOrder " + minimumPerOrder.toPlainString());
        }
    }

    /** The order's total commission once {@code cumQuantity} shares worth {@code cumNotional} have filled. */
    public BigDecimal orderTotal(long cumQuantity, BigDecimal cumNotional) {
        if (cumQuantity == 0) {
            return BigDecimal.ZERO.setScale(CENTS);
        }
        BigDecimal raw = perShare.multiply(BigDecimal.valueOf(cumQuantity))
                .add(cumNotional.multiply(basisPoints).divide(BASIS_POINTS_PER_UNIT));
        return raw.max(minimumPerOrder).setScale(CENTS, RoundingMode.HALF_UP);
    }

    /**
     * The charge of one execution of {@code lastQuantity} at {@code lastPrice} on an order that had filled
     * {@code cumQuantityBefore} shares worth {@code cumNotionalBefore}.
     */
    public BigDecimal forExecution(long cumQuantityBefore, BigDecimal cumNotionalBefore, long lastQuantity,
                                   BigDecimal lastPrice) {
        BigDecimal notionalAfter = cumNotionalBefore.add(lastPrice.multiply(BigDecimal.valueOf(lastQuantity)));
        return orderTotal(cumQuantityBefore + lastQuantity, notionalAfter)
                .subtract(orderTotal(cumQuantityBefore, cumNotionalBefore));
    }
}
