package org.stormsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.stormsim.experiment.Experiment;
import org.stormsim.plan.Kinds;
import org.stormsim.scenario.DccScenario;
import org.stormsim.scenario.InvalidScenarioException;
import org.stormsim.scenario.Problem;
import org.stormsim.scenario.Scenario;
import org.stormsim.scenario.ScenarioLoader;
import org.stormsim.study.DatedPlan;
import org.stormsim.study.Sweep;
import org.stormsim.study.SweepGrid;
import org.stormsim.study.SweepOutput;
import org.stormsim.summary.Figures;
import org.stormsim.summary.MetricEstimate;
import org.stormsim.summary.MetricPath;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stormsim sweep FILE}: runs the scenario at every point of a grid of parameter values (from
 * the file's {@code sweep:} section or {@code --param}), points and replications on all cores with
 * common random numbers, and writes {@code sweep.csv}, {@code sweep.json} and {@code sweep.html} (its
 * charts; identical bytes on any thread count).
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run a scenario over a grid of parameter values; write DIR/sweep.csv, DIR/sweep.json and DIR/sweep.html.",
        footer = {"", "Examples:",
            "  stormsim sweep scenarios/secmp0067-throttle-window.yaml --replications 3",
            "  stormsim sweep scenarios/quickstart.yaml --param dsp.lanes=1,2,3 --replications 3",
            "  stormsim sweep scenarios/quickstart.yaml --param dsp.lanes=1,2 \\",
            "      --param throttling.alertStormProtection.enabled=false,true",
            "  stormsim sweep scenarios/quickstart.yaml --param dsp.lanes=2,3 --metric alerts.p99",
            "  stormsim sweep scenarios/gb-plan-2019-2020.yaml --plan"})
