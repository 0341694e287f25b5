package fixgw.gateway.admin;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.Map;

/**
 * What {@code GET /health} answers.
 *
 * @param status   UP when the engine runs and every broker is logged on; DEGRADED when a broker is not; DOWN
 *                 when the engine has stopped
 * @param sessions for each side ("clients", "brokers"), each session's name and whether it is logged on
 */
public record HealthReport(String status, EngineHealth engine, Map<String, Map<String, Boolean>> sessions) {

    /** @param failed a commit failed and the engine stopped sending */
    public record EngineHealth(boolean running, boolean failed, int queueDepth) {
    }

    public static HealthReport of(EngineHealth engine, Map<String, Map<String, Boolean>> sessions) {
        String status;
        if (!engine.running() || engine.failed()) {
            status = "DOWN";
        } else if (sessions.getOrDefault("brokers", Map.of()).containsValue(false)) {
            status = "DEGRADED";
        } else {
            status = "UP";
        }
        return new HealthReport(status, engine, sessions);
    }

    @JsonIgnore
    public boolean isDown() {
        return "DOWN".equals(status);
    }
}
