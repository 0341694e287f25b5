package fixgw.simulator.config;

import java.math.BigDecimal;
import java.util.List;

/** Field checks shared by the config records; each adds a message naming the field and the value. */
final class ConfigChecks {
    private ConfigChecks() {
    }

    static void positive(BigDecimal value, String field, List<String> problems) {
        if (value == null || value.signum() <= 0) {
            problems.add(field + " must be positive, was " + plain(value));
        }
    }

    static void notNegative(BigDecimal value, String field, List<String> problems) {
        if (value == null || value.signum() < 0) {
            problems.add(field + " must be zero or more, was " + plain(value));
        }
    }

    static void positive(Long value, String field, List<String> problems) {
        if (value == null || value <= 0) {
            problems.add(field + " must be positive, was " + value);
        }
    }

    static String plain(BigDecimal value) {
        return value == null ? "null" : value.toPlainString();
    }

    static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
