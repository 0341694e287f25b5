package fixgw.simulator.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CommissionScheduleTest {
    private static final BigDecimal PRICE = new BigDecimal("190.00");

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void chargesPerShareAndBasisPointsOfNotional() {
        CommissionSchedule schedule = new CommissionSchedule(d("0.005"), d("1"), BigDecimal.ZERO);

        // 1,000 x 0.005 = 5.00 plus 1 bp of 190,000 = 19.00
        assertThat(schedule.forExecution(0, BigDecimal.ZERO, 1_000, PRICE)).isEqualByComparingTo("24.00");
    }

    @Test
    void takesTheMinimumOnTheFirstFillAndChargesLaterFillsOnlyAboveIt() {
        CommissionSchedule schedule = new CommissionSchedule(d("0.005"), BigDecimal.ZERO, d("1.00"));

        BigDecimal first = schedule.forExecution(0, BigDecimal.ZERO, 100, PRICE);
        BigDecimal second = schedule.forExecution(100, d("19000"), 100, PRICE);
        BigDecimal third = schedule.forExecution(200, d("38000"), 100, PRICE);

        assertThat(first).isEqualByComparingTo("1.00");
        assertThat(second).isEqualByComparingTo("0.00");
        assertThat(third).isEqualByComparingTo("0.50");
        assertThat(first.add(second).add(third)).isEqualByComparingTo(schedule.orderTotal(300, d("57000")));
    }

    @Test
    void executionsAddUpToTheOrderTotalDespiteRoundingToTheCent() {
        CommissionSchedule schedule = new CommissionSchedule(d("0.0035"), d("0.3"), BigDecimal.ZERO);
        BigDecimal charged = BigDecimal.ZERO;
        BigDecimal notional = BigDecimal.ZERO;
        long cum = 0;
        for (int i = 0; i < 7; i++) {
            BigDecimal price = d("190.01").add(d("0.01").multiply(BigDecimal.valueOf(i)));
            charged = charged.add(schedule.forExecution(cum, notional, 33, price));
            notional = notional.add(price.multiply(BigDecimal.valueOf(33)));
            cum += 33;
        }

        assertThat(charged).isEqualByComparingTo(schedule.orderTotal(cum, notional));
    }

    @Test
    void nothingFilledCostsNothingAndNoneChargesNothing() {
        assertThat(new CommissionSchedule(d("0.01"), d("1"), d("5")).orderTotal(0, BigDecimal.ZERO)).isZero();
        assertThat(CommissionSchedule.NONE.forExecution(0, BigDecimal.ZERO, 500, PRICE)).isZero();
    }

    @Test
    void refusesNegativeRates() {
        assertThatThrownBy(() -> new CommissionSchedule(d("-0.01"), BigDecimal.ZERO, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("perShare -0.01");
    }
}
