package org.stormsim.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.stormsim.experiment.Experiment;
import org.stormsim.report.AtomicFiles;
import org.stormsim.scenario.DccScenario;
import org.stormsim.scenario.InvalidScenarioException;
import org.stormsim.study.Calibration;
import org.stormsim.study.DatedPlan;
import org.stormsim.study.Sweep;
import org.stormsim.summary.SummaryJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stormsim calibrate FILE}: fits the free parameters of the file's {@code calibration:}
 * section to its observations by a coordinate search over the plan's months ({@link Calibration}), prints
 * every observation with the model's figure at the best combination and its verdict (fitted or held
 * out), and writes {@code calibration.json}. {@code --no-search} evaluates the file's own values.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Fit a plan's free parameters to the observations of its calibration: section; write DIR/calibration.json.",
        footer = {"", "Examples:",
            "  stormsim calibrate scenarios/gb-plan-2019-2020.yaml",
            "  stormsim calibrate scenarios/gb-plan-2019-2020.yaml --no-search",
            "  stormsim calibrate scenarios/gb-plan-2019-2020.yaml --set population.scale=0.005"})
final class CalibrateCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--no-search", description = "evaluate the file's values only (no search): every observation's verdict")
    boolean noSearch;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "2",
            description = "passes of the coordinate search over the parameters (default: ${DEFAULT-VALUE})")
    int rounds;

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
        if (rounds < 1 || rounds > 10) {
            err.println("--rounds " + rounds + ": allowed: 1 to 10");
            return Main.BAD_INPUT;
        }
        DccScenario sc = scenario.loadDcc(err, "calibrate fits a kind: dcc scenario's plan");
        if (sc == null) {
            return Main.BAD_INPUT;
        }
        DatedPlan plan;
        Calibration cal;
        try {
            plan = DatedPlan.of(scenario.file, sc);
            cal = Calibration.of(scenario.file);
        } catch (InvalidScenarioException e) {
            ScenarioOptions.report(err, e);
            return Main.BAD_INPUT;
        }
        if (plan == null || cal == null) {
            err.println(scenario.file + ": calibrate needs a plan: section and a calibration: section (docs/calibration.md); this file lacks "
                    + (plan == null ? "plan:" : "calibration:"));
            return Main.BAD_INPUT;
        }
        List<String> outside = cal.monthsOutside(plan);
        if (!outside.isEmpty()) {
            outside.forEach(x -> err.println(scenario.file + ": calibration.observations: " + x));
            return Main.BAD_INPUT;
        }
        if (!execution.fits(scenario.file.toString(), List.of(sc), 0, "calibration", err)) {
            return Main.BAD_INPUT;
        }
        int runsEach = cal.runsPerCombination();
        Experiment experiment = execution.experiment(err::println);
        try {
            o.printf(Locale.ROOT, "calibrate %s: %s, %d run(s) per combination, %d observation(s) (%d fitted), on %s%n", scenario.file,
                noSearch ? "the file's values" : "a coordinate search over " + cal.grid().parameters().size() + " parameter(s), " + rounds
                        + " round(s)", runsEach, cal.observations().size(), cal.observations().stream().filter(Calibration.Observation::fit).count(),
                execution.where(experiment));
            return search(cal, plan, sc, experiment, o, err);
        } finally {
            experiment.close();
        }
    }

    private int search(Calibration cal, DatedPlan plan, DccScenario sc, Experiment experiment, PrintWriter o, PrintWriter err) throws IOException {
        AtomicReference<Sweep> running = new AtomicReference<>();
        AtomicBoolean stop = new AtomicBoolean();
        return RunCommand.withInterruptHook(() -> {
            stop.set(true);
            Sweep s = running.get();
            if (s != null) {
                s.requestStop();
            }
        }, () -> {
            Calibration.Result r;
            Calibration.Runs runs = new Calibration.Runs(scenario.file, scenario.overrides(), experiment, err::println, s -> {
                running.set(s);
                if (stop.get()) {
                    s.requestStop();
                }
            }, stop::get);
            try {
                r = noSearch ? cal.check(runs, plan, sc) : cal.search(runs, plan, sc, rounds);
            } catch (InvalidScenarioException e) {
                ScenarioOptions.report(err, e);
                return Main.BAD_INPUT;
            }
            boolean completed = !stop.get() && r.outcomes().stream().allMatch(Calibration.Outcome::completed);
            ObjectNode json = cal.json(r);
            json.put("scenario", scenario.file.toString());
            json.put("search", !noSearch);
            json.put("status", completed ? "completed" : "interrupted");
            o.print(cal.table(r));
            Path file = execution.folder(sc.name() + "-calibration").resolve("calibration.json");
            AtomicFiles.write(file, SummaryJson.toJson(json));
            o.println("calibration: " + file);
            if (!completed) {
                o.println("INTERRUPTED: some runs stopped early; the figures above are not a verdict");
            }
            return completed ? Main.OK : Main.INTERRUPTED;
        });
    }
}