final class SweepCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--param", paramLabel = "PATH=V1,V2",
            description = "a swept parameter and its values (repeatable; the grid is every combination); replaces the file's sweep: section")
    List<String> params = new ArrayList<>();

    @Option(names = "--metric", paramLabel = "PATH", description = "a summary path to report, e.g. alerts.latency.p99 (repeatable)")
    List<String> metrics = new ArrayList<>();

    @Option(names = "--plan", description = "run each month of the file's plan: section (its representative day at that month's "
            + "installed base and state) as a point; replaces the grid")
    boolean plan;

    @Mixin
    ExecutionOptions execution;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!execution.check(err)) {
            return Main.BAD_INPUT;
        }
        List<SweepGrid.Point> planned = new ArrayList<>();
        SweepGrid grid = plan ? planGrid(err, planned) : grid(err);
        if (grid == null) {
            return Main.BAD_INPUT;
        }
        List<SweepGrid.Point> points = plan ? planned : grid.points();
        List<Scenario> scenarios;
        try {
            scenarios = Sweep.load(scenario.file, scenario.overrides(), points);
        } catch (InvalidScenarioException e) {
            ScenarioOptions.report(err, e);
            return Main.BAD_INPUT;
        }
        if (!execution.fits(scenario.file.toString(), scenarios, 0, "sweep", err)) {
            return Main.BAD_INPUT;
        }
        Experiment experiment = execution.experiment(err::println);
        try {
            return run(grid, points, scenarios, experiment, o, err);
        } finally {
            experiment.close();
        }
    }

    private int run(SweepGrid grid, List<SweepGrid.Point> points, List<Scenario> scenarios, Experiment experiment, PrintWriter o, PrintWriter err)
            throws IOException {
        Sweep sweep = new Sweep(scenario.file, scenario.overrides(), experiment);
        o.printf(Locale.ROOT, "sweep of %s: %d point(s) x %s, %s%n", scenario.file, points.size(),
                grid.parameters().stream().map(p -> p.path() + " " + p.values()).toList(), execution.where(experiment));
        return RunCommand.withInterruptHook(sweep::requestStop, () -> {
            List<Sweep.PointResult> results = sweep.run(points, scenarios, err::println);
            List<MetricPath> chosen;
            try {
                chosen = chosenMetrics(grid, results);
            } catch (IllegalArgumentException e) {
                err.println("--metric " + e.getMessage() + "; nothing was written.");
                return Main.BAD_INPUT;
            }
            List<Path> files = SweepOutput.write(execution.folder(name(results) + "-sweep"), grid, results, chosen);
            print(o, results, chosen);
            o.println("sweep: " + files.get(0) + ", " + files.get(1) + ", " + files.get(2));
            return results.stream().allMatch(Sweep.PointResult::completed) ? Main.OK : Main.INTERRUPTED;
        });
    }

    /** The plan's months as one parameter, {@code month}, each point the month's assignments; null (reported) when there is no plan. */
    private SweepGrid planGrid(PrintWriter err, List<SweepGrid.Point> points) {
        ScenarioOptions.Loaded loaded = scenario.load(err);
        if (loaded == null) {
            return null;
        }
        DccScenario sc = loaded.scenario().asDcc();
        DatedPlan p;
        try {
            p = sc == null ? null : DatedPlan.of(scenario.file, sc);
        } catch (InvalidScenarioException e) {
            ScenarioOptions.report(err, e);
            return null;
        }
        if (p == null) {
            err.println(scenario.file + ": --plan needs a plan: section in a kind: dcc scenario (docs/calibration.md); this file has none");
            return null;
        }
        List<String> names = new ArrayList<>();
        for (DatedPlan.Month m : p.months(sc)) {
            points.add(new SweepGrid.Point(names.size(), m.assignments(), java.util.Map.of("month", m.name())));
            names.add(m.name());
        }
        return new SweepGrid(List.of(new SweepGrid.Parameter("month", names)), metrics);
    }

    private SweepGrid grid(PrintWriter err) {
        if (!Files.exists(scenario.file)) {
            err.println(scenario.file + ": no such file; give the path of a scenario file (YAML or JSON)");
            return null;
        }
        try {
            if (!params.isEmpty()) {
                return SweepGrid.fromOptions(params, metrics);
            }
            List<Problem> problems = new ArrayList<>();
            SweepGrid g = SweepGrid.fromSection(ScenarioLoader.section(scenario.file, "sweep"), problems);
            if (!problems.isEmpty()) {
                ScenarioOptions.report(err, new InvalidScenarioException(problems));
                return null;
            }
            if (g == null) {
                err.println(scenario.file + ": no sweep: section and no --param; give e.g. --param dsp.lanes=2,3,4");
                return null;
            }
            return metrics.isEmpty() ? g : new SweepGrid(g.parameters(), metrics);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return null;
        } catch (InvalidScenarioException e) {
            ScenarioOptions.report(err, e);
            return null;
        }
    }

    /**
     * The metrics to report: the named ones, each of which must be in at least one point's summary (a
     * figure some points lack, e.g. throttle episodes where throttling is off, is missing data there);
     * or the defaults any point has.
     */
    private static List<MetricPath> chosenMetrics(SweepGrid grid, List<Sweep.PointResult> results) {
        List<Figures> firsts = new ArrayList<>();
        for (Sweep.PointResult p : results) {
            if (!p.replications().isEmpty()) {
                firsts.add(p.replications().get(0));
            }
        }
        if (grid.metrics().isEmpty()) {
            return Kinds.of(results.get(0).scenario()).studyMetrics(firsts);
        }
        List<MetricPath> out = new ArrayList<>();
        for (String m : grid.metrics()) {
            MetricPath p = MetricPath.parse(m);
            MetricPath.NotInSummary missing = null;
            for (Figures first : firsts) {
                try {
                    first.value(p);
                    missing = null;
                    break;
                } catch (MetricPath.NotInSummary e) {
                    missing = e;
                }
            }
            if (missing != null) {
                throw missing; // in no point's summary: bad input, with what exists
            }
            out.add(p);
        }
        return out;
    }

    private static void print(PrintWriter o, List<Sweep.PointResult> results, List<MetricPath> metrics) {
        o.println();
        for (Sweep.PointResult p : results) {
            o.printf(Locale.ROOT, "point %d: %s (%d replication(s))%n", p.point().index() + 1, p.point().values(), p.replications().size());
            for (MetricPath m : metrics) {
                MetricEstimate e = SweepOutput.estimate(m, p);
                o.printf(Locale.ROOT, "  %-58s %14.6g%s%n", m.text(), e.mean(),
                        Double.isNaN(e.halfWidth95()) ? "" : String.format(Locale.ROOT, " +/- %.3g", e.halfWidth95()));
            }
        }
    }

    private static String name(List<Sweep.PointResult> results) {
        return results.get(0).scenario().name();
    }
}
