package org.stormsim.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.stormsim.dcc.Trace;
import org.stormsim.scenario.DccScenario;
import org.stormsim.scenario.InvalidScenarioException;
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
            "  stormsim validate scenarios/quickstart.yaml --set stations.lanes.servers=3"})
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Object sc = scenario.load(err);
        if (sc == null) {
            return Main.BAD_INPUT;
        }
        if (sc instanceof NetworkScenario n) {
            out.printf("%s: scenario '%s' (kind: network) is valid: %d stations, horizon %s, %d replication(s)%n",
                    scenario.file, n.name(), n.stations().size(), n.duration(), n.replications());
        } else if (sc instanceof DccScenario d) {
            try {
                Trace.of(d, scenario.file);
            } catch (InvalidScenarioException e) {
                e.problems().forEach(p -> err.println(p.format()));
                err.println(e.problems().size() + " problem(s) in the replay trace; nothing was run.");
                return Main.BAD_INPUT;
            }
            out.printf("%s: scenario '%s' (kind: dcc) is valid: %d User(s), horizon %s, %d replication(s)%n",
                    scenario.file, d.name(), d.users().size(), d.duration(), d.replications());
        }
        return Main.OK;
    }
}
