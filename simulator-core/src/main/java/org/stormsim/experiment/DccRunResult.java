package org.stormsim.experiment;

import java.util.List;
import org.stormsim.scenario.DccScenario;

/** The replications of one run of a GB scenario, in replication order, with the wall-clock time taken. */
public record DccRunResult(DccScenario scenario, List<DccReplicationResult> replications, double wallSeconds, int threads)
        implements RunResult {
    public long events() {
        return replications.stream().mapToLong(DccReplicationResult::events).sum();
    }

    public boolean completed() {
        return replications.stream().allMatch(DccReplicationResult::completed);
    }
}
