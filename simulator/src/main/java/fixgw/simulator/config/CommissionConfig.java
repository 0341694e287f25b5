package fixgw.simulator.config;

import fixgw.simulator.venue.CommissionSchedule;
import java.math.BigDecimal;
import java.util.List;

/**
 * The commission charged on executions against moving markets ({@link CommissionSchedule}); static quotes
 * charge nothing. Immutable; omitted fields charge nothing.
 */
public record CommissionConfig(BigDecimal perShare, BigDecimal basisPoints, BigDecimal minimumPerOrder) {

    void validate(List<String> problems) {
        ConfigChecks.notNegative(orZero(perShare), "commission.perShare", problems);
        ConfigChecks.notNegative(orZero(basisPoints), "commission.basisPoints", problems);
        ConfigChecks.notNegative(orZero(minimumPerOrder), "commission.minimumPerOrder", problems);
    }

    CommissionSchedule toSchedule() {
        return new CommissionSchedule(orZero(perShare), orZero(basisPoints), orZero(minimumPerOrder));
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
