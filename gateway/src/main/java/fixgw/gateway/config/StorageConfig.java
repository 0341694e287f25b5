package fixgw.gateway.config;

import java.util.Locale;

/**
 * Where and how durably the gateway keeps its books (orders, positions, FIX session stores).
 *
 * @param directory                data directory, relative to the working directory unless absolute; created if
 *                                 absent; one gateway per directory
 * @param durability               {@code process} (default: a kill of the process loses nothing acknowledged),
 *                                 {@code disk} (a power cut loses nothing acknowledged either: every group commit is
 *                                 synced) or {@code memory} (nothing survives a restart: for tests and baselines)
 * @param checkpointIntervalMillis how often committed changes move from the journal into the MapDB files
 */
public record StorageConfig(String directory, String durability, Integer checkpointIntervalMillis) {

    /** The three levels, as the configuration spells them. */
    public enum Level { MEMORY, PROCESS, DISK }

    public Level level() {
        return Level.valueOf(durability.toUpperCase(Locale.ROOT));
    }

    void validate(String field, ConfigErrors errors) {
        errors.requireText(field + ".durability", durability);
        if (durability != null && !durability.isBlank() && !isLevel(durability)) {
            errors.add(field + ".durability", durability, "must be one of memory, process, disk");
        }
        if (durability == null || !"memory".equalsIgnoreCase(durability)) {
            errors.requireText(field + ".directory", directory);
        }
        errors.requirePositive(field + ".checkpointIntervalMillis", checkpointIntervalMillis);
    }

    private static boolean isLevel(String text) {
        for (Level level : Level.values()) {
            if (level.name().equalsIgnoreCase(text)) {
                return true;
            }
        }
        return false;
    }
}
