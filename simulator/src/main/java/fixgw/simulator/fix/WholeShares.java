package fixgw.simulator.fix;

import java.math.BigDecimal;
import java.util.Optional;

/** Converts a FIX quantity to whole shares; fractional or out-of-range values have no whole-share form. */
final class WholeShares {
    private WholeShares() {
    }

    static Optional<Long> of(BigDecimal quantity) {
        try {
            return Optional.of(quantity.longValueExact());
        } catch (ArithmeticException notWhole) {
            return Optional.empty();
        }
    }
}
