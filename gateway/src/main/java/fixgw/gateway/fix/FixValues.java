package fixgw.gateway.fix;

import quickfix.FieldMap;

import java.math.BigDecimal;
import java.util.Optional;

/** Reads optional FIX fields, free text cut to a bound, and quantities as whole shares. */
final class FixValues {

    /** A counterparty's Text kept (a broker's, passed on to the client) is cut to this many characters. */
    static final int MAX_TEXT_LENGTH = 1024;

    private FixValues() {
    }

    static String optionalString(FieldMap message, int tag) {
        return message.getOptionalString(tag).orElse(null);
    }

    /** The Text (58) of {@code message}, cut to {@link #MAX_TEXT_LENGTH} characters ending in "...", or null. */
    static String text(FieldMap message) {
        String text = optionalString(message, quickfix.field.Text.FIELD);
        if (text == null || text.length() <= MAX_TEXT_LENGTH) {
            return text;
        }
        return text.substring(0, MAX_TEXT_LENGTH - 3) + "...";
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
