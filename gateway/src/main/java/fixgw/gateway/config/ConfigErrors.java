package fixgw.gateway.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects every problem found in a configuration, each naming its field path and the bad value. */
final class ConfigErrors {

    private final List<String> problems = new ArrayList<>();

    void add(String field, Object value, String rule) {
        problems.add(field + ": " + rule + " (was " + (value == null ? "missing" : "'" + value + "'") + ")");
    }

    void require(String field, Object value) {
        if (value == null) {
            problems.add(field + ": is required (was missing)");
        }
    }

    void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, value, "must be a non-empty text");
        }
    }

    void requirePort(String field, Integer port, boolean ephemeralAllowed) {
        int lowest = ephemeralAllowed ? 0 : 1;
        if (port == null || port < lowest || port > 65535) {
            add(field, port, "must be a port from " + lowest + " to 65535");
        }
    }

    void requirePositive(String field, Integer value) {
        if (value == null || value <= 0) {
            add(field, value, "must be positive");
        }
    }

    void requireReadableFile(String field, Path file) {
        if (file == null) {
            require(field, null);
        } else if (!Files.isReadable(file)) {
            add(field, file, "must be a readable file");
        }
    }

    /** Throws one exception listing every problem, if there is any. */
    void throwIfAny(String source) {
        if (!problems.isEmpty()) {
            throw new ConfigException("invalid configuration " + source + ":\n  " + String.join("\n  ", problems));
        }
    }
}
