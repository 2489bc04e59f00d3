package org.stormsim.cli;

import java.util.concurrent.Callable;
import org.stormsim.scenario.NetworkScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stormsim validate FILE}: checks a scenario and its overrides without running it. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario file (and any --set overrides) without running it.",
        footer = {"", "Example:", "  stormsim validate scenarios/quickstart.yaml --set stations.server.servers=2"})
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Object sc = scenario.load(spec.commandLine().getErr());
        if (sc == null) {
            return Main.BAD_INPUT;
        }
        if (sc instanceof NetworkScenario n) {
            spec.commandLine().getOut().printf("%s: scenario '%s' (kind: network) is valid: %d stations, horizon %s, %d replication(s)%n",
                    scenario.file, n.name(), n.stations().size(), n.duration(), n.replications());
        }
        return Main.OK;
    }
}
