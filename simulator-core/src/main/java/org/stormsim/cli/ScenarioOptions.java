package org.stormsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stormsim.scenario.Binder;
import org.stormsim.scenario.InvalidScenarioException;
import org.stormsim.scenario.Problem;
import org.stormsim.scenario.Scenario;
import org.stormsim.scenario.ScenarioLoader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options every command that reads a scenario shares: the file, {@code --set} overrides and
 * the {@code --seed} and {@code --replications} shortcuts (which are overrides too). Loading checks
 * a dcc scenario's replay trace too, so that every command reports the same problems the same way.
 */
final class ScenarioOptions {
    @Parameters(index = "0", paramLabel = "FILE", description = "the scenario file (YAML or JSON)")
    Path file;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "override a scenario field before the run, e.g. --set stations.server.servers=2 (repeatable)")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "the run seed (overrides the file's seed)")
    Long seed;

    @Option(names = "--replications", paramLabel = "N", description = "independent replications (overrides the file)")
    Integer replications;

    /** A scenario that bound and checked, with the files it names read. */
    record Loaded(Scenario scenario) {
    }

    /** The scenario with every override applied; prints the problems and returns null on bad input. */
    Loaded load(PrintWriter err) {
        return load(err, v -> { });
    }

    /** As {@link #load(PrintWriter)}, telling {@code listener} where every value came from. */
    Loaded load(PrintWriter err, Binder.ResolvedListener listener) {
        if (!Files.exists(file)) {
            err.println(file + ": no such file; give the path of a scenario file (YAML or JSON), e.g. scenarios/quickstart.yaml");
            return null;
        }
        try {
            return new Loaded(ScenarioLoader.loadWithOverrides(file, overrides(), listener));
        } catch (InvalidScenarioException e) {
            report(err, e);
            return null;
        }
    }

    /**
     * The scenario, which must be of kind dcc: null (after printing the problems, or that it is a
     * network scenario and {@code why} a dcc one is needed) otherwise.
     */
    org.stormsim.scenario.DccScenario loadDcc(PrintWriter err, String why) {
        Loaded loaded = load(err);
        if (loaded == null) {
            return null;
        }
        org.stormsim.scenario.DccScenario sc = loaded.scenario().asDcc();
        if (sc == null) {
            err.println(file + ": a network scenario; " + why);
        }
        return sc;
    }

    /** Prints a scenario's problems, one per line, and how many there were. */
    static void report(PrintWriter err, InvalidScenarioException e) {
        for (Problem p : e.problems()) {
            err.println(p.format());
        }
        err.println(e.problems().size() == 1 ? "1 problem; nothing was run." : e.problems().size() + " problems; nothing was run.");
    }

    /** The {@code --set}, {@code --seed} and {@code --replications} overrides, in that order. */
    List<ScenarioLoader.Override> overrides() {
        List<ScenarioLoader.Override> all = new ArrayList<>();
        for (String o : overrides) {
            all.add(ScenarioLoader.Override.set(o));
        }
        if (seed != null) {
            all.add(new ScenarioLoader.Override("seed=" + seed, "--seed " + seed));
        }
        if (replications != null) {
            all.add(new ScenarioLoader.Override("replications=" + replications, "--replications " + replications));
        }
        return all;
    }
}
