package org.stormsim.study;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.stormsim.experiment.DccReplication;
import org.stormsim.experiment.NetworkReplication;
import org.stormsim.experiment.Replication;
import org.stormsim.experiment.ReplicationRunner;
import org.stormsim.report.DccSummary;
import org.stormsim.report.NetworkSummary;
import org.stormsim.scenario.DccScenario;
import org.stormsim.scenario.InvalidScenarioException;
import org.stormsim.scenario.NetworkScenario;
import org.stormsim.scenario.ScenarioLoader;

/**
 * A sweep: the same scenario at every point of a grid of parameter values, each point run for its
 * replications. Every (point, replication) pair is one task on a pool of {@code threads} kernel
 * threads, and results are gathered in point and replication order, so the output never depends on
 * the thread count. Common random numbers: replication r of every point draws from the same named
 * substreams, so two points that differ only in a throttle setting see the same arrivals. A
 * replication is reduced to its summary-shaped node as soon as it ends, so a large sweep holds
 * nodes, not metrics consumers.
 */
public final class Sweep {
    private final Path file;
    private final List<ScenarioLoader.Override> base;
    private final int threads;
    private final List<Replication> running = new ArrayList<>();
    private volatile boolean stopped;
    private volatile ScenarioExperiment pilot;

    public Sweep(Path file, List<ScenarioLoader.Override> base, int threads) {
        this.file = file;
        this.base = List.copyOf(base);
        this.threads = Math.max(1, threads);
    }

    /** One point: its scenario (warm-up resolved), and each replication's node, in order. */
    public record PointResult(SweepGrid.Point point, Object scenario, List<ObjectNode> replications, boolean completed) {
    }

    /** Loads every point's scenario first, so that a bad value is reported before anything runs. */
    public List<Object> load(List<SweepGrid.Point> points) throws InvalidScenarioException {
        List<Object> out = new ArrayList<>();
        for (SweepGrid.Point p : points) {
            List<ScenarioLoader.Override> all = new ArrayList<>(base);
            for (String a : p.assignments()) {
                all.add(new ScenarioLoader.Override(a, "sweep point " + (p.index() + 1) + ": " + a));
            }
            out.add(ScenarioLoader.loadWithOverrides(file, all));
        }
        return out;
    }

    /** Runs every point; {@code progress} hears a line now and then. */
    public List<PointResult> run(List<SweepGrid.Point> points, List<Object> scenarios, Consumer<String> progress)
            throws InvalidScenarioException {
        List<Object> resolved = new ArrayList<>();
        for (Object sc : scenarios) {
            resolved.add(resolveWarmup(sc, progress));
        }
        List<int[]> tasks = new ArrayList<>();
        for (int p = 0; p < resolved.size(); p++) {
            for (int r = 0; r < replications(resolved.get(p)); r++) {
                tasks.add(new int[] {p, r});
            }
        }
        SweepProgress meter = new SweepProgress(points.size(), tasks.size(), progress);
        List<Result> results = ReplicationRunner.run(tasks.size(), threads, i -> task(resolved, tasks.get(i), meter));
        List<PointResult> out = new ArrayList<>();
        int k = 0;
        for (int p = 0; p < resolved.size(); p++) {
            List<ObjectNode> nodes = new ArrayList<>();
            boolean completed = true;
            for (int r = 0; r < replications(resolved.get(p)); r++) {
                Result res = results.get(k++);
                nodes.add(res.node());
                completed &= res.completed();
            }
            out.add(new PointResult(points.get(p), resolved.get(p), nodes, completed));
        }
        return out;
    }

    public void requestStop() {
        stopped = true;
        ScenarioExperiment p = pilot;
        if (p != null) {
            p.requestStop();
        }
        synchronized (running) {
            running.forEach(Replication::requestStop);
        }
    }

    private record Result(ObjectNode node, boolean completed) {
    }

    private Callable<Result> task(List<Object> scenarios, int[] task, SweepProgress meter) {
        Object sc = scenarios.get(task[0]);
        int r = task[1];
        if (sc instanceof DccScenario d) {
            DccReplication rep = register(new DccReplication(d, r));
            return () -> {
                try {
                    var res = rep.run();
                    meter.done(task[0], replications(sc));
                    return new Result(DccSummary.replication(d, res), res.completed());
                } finally {
                    unregister(rep);
                }
            };
        }
        NetworkScenario n = (NetworkScenario) sc;
        NetworkReplication rep = register(new NetworkReplication(n, r));
        return () -> {
            try {
                var res = rep.run();
                meter.done(task[0], replications(sc));
                return new Result(NetworkSummary.replication(n, res), res.completed());
            } finally {
                unregister(rep);
            }
        };
    }

    private <T extends Replication> T register(T replication) {
        synchronized (running) {
            running.add(replication);
        }
        if (stopped) {
            requestStop();
        }
        return replication;
    }

    /** A finished replication is let go, so a long sweep does not hold every model it ran. */
    private void unregister(Replication replication) {
        synchronized (running) {
            running.remove(replication);
        }
    }

    private Object resolveWarmup(Object sc, Consumer<String> progress) {
        ScenarioExperiment e = new ScenarioExperiment(sc, threads);
        if (!e.warmup().auto()) {
            return sc;
        }
        pilot = e;
        if (stopped) {
            e.requestStop(); // asked before this pilot: it stops at once, and the warm-up it finds is not used for long
        }
        WarmupDetection d = e.detectWarmup();
        progress.accept(d.describe());
        return e.resolved(d.warmup()).scenario();
    }

    static int replications(Object sc) {
        return sc instanceof DccScenario d ? d.replications() : ((NetworkScenario) sc).replications();
    }
}
