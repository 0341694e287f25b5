package fixgw.gateway.fix;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The prices the gateway takes: at most {@link #MAX_DECIMALS} decimal places and {@link #MAX_INTEGER_DIGITS} digits
 * before the point, once trailing zeros are dropped. A price is a decimal of any length on the wire; one of 70,000
 * digits is no price anyone means, and stored (its unscaled value has a 16-bit length in the order store) or
 * multiplied into notionals it would cost memory and time out of all proportion, or not be storable at all.
 */
final class Prices {

    static final int MAX_DECIMALS = 8;
    static final int MAX_INTEGER_DIGITS = 12;
    /** A price's text is quoted in a reject only up to this length; beyond it, its number of digits is. */
    private static final int QUOTED_LENGTH = 40;

    private Prices() {
    }

    /** Why {@code price} (of the field named {@code field}) cannot be taken, or empty if it can (or is null). */
    static Optional<String> problem(BigDecimal price, String field) {
        if (price == null) {
            return Optional.empty();
        }
        BigDecimal exact = price.stripTrailingZeros();
        if (exact.scale() > MAX_DECIMALS) {
            return Optional.of(field + " must have at most " + MAX_DECIMALS + " decimal places, was "
                    + describe(price));
        }
        if (exact.precision() - exact.scale() > MAX_INTEGER_DIGITS) {
            return Optional.of(field + " must have at most " + MAX_INTEGER_DIGITS + " digits before the decimal point,"
                    + " was " + describe(price));
        }
        return Optional.empty();
    }

    /**
     * {@code price}, which {@link #problem} took, with at most {@link #MAX_DECIMALS} decimal places: "190.00" stays
     * as it is, "190" followed by thousands of zeros after the point loses the zeros (exactly: they are zeros).
     */
    static BigDecimal bounded(BigDecimal price) {
        return price == null || price.scale() <= MAX_DECIMALS ? price : price.setScale(MAX_DECIMALS);
    }

    /** The price as sent, or how long it is if quoting it would flood the reject's text. */
    static String describe(BigDecimal price) {
        String text = price.toPlainString();
        return text.length() <= QUOTED_LENGTH ? text : "a number of " + text.length() + " characters";
    }
}
