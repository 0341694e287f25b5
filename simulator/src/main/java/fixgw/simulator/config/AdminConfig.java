package fixgw.simulator.config;

import java.util.List;

/**
 * The simulator's admin HTTP endpoint (session faults switched while running), on 127.0.0.1 only. Immutable.
 *
 * @param port TCP port; 0 picks a free one (logged, and {@code Simulator.adminPort()} in process)
 */
public record AdminConfig(Integer port) {

    void validate(List<String> problems) {
        if (port == null || port < 0 || port > 65_535) {
            problems.add("admin.port must be 0..65535 (0: any free port), was " + port);
        }
    }
}
