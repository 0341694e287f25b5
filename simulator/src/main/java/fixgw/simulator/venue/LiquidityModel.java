package fixgw.simulator.venue;

import fixgw.simulator.market.MarketTick;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How much of the market an order can take and what it costs: in one market step an order fills at most
 * {@code maxParticipation} of the step's traded volume, and an aggressive fill pays the touch (ask to buy, bid
 * to sell) plus a slippage of {@code impactBasisPoints} of the touch for every 100% of the step's volume it
 * takes, so slippage grows with size relative to the liquidity there is. The slippage is rounded half-up to
 * whole ticks, so small orders pay the touch; a sell never goes below one tick. Immutable and thread-safe.
 *
 * @param maxParticipation  fraction of a step's volume one order may take, above 0 and at most 1
 * @param impactBasisPoints slippage in basis points of the touch per unit of participation, zero or more
 * @param tickSize          the symbol's price increment, positive
 */
public record LiquidityModel(BigDecimal maxParticipation, BigDecimal impactBasisPoints, BigDecimal tickSize) {
    private static final BigDecimal BASIS_POINTS_PER_UNIT = BigDecimal.valueOf(10_000);

    public LiquidityModel {
        Objects.requireNonNull(maxParticipation, "maxParticipation");
        Objects.requireNonNull(impactBasisPoints, "impactBasisPoints");
        Objects.requireNonNull(tickSize, "tickSize");
        if (maxParticipation.signum() <= 0 || maxParticipation.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("maxParticipation must be above 0 and at most 1, was "
                    + maxParticipation.toPlainString());
        }
        if (impactBasisPoints.signum() < 0) {
            throw new IllegalArgumentException("impactBasisPoints must not be negative, was "
                    + impactBasisPoints.toPlainString());
        }
        if (tickSize.signum() <= 0) {
            throw new IllegalArgumentException("tickSize must be positive, was " + tickSize.toPlainString());
        }
    }

    /** Shares one order may take in this step. */
    public long available(MarketTick tick) {
        return BigDecimal.valueOf(tick.volume()).multiply(maxParticipation)
                .setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    /** The price of taking {@code quantity} shares from the touch in this step, slippage included. */
    public BigDecimal aggressivePrice(Side side, MarketTick tick, long quantity) {
        BigDecimal touch = side.isBuy() ? tick.ask() : tick.bid();
        BigDecimal participation = BigDecimal.valueOf(quantity)
                .divide(BigDecimal.valueOf(Math.max(1, tick.volume())), 12, RoundingMode.HALF_EVEN);
        BigDecimal slippage = touch.multiply(impactBasisPoints).multiply(participation)
                .divide(BASIS_POINTS_PER_UNIT, 12, RoundingMode.HALF_EVEN);
        BigDecimal slippageOnGrid = slippage.divide(tickSize, 0, RoundingMode.HALF_UP).multiply(tickSize);
        return side.isBuy() ? touch.add(slippageOnGrid) : touch.subtract(slippageOnGrid).max(tickSize);
    }
}
