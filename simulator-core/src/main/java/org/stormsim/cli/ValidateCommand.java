package org.stormsim.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.stormsim.scenario.DccScenario;
import org.stormsim.scenario.NetworkScenario;
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
        if (loaded.scenario() instanceof NetworkScenario n) {
            out.printf("%s: scenario '%s' (kind: network) is valid: %d stations, horizon %s, %d replication(s)%n",
                    scenario.file, n.name(), n.stations().size(), n.duration(), n.replications());
        } else if (loaded.scenario() instanceof DccScenario d) {
            out.printf("%s: scenario '%s' (kind: dcc) is valid: %d User(s), horizon %s, %d replication(s)%n",
                    scenario.file, d.name(), d.users().size(), d.duration(), d.replications());
        }
        return Main.OK;
    }
}
