package fixgw.gateway.admin;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.Map;

/**
 * What {@code GET /health} answers.
 *
 * @param status   UP when the engine runs and every broker is logged on; DEGRADED when a broker is not or the
 *                 latest storage checkpoint failed; DOWN when the engine has stopped
 * @param storage  the configured durability and the latest checkpoint failure, if any
 * @param sessions for each side ("clients", "brokers"), each session's name and whether it is logged on
 */
public record HealthReport(String status, EngineHealth engine, StorageHealth storage,
                           Map<String, Map<String, Boolean>> sessions) {

    /** @param failed a commit failed and the engine stopped sending */
    public record EngineHealth(boolean running, boolean failed, int queueDepth) {
    }

    /**
     * @param durability        memory, process or disk
     * @param checkpointFailure why the latest checkpoint failed, or null
     */
    public record StorageHealth(String durability, String checkpointFailure) {
    }

    public static HealthReport of(EngineHealth engine, StorageHealth storage,
                                  Map<String, Map<String, Boolean>> sessions) {
        String status;
        if (!engine.running() || engine.failed()) {
            status = "DOWN";
        } else if (sessions.getOrDefault("brokers", Map.of()).containsValue(false)
                || storage.checkpointFailure() != null) {
            status = "DEGRADED";
        } else {
            status = "UP";
        }
        return new HealthReport(status, engine, storage, sessions);
    }

    @JsonIgnore
    public boolean isDown() {
        return "DOWN".equals(status);
    }
}
