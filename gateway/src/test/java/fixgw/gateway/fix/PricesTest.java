package fixgw.gateway.fix;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class PricesTest {

    @Test
    void takesPricesWithinTheirDigitsWhateverTheirTrailingZeros() {
        assertThat(Prices.problem(new BigDecimal("190.01"), "Price (44)")).isEmpty();
        assertThat(Prices.problem(new BigDecimal("0.00000001"), "Price (44)")).isEmpty();
        assertThat(Prices.problem(new BigDecimal("999999999999.99999999"), "Price (44)")).isEmpty();
        assertThat(Prices.problem(new BigDecimal("190." + "0".repeat(70_000)), "Price (44)")).isEmpty();
        assertThat(Prices.problem(null, "Price (44)")).isEmpty();
    }

    @Test
    void namesTooManyDecimalsOrIntegerDigitsWithoutQuotingAHugeNumber() {
        assertThat(Prices.problem(new BigDecimal("0.000000001"), "Price (44)"))
                .contains("Price (44) must have at most 8 decimal places, was 0.000000001");
        assertThat(Prices.problem(new BigDecimal("1000000000000"), "Price (44)"))
                .contains("Price (44) must have at most 12 digits before the decimal point, was 1000000000000");
        assertThat(Prices.problem(new BigDecimal("1" + "0".repeat(70_000)), "LastPx (31)"))
                .contains("LastPx (31) must have at most 12 digits before the decimal point, was a number of 70001"
                        + " characters");
    }

    @Test
    void boundsTheScaleOfATakenPriceExactly() {
        assertThat(Prices.bounded(new BigDecimal("190.00"))).hasToString("190.00");
        BigDecimal padded = Prices.bounded(new BigDecimal("190." + "0".repeat(70_000)));
        assertThat(padded.scale()).isEqualTo(Prices.MAX_DECIMALS);
        assertThat(padded).isEqualByComparingTo("190");
        assertThat(Prices.bounded(null)).isNull();
    }
}
