package org.stormsim.experiment;

import java.util.ArrayList;
import java.util.List;
import org.stormsim.engine.Kernel;
import org.stormsim.scenario.NetworkScenario;

/**
 * Runs every replication of a {@code kind: network} scenario, up to {@code threads} at a time, and
 * returns them in replication order, so that results never depend on the number of threads.
 */
public final class NetworkExperiment {
    private final NetworkScenario scenario;
    private final int threads;
    private final long seriesInterval;
    private final List<NetworkReplication> running = new ArrayList<>();
    private boolean stopped; // guarded by running
    /** Replications of the range being run, for {@link #progress()}. */
    private volatile int planned;

    public NetworkExperiment(NetworkScenario scenario, int threads) {
        this(scenario, threads, 0);
    }

    /** An experiment whose replication 0 keeps its time series in intervals of {@code seriesInterval} microseconds (0: none). */
    public NetworkExperiment(NetworkScenario scenario, int threads, long seriesInterval) {
        this.scenario = scenario;
        this.threads = Math.max(1, threads);
        this.seriesInterval = seriesInterval;
    }

    public int threads() {
        return Math.min(threads, scenario.replications());
    }

    /** Asks every replication to stop at its next check (for Ctrl-C). */
    /** Asks every replication to stop, those not started yet included (for Ctrl-C); it holds for later ranges too. */
    public void requestStop() {
        synchronized (running) {
            stopped = true;
            running.forEach(NetworkReplication::requestStop);
        }
    }

    /** How far the run has got (callable from any thread while it runs). */
    public RunProgress progress() {
        List<Kernel> kernels = new ArrayList<>();
        synchronized (running) {
            running.forEach(r -> kernels.add(r.kernel()));
        }
        return RunProgress.of(kernels, planned, scenario.duration().micros());
    }

    public NetworkRunResult run() {
        return run(0, scenario.replications());
    }

    /**
     * Runs replications {@code from} (inclusive) to {@code to} (exclusive), each with its own
     * substreams, so that adding replications later (for {@code --precision}) extends the same
     * sequence; the result's scenario says {@code to - from} replications.
     */
    public NetworkRunResult run(int from, int to) {
        long start = System.nanoTime();
        synchronized (running) {
            running.clear(); // a range run before this one has ended
        }
        planned = to - from;
        List<ReplicationResult> results = ReplicationRunner.run(to - from, Math.min(threads, to - from), i -> {
            NetworkReplication rep = new NetworkReplication(scenario, from + i, from + i == 0 ? seriesInterval : 0);
            synchronized (running) {
                running.add(rep);
                if (stopped) {
                    rep.requestStop();
                }
            }
            return rep::run;
        });
        double wall = (System.nanoTime() - start) / 1e9;
        return new NetworkRunResult(scenario.withReplications(to - from), results, wall, Math.min(threads, to - from));
    }
}
