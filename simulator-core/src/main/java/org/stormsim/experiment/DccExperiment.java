package org.stormsim.experiment;

import java.util.ArrayList;
import java.util.List;
import org.stormsim.engine.Kernel;
import org.stormsim.scenario.DccScenario;

/**
 * Runs every replication of a {@code kind: dcc} scenario, in parallel, results in replication order.
 * Replication 0 keeps a time series when a series interval is given.
 */
public final class DccExperiment {
    private final DccScenario scenario;
    private final int threads;
    private final long seriesInterval;
    private final List<DccReplication> running = new ArrayList<>();
    private boolean stopped; // guarded by running
    /** Replications of the range being run, for {@link #progress()}. */
    private volatile int planned;

    public DccExperiment(DccScenario scenario, int threads) {
        this(scenario, threads, 0);
    }

    /** An experiment whose replication 0 keeps its time series in intervals of {@code seriesInterval} microseconds (0: none). */
    public DccExperiment(DccScenario scenario, int threads, long seriesInterval) {
        this.scenario = scenario;
        this.threads = Math.max(1, threads);
        this.seriesInterval = seriesInterval;
    }

    /** Asks every replication to stop, those not started yet included (for Ctrl-C); it holds for later ranges too. */
    public void requestStop() {
        synchronized (running) {
            stopped = true;
            running.forEach(DccReplication::requestStop);
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

    public DccRunResult run() {
        return run(0, scenario.replications());
    }

    /**
     * Runs replications {@code from} (inclusive) to {@code to} (exclusive), each with its own
     * substreams, so that adding replications later (for {@code --precision}) extends the same
     * sequence; the result's scenario says {@code to - from} replications.
     */
    public DccRunResult run(int from, int to) {
        long start = System.nanoTime();
        synchronized (running) {
            running.clear(); // a range run before this one has ended
        }
        planned = to - from;
        List<DccReplicationResult> results = ReplicationRunner.run(to - from, Math.min(threads, to - from), i -> {
            DccReplication rep = new DccReplication(scenario, from + i, List.of(), from + i == 0 ? seriesInterval : 0);
            synchronized (running) {
                running.add(rep);
                if (stopped) {
                    rep.requestStop();
                }
            }
            return rep::run;
        });
        return new DccRunResult(scenario.withReplications(to - from), results, (System.nanoTime() - start) / 1e9,
                Math.min(threads, to - from));
    }
}
