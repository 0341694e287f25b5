package fixgw.simulator.client;

import java.util.List;

/**
 * Outcome of a CSV run.
 *
 * @param mismatches one line per NEW row whose order did not reach its expected state
 */
public record CsvRunResult(RunSummary summary, List<String> mismatches) {
    public boolean succeeded() {
        return mismatches.isEmpty();
    }
}
