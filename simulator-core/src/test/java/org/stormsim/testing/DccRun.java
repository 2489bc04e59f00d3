package org.stormsim.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.stormsim.dcc.DccReplication;
import org.stormsim.dcc.DccReplicationResult;
import org.stormsim.experiment.Experiment;
import org.stormsim.experiment.Replication;
import org.stormsim.experiment.ReplicationTask;
import org.stormsim.scenario.DccScenario;
import org.stormsim.summary.DccRecord;
import org.stormsim.summary.DccSummary;
import org.stormsim.summary.RunFacts;

/**
 * Every replication of a {@code kind: dcc} scenario run on an {@link Experiment} as {@code stormsim
 * run} runs them (no warm-up pilot, no counterfactual), keeping each replication's whole result for
 * the tests; its summary is the one {@code stormsim run} builds from them. Test threads only.
 */
public record DccRun(DccScenario scenario, List<DccReplicationResult> replications, double wallSeconds, int threads) {
    /** Every replication of {@code scenario} on {@code threads} threads. */
    public static DccRun of(DccScenario scenario, int threads) {
        return of(scenario, threads, 0);
    }

    /** Every replication, replication 0 keeping its time series in intervals of {@code seriesInterval} microseconds. */
    public static DccRun of(DccScenario scenario, int threads, long seriesInterval) {
        List<ReplicationTask<DccReplicationResult>> tasks = new ArrayList<>();
        for (int i = 0; i < scenario.replications(); i++) {
            int k = i;
            tasks.add(new ReplicationTask<>() {
                @Override
                public long horizon() {
                    return scenario.duration().micros();
                }

                @Override
                public DccReplicationResult run(Consumer<Replication<?>> started) {
                    DccReplication r = new DccReplication(scenario, k, List.of(), k == 0 ? seriesInterval : 0);
                    started.accept(r);
                    return r.run();
                }
            });
        }
        Experiment e = new Experiment(threads);
        long start = System.nanoTime();
        List<DccReplicationResult> results = e.run(tasks);
        return new DccRun(scenario, results, (System.nanoTime() - start) / 1e9, e.threadsFor(tasks.size()));
    }

    /** The run of replication {@code i} alone. */
    public DccRun only(int i) {
        return new DccRun(scenario, List.of(replications.get(i)), wallSeconds, threads);
    }

    public long events() {
        return replications.stream().mapToLong(DccReplicationResult::events).sum();
    }

    public boolean completed() {
        return replications.stream().allMatch(DccReplicationResult::completed);
    }

    /** The summary.json tree of these replications. */
    public ObjectNode summary() {
        List<DccRecord> records = new ArrayList<>();
        replications.forEach(r -> records.add(DccRecord.of(scenario, r)));
        return DccSummary.build(scenario, records, null, new RunFacts(wallSeconds, events(), threads));
    }
}
