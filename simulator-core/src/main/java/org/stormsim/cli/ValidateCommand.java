package org.stormsim.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.stormsim.plan.Cost;
import org.stormsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code stormsim validate FILE}: checks a scenario and its overrides without running it, with
 * the same checks (and the same messages) as {@code run}, including a dcc scenario's replay trace;
 * then prints the estimate of what a run will cost ({@link Cost}).
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario file (and any --set overrides) without running it.",
        footer = {"", "Examples:", "  stormsim validate scenarios/quickstart.yaml",
            "  stormsim validate scenarios/quickstart.yaml --set dsp.lanes=4",
            "  stormsim validate scenarios/network-quickstart.yaml --set stations.lanes.servers=3"})
final class ValidateCommand implements Callable<Integer> {
    /** The estimate of {@code s} run as {@code stormsim run} would by default (the series at the horizon's interval). */
    static Cost cost(Scenario s) {
        return Cost.of(s, RunCommand.autoInterval(s.duration().micros()));
    }

    /** The estimate line of {@code s}, whose estimate is {@code c}, run on every core. */
    static String estimate(Scenario s, Cost c) {
        return c.describe(s.replications(), Runtime.getRuntime().availableProcessors());
    }

    @Mixin
    ScenarioOptions scenario;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScenarioOptions.Loaded loaded = scenario.load(err);
        if (loaded == null) {
            return Main.BAD_INPUT;
        }
        Scenario s = loaded.scenario();
        out.printf("%s: scenario '%s' (kind: %s) is valid: %s, horizon %s, %d replication(s)%n",
                scenario.file, s.name(), s.kind(), s.outline(), s.duration(), s.replications());
        out.println(estimate(s, cost(s)));
        return Main.OK;
    }
}
