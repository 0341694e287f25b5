package fixgw.simulator.config;

import fixgw.simulator.venue.LiquidityModel;
import java.math.BigDecimal;
import java.util.List;

/**
 * How a moving market fills orders ({@link LiquidityModel}): the share of each step's volume one order may
 * take, and the slippage in basis points of the touch per 100% of the step's volume taken. Immutable.
 */
public record LiquidityConfig(BigDecimal maxParticipation, BigDecimal impactBasisPoints) {

    void validate(String at, List<String> problems) {
        if (maxParticipation == null || maxParticipation.signum() <= 0
                || maxParticipation.compareTo(BigDecimal.ONE) > 0) {
            problems.add(at + ".maxParticipation must be above 0 and at most 1, was "
                    + ConfigChecks.plain(maxParticipation));
        }
        ConfigChecks.notNegative(impactBasisPoints, at + ".impactBasisPoints", problems);
    }

    LiquidityModel toModel(BigDecimal tickSize) {
        return new LiquidityModel(maxParticipation, impactBasisPoints, tickSize);
    }
}
