package fixgw.e2e;

import quickfix.FieldMap;
import quickfix.Message;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Field-by-field assertions on received FIX messages; numbers compare by value (190.0 equals 190). */
final class FixAssertions {

    private FixAssertions() {
    }

    /** Expected tag values as alternating tag, value pairs: {@code fields(39, "2", 14, "100")}. */
    static Map<Integer, String> fields(Object... tagValuePairs) {
        Map<Integer, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < tagValuePairs.length; i += 2) {
            expected.put((Integer) tagValuePairs[i], String.valueOf(tagValuePairs[i + 1]));
        }
        return expected;
    }

    static void assertFields(Message message, Map<Integer, String> expected) {
        String shown = message.toString().replace('\u0001', '|');
        expected.forEach((tag, value) -> {
            FieldMap holder = message.getHeader().isSetField(tag) ? message.getHeader() : message;
            assertThat(holder.isSetField(tag)).as("tag %d set in %s", tag, shown).isTrue();
            String actual = holder.getOptionalString(tag).orElseThrow();
            if (isNumber(value) && isNumber(actual)) {
                assertThat(new BigDecimal(actual)).as("tag %d in %s", tag, shown).isEqualByComparingTo(value);
            } else {
                assertThat(actual).as("tag %d in %s", tag, shown).isEqualTo(value);
            }
        });
    }

    static String text(Message message, int tag) {
        return message.getOptionalString(tag).orElse("");
    }

    private static boolean isNumber(String value) {
        return value.matches("-?\\d+(\\.\\d+)?");
    }
}
