package fixgw.simulator.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The simulator's execution ledger. Immutable; {@code null} fields take defaults.
 *
 * @param maxEntries executions kept in memory (default {@value #DEFAULT_MAX_ENTRIES}); beyond that the oldest
 *                   are dropped and the count of dropped ones is logged at export
 * @param exportFile where the ledger is written when the simulator stops ({@code .csv} or {@code .json});
 *                   relative to the config file's directory; {@code null} writes nothing
 */
public record LedgerConfig(Integer maxEntries, Path exportFile) {
    public static final int DEFAULT_MAX_ENTRIES = 100_000;

    /** Keeps the default number of entries in memory and exports nothing. */
    public static final LedgerConfig DEFAULTS = new LedgerConfig(null, null);

    /** {@link #maxEntries()} or its default. */
    public int entries() {
        return maxEntries == null ? DEFAULT_MAX_ENTRIES : maxEntries;
    }

    void validate(List<String> problems) {
        if (maxEntries != null && maxEntries <= 0) {
            problems.add("ledger.maxEntries must be positive, was " + maxEntries);
        }
        if (exportFile != null) {
            String name = exportFile.getFileName() == null ? ""
                    : exportFile.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".csv") && !name.endsWith(".json")) {
                problems.add("ledger.exportFile must end in .csv or .json, was " + exportFile);
            }
        }
    }
}
