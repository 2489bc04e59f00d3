package org.stormsim.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.stormsim.experiment.Experiment;
import org.stormsim.plan.PlannedRun;
import org.stormsim.plan.RunPlan;
import org.stormsim.scenario.InvalidScenarioException;
import org.stormsim.scenario.Scenario;
import org.stormsim.scenario.ScenarioLoader;
import org.stormsim.summary.Figures;

/**
 * A sweep: the same scenario at every point of a grid of parameter values, each point run by its
 * {@link RunPlan} (a pilot when the warm-up is {@code auto}, then its replications; no
 * counterfactual: a sweep over the setting itself compares it). The plans' phases run together, so
 * every (point, replication) pair is one task on the experiment's kernel threads, and results are
 * gathered in point and replication order: the output never depends on the thread count. Common
 * random numbers: replication r of every point draws from the same named substreams, so two points
 * that differ only in a throttle setting see the same arrivals. A replication is reduced to its
 * figures as soon as it ends, so a large sweep holds figures, not models.
 */
public final class Sweep {
    private final Path file;
    private final List<ScenarioLoader.Override> base;
    private final Experiment experiment;

    /** The sweep of {@code file} with {@code base} overrides, its tasks run on {@code experiment} (kernel threads here or a cluster's workers). */
    public Sweep(Path file, List<ScenarioLoader.Override> base, Experiment experiment) {
        this.file = file;
        this.base = List.copyOf(base);
        this.experiment = experiment;
    }

    /** One point: its scenario as run (warm-up resolved), and each replication's figures, in order. */
    public record PointResult(SweepGrid.Point point, Scenario scenario, List<Figures> replications, boolean completed) {
    }

    /** Loads every point's scenario first, so that a bad value is reported before anything runs. */
    public static List<Scenario> load(Path file, List<ScenarioLoader.Override> base, List<SweepGrid.Point> points) throws InvalidScenarioException {
        List<Scenario> out = new ArrayList<>();
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
    public List<PointResult> run(List<SweepGrid.Point> points, List<Scenario> scenarios, Consumer<String> progress) {
        List<RunPlan<?>> plans = new ArrayList<>();
        int tasks = 0;
        int[] replications = new int[scenarios.size()];
        for (int p = 0; p < scenarios.size(); p++) {
            plans.add(RunPlan.of(scenarios.get(p), RunPlan.Options.study(), progress));
            replications[p] = scenarios.get(p).replications();
            tasks += replications[p];
        }
        SweepProgress meter = new SweepProgress(points.size(), tasks, progress);
        RunPlan.runAll(plans, experiment, (p, phase) -> {
            if (phase == RunPlan.Phase.MAIN) {
                meter.done(p, replications[p]);
            }
        });
        List<PointResult> out = new ArrayList<>();
        for (int p = 0; p < plans.size(); p++) {
            PlannedRun<?> run = plans.get(p).result();
            out.add(new PointResult(points.get(p), run.kind().scenario(), run.figures(), run.completed()));
        }
        return out;
    }

    /** Stops the sweep: the tasks running now and every one after (from any thread). */
    public void requestStop() {
        experiment.requestStop();
    }
}
