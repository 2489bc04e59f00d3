package org.stormsim.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.stormsim.stations.Distribution;

/**
 * Reads a scenario file, applies {@code --set PATH=VALUE} overrides to its tree, picks the record
 * type from {@code kind:} and binds it, reporting every problem with its place. The one entry
 * point from files to scenario records.
 */
public final class ScenarioLoader {
    /** The scenario kinds this version understands, and the record each binds to. */
    private static final Map<String, Class<?>> KINDS = new TreeMap<>(Map.of("network", NetworkScenario.class));

    private ScenarioLoader() {
    }

    /** Loads {@code file} with the given overrides ({@code path=value}), applied in order. */
    public static Object load(Path file, List<String> overrides) throws InvalidScenarioException {
        Node root = NodeReader.read(file);
        List<Problem> problems = new ArrayList<>();
        for (String o : overrides) {
            applyOverride(root, o, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(problems);
        }
        return bind(root, file.toString());
    }

    /** Binds an already-read tree. */
    public static Object bind(Node root, String source) throws InvalidScenarioException {
        if (!(root instanceof Node.MapNode m)) {
            throw single(root.location(), "", root.show(), "a scenario is a mapping that starts with 'kind:' ("
                    + String.join(", ", KINDS.keySet()) + ") and 'name:'");
        }
        Node kind = m.get("kind");
        if (kind == null) {
            throw single(m.location(), "kind", null, "missing required field 'kind'; allowed: " + String.join(", ", KINDS.keySet()));
        }
        String k = kind instanceof Node.ScalarNode s ? s.text() : "";
        Class<?> type = KINDS.get(k);
        if (type == null) {
            throw single(kind.location(), "kind", kind.show(), "unknown scenario kind" + Suggest.didYouMean(k, KINDS.keySet())
                    + "; allowed: " + String.join(", ", KINDS.keySet()));
        }
        return binder().bind(root, type);
    }

    /** A binder that knows stormsim's value types. */
    public static Binder binder() {
        return new Binder()
                .withScalar(SimDuration.class, SimDuration::parse)
                .withScalar(Rate.class, Rate::parse)
                .withScalar(Capacity.class, Capacity::parse)
                .withScalar(Distribution.class, Units::distribution)
                .withNode(Routing.class, Routing::fromNode);
    }

    private static void applyOverride(Node root, String override, List<Problem> problems) {
        Location at = new Location("--set " + override, 0, 0);
        int eq = override.indexOf('=');
        if (eq <= 0) {
            problems.add(new Problem(at, "", override, "write --set PATH=VALUE, e.g. --set stations.server.servers=2"));
            return;
        }
        String path = override.substring(0, eq).trim();
        try {
            Node value = NodeReader.readValue(override.substring(eq + 1), "--set " + path);
            NodePaths.set(root, path, value);
        } catch (InvalidScenarioException e) {
            problems.addAll(e.problems());
        } catch (InvalidValueException e) {
            problems.add(new Problem(at, path, null, e.getMessage()));
        }
    }

    private static InvalidScenarioException single(Location at, String path, String value, String message) {
        return new InvalidScenarioException(List.of(new Problem(at, path, value, message)));
    }
}
