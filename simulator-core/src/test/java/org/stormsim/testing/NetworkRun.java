package org.stormsim.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import org.stormsim.experiment.Experiment;
import org.stormsim.experiment.Replication;
import org.stormsim.experiment.ReplicationTask;
import org.stormsim.metrics.Estimate;
import org.stormsim.scenario.NetworkScenario;
import org.stormsim.stations.NetworkReplication;
import org.stormsim.stations.NetworkReplicationResult;
import org.stormsim.stations.StationResult;
import org.stormsim.summary.NetworkSummary;
import org.stormsim.summary.RunFacts;

/**
 * Every replication of a {@code kind: network} scenario run on an {@link Experiment} as {@code stormsim
 * run} runs them (no warm-up pilot), with the estimates across replications the validation suite
 * checks against theory and the summary {@code stormsim run} builds. Test threads only.
 */
public record NetworkRun(NetworkScenario scenario, List<NetworkReplicationResult> replications, double wallSeconds, int threads) {
    /** Every replication of {@code scenario} on {@code threads} threads. */
    public static NetworkRun of(NetworkScenario scenario, int threads) {
        return of(scenario, threads, 0, new Experiment(threads));
    }

    /** Every replication on {@code experiment}, replication 0 keeping its time series in intervals of {@code seriesInterval} microseconds. */
    public static NetworkRun of(NetworkScenario scenario, int threads, long seriesInterval, Experiment experiment) {
        List<ReplicationTask<NetworkReplicationResult>> tasks = new ArrayList<>();
        for (int i = 0; i < scenario.replications(); i++) {
            int k = i;
            tasks.add(new ReplicationTask<>() {
                @Override
                public long horizon() {
                    return scenario.duration().micros();
                }

                @Override
                public NetworkReplicationResult run(Consumer<Replication<?>> started) {
                    NetworkReplication r = new NetworkReplication(scenario, k, k == 0 ? seriesInterval : 0);
                    started.accept(r);
                    return r.run();
                }
            });
        }
        long start = System.nanoTime();
        List<NetworkReplicationResult> results = experiment.run(tasks);
        return new NetworkRun(scenario, results, (System.nanoTime() - start) / 1e9, experiment.threadsFor(tasks.size()));
    }

    public long events() {
        return replications.stream().mapToLong(NetworkReplicationResult::events).sum();
    }

    public boolean completed() {
        return replications.stream().allMatch(NetworkReplicationResult::completed);
    }

    /** The estimate of a per-station metric across replications. */
    public Estimate estimate(String station, ToDoubleFunction<StationResult> metric) {
        double[] values = new double[replications.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = metric.applyAsDouble(replications.get(i).station(station));
        }
        return Estimate.of(values);
    }

    /** The summary.json tree of these replications. */
    public ObjectNode summary() {
        return NetworkSummary.build(scenario, replications, new RunFacts(wallSeconds, events(), threads));
    }
}
