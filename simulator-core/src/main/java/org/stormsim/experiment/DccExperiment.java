package org.stormsim.experiment;

import java.util.ArrayList;
import java.util.List;
import org.stormsim.dcc.Trace;
import org.stormsim.scenario.DccScenario;

/** Runs every replication of a {@code kind: dcc} scenario, in parallel, results in replication order. */
public final class DccExperiment {
    private final DccScenario scenario;
    private final Trace trace;
    private final int threads;
    private final List<DccReplication> running = new ArrayList<>();

    public DccExperiment(DccScenario scenario, Trace trace, int threads) {
        this.scenario = scenario;
        this.trace = trace;
        this.threads = Math.max(1, Math.min(threads, scenario.replications()));
    }

    public void requestStop() {
        synchronized (running) {
            running.forEach(DccReplication::requestStop);
        }
    }

    public DccRunResult run() {
        long start = System.nanoTime();
        List<DccReplicationResult> results = ReplicationRunner.run(scenario.replications(), threads, r -> {
            DccReplication rep = new DccReplication(scenario, trace, r);
            synchronized (running) {
                running.add(rep);
            }
            return rep::run;
        });
        return new DccRunResult(scenario, results, (System.nanoTime() - start) / 1e9, threads);
    }
}
