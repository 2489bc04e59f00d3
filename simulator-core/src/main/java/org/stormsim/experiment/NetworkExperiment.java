package org.stormsim.experiment;

import java.util.ArrayList;
import java.util.List;
import org.stormsim.scenario.NetworkScenario;

/**
 * Runs every replication of a {@code kind: network} scenario, up to {@code threads} at a time, and
 * returns them in replication order, so that results never depend on the number of threads.
 */
public final class NetworkExperiment {
    private final NetworkScenario scenario;
    private final int threads;
    private final List<NetworkReplication> running = new ArrayList<>();

    public NetworkExperiment(NetworkScenario scenario, int threads) {
        this.scenario = scenario;
        this.threads = Math.max(1, Math.min(threads, scenario.replications()));
    }

    public int threads() {
        return threads;
    }

    /** Asks every replication to stop at its next check (for Ctrl-C). */
    public void requestStop() {
        synchronized (running) {
            running.forEach(NetworkReplication::requestStop);
        }
    }

    public NetworkRunResult run() {
        long start = System.nanoTime();
        List<ReplicationResult> results = ReplicationRunner.run(scenario.replications(), threads, r -> {
            NetworkReplication rep = new NetworkReplication(scenario, r);
            synchronized (running) {
                running.add(rep);
            }
            return rep::run;
        });
        double wall = (System.nanoTime() - start) / 1e9;
        return new NetworkRunResult(scenario, results, wall, threads);
    }
}
