package fixgw.simulator.admin;

import fixgw.simulator.fix.SessionFaults;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The faults an admin request sets, parsed from its query ({@code rejectAll}, {@code silent}: true|false;
 * {@code disconnectAfterOrders}: a whole number of at least 1; {@code clear=true}). Immutable.
 */
record FaultRequest(boolean clear, Boolean rejectAll, Boolean silent, Long disconnectAfterOrders) {
    private static final Set<String> NAMES = Set.of("clear", "rejectAll", "silent", "disconnectAfterOrders");

    /** @throws IllegalArgumentException naming the bad parameter and value */
    static FaultRequest parse(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                if (!NAMES.contains(name)) {
                    throw new IllegalArgumentException("unknown parameter " + name + "; use " + NAMES);
                }
                parameters.put(name, value);
            }
        }
        if (parameters.isEmpty()) {
            throw new IllegalArgumentException("no fault given; use " + NAMES);
        }
        return new FaultRequest(Boolean.TRUE.equals(flag(parameters, "clear")), flag(parameters, "rejectAll"),
                flag(parameters, "silent"), count(parameters, "disconnectAfterOrders"));
    }

    void applyTo(SessionFaults faults) {
        if (clear) {
            faults.clear();
        }
        if (rejectAll != null) {
            faults.rejectAll(rejectAll);
        }
        if (silent != null) {
            faults.silent(silent);
        }
        if (disconnectAfterOrders != null) {
            faults.disconnectAfterOrders(disconnectAfterOrders);
        }
    }

    private static Boolean flag(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        if (value == null) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException(name + " must be true or false, was \"" + value + "\"");
        }
        return Boolean.valueOf(value);
    }

    private static Long count(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        if (value == null) {
            return null;
        }
        try {
            long count = Long.parseLong(value);
            if (count >= 1) {
                return count;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException(name + " must be a whole number of at least 1, was \"" + value + "\"");
    }
}
