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
 * @param appendFile a {@code .csv} file every execution is appended to as it happens (for long runs: it keeps
 *                   what memory drops); relative to the config file's directory; {@code null} for none
 */
public record LedgerConfig(Integer maxEntries, Path exportFile, Path appendFile) {
    public static final int DEFAULT_MAX_ENTRIES = 100_000;

    /** Keeps the default number of entries in memory and writes no file. */
    public static final LedgerConfig DEFAULTS = new LedgerConfig(null, null, null);

    /** Without append file. */
    public LedgerConfig(Integer maxEntries, Path exportFile) {
        this(maxEntries, exportFile, null);
    }

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
        if (appendFile != null) {
            String name = appendFile.getFileName() == null ? ""
                    : appendFile.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".csv")) {
                problems.add("ledger.appendFile must end in .csv, was " + appendFile);
            }
        }
    }
}
