package org.stormsim.experiment;

import java.util.List;
import org.stormsim.scenario.NetworkScenario;

/** The replications of one run of a network scenario, in replication order, with the wall-clock time taken. */
public record NetworkRunResult(NetworkScenario scenario, List<ReplicationResult> replications,
                               double wallSeconds, int threads) implements RunResult {
    public long events() {
        long sum = 0;
        for (ReplicationResult r : replications) {
            sum += r.events();
        }
        return sum;
    }

    public boolean completed() {
        return replications.stream().allMatch(ReplicationResult::completed);
    }

    /** The estimate of a per-station metric across replications. */
    public Estimate estimate(String station, java.util.function.ToDoubleFunction<StationResult> metric) {
        double[] values = new double[replications.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = metric.applyAsDouble(replications.get(i).station(station));
        }
        return Estimate.of(values);
    }
}
