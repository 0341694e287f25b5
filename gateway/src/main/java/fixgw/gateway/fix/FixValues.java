package fixgw.gateway.fix;

import quickfix.FieldMap;

import java.math.BigDecimal;
import java.util.Optional;

/** Reads optional FIX fields, and quantities as whole shares. */
final class FixValues {

    private FixValues() {
    }

    static String optionalString(FieldMap message, int tag) {
        return message.getOptionalString(tag).orElse(null);
    }

    static BigDecimal optionalDecimal(FieldMap message, int tag) {
        return message.getOptionalDecimal(tag).orElse(null);
    }

    /** A quantity in whole shares, or empty if it is fractional or too large. */
    static Optional<Long> wholeQuantity(BigDecimal quantity) {
        try {
            return Optional.of(quantity.stripTrailingZeros().longValueExact());
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }
}
