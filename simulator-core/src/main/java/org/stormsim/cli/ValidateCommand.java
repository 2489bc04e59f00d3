package org.stormsim.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.stormsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code stormsim validate FILE}: checks a scenario and its overrides without running it, with
 * the same checks (and the same messages) as {@code run}, including a dcc scenario's replay trace.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario file (and any --set overrides) without running it.",
        footer = {"", "Examples:", "  stormsim validate scenarios/quickstart.yaml",
            "  stormsim validate scenarios/quickstart.yaml --set dsp.lanes=4",
            "  stormsim validate scenarios/network-quickstart.yaml --set stations.lanes.servers=3"})
final class ValidateCommand implements Callable<Integer> {
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
        return Main.OK;
    }
}
