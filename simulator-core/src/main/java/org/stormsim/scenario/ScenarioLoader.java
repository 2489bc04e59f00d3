package org.stormsim.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.stormsim.engine.Distribution;

/**
 * Reads a scenario file, applies {@code --set PATH=VALUE} overrides to its tree, picks the record
 * type from {@code kind:} and binds it, reporting every problem with its place. The one entry
 * point from files to scenario records.
 */
public final class ScenarioLoader {
    /** The scenario kinds this version understands, and the record each binds to. */
    private static final Map<String, Class<? extends Scenario>> KINDS = Collections.unmodifiableMap(new TreeMap<>(Map.of("network",
            NetworkScenario.class, "dcc", DccScenario.class)));

    private ScenarioLoader() {
    }

    /**
     * One {@code PATH=VALUE} override and how the user wrote it ({@code --set seed=3}, or
     * {@code --seed 3} for a command-line shortcut), which is where its problems are reported.
     */
    public record Override(String assignment, String writtenAs) implements java.io.Serializable {
        /** An override given as {@code --set PATH=VALUE}. */
        public static Override set(String assignment) {
            return new Override(assignment, "--set " + assignment);
        }
    }

    /** A field path: names (no dots or brackets in them) separated by single dots, and list indices. */
    private static final Pattern PATH = Pattern.compile("(?:[^.\\[\\]]+|\\[[^\\]]*\\])(?:\\.[^.\\[\\]]+|\\.?\\[[^\\]]*\\])*");

    /** Top-level sections that describe a study of the scenario rather than the scenario: {@code sweep}, {@code plan}, {@code calibration}. */
    public static final List<String> STUDY_SECTIONS = List.of("sweep", "plan", "calibration");

    /** The top-level section {@code key} of {@code file} as written (null when absent), e.g. its {@code sweep:}. */
    public static Node section(Path file, String key) throws InvalidScenarioException {
        Node root = NodeReader.read(file);
        return root instanceof Node.MapNode m ? m.get(key) : null;
    }

    /** Loads {@code file} with the given overrides ({@code path=value}, as given to {@code --set}), applied in order. */
    public static Scenario load(Path file, List<String> overrides) throws InvalidScenarioException {
        List<Override> all = new ArrayList<>();
        for (String o : overrides) {
            all.add(Override.set(o));
        }
        return loadWithOverrides(file, all);
    }

    /** Loads {@code file} with the given overrides, applied in order. */
    public static Scenario loadWithOverrides(Path file, List<Override> overrides) throws InvalidScenarioException {
        return loadWithOverrides(file, overrides, v -> { });
    }

    /**
     * Loads {@code file} with the given overrides, telling {@code listener} where every value came
     * from, and reads the files the scenario names (a replay trace, relative to {@code file}).
     */
    public static Scenario loadWithOverrides(Path file, List<Override> overrides, Binder.ResolvedListener listener)
            throws InvalidScenarioException {
        Node root = NodeReader.read(file);
        if (root instanceof Node.MapNode m) {
            for (String study : STUDY_SECTIONS) { // read by the commands that use them, not part of the scenario
                m.entries().remove(study);
                m.keyLocations().remove(study);
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (Override o : overrides) {
            applyOverride(root, o, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(problems);
        }
        Location[] namedAt = {new Location(file.toString(), 0, 0)};
        Binder.ResolvedListener alsoWhereFilesAreNamed = v -> {
            if (v.path().equals("replay.file")) {
                namedAt[0] = v.location();
            }
            listener.resolved(v);
        };
        return bind(root, binder().onResolved(alsoWhereFilesAreNamed)).withFilesRead(file, namedAt[0]);
    }

    /** Binds an already-read tree (the files it names are not read). */
    public static Scenario bind(Node root, String source) throws InvalidScenarioException {
        return bind(root, binder());
    }

    /** The record class of each scenario kind ({@code dcc}, {@code network}), by name. */
    public static Map<String, Class<? extends Scenario>> kinds() {
        return Collections.unmodifiableMap(KINDS);
    }

    private static Scenario bind(Node root, Binder binder) throws InvalidScenarioException {
        if (!(root instanceof Node.MapNode m)) {
            throw single(root.location(), "", root.show(), "a scenario is a mapping that starts with 'kind:' ("
                    + String.join(", ", KINDS.keySet()) + ") and 'name:'");
        }
        Node kind = m.get("kind");
        if (kind == null) {
            throw single(m.location(), "kind", null, "missing required field 'kind'; allowed: " + String.join(", ", KINDS.keySet()));
        }
        String k = kind instanceof Node.ScalarNode s ? s.text() : "";
        Class<? extends Scenario> type = KINDS.get(k);
        if (type == null) {
            throw single(kind.location(), "kind", kind.show(), "unknown scenario kind" + Suggest.didYouMean(k, KINDS.keySet())
                    + "; allowed: " + String.join(", ", KINDS.keySet()));
        }
        return binder.bind(root, type);
    }

    /** A binder that knows stormsim's value types. */
    public static Binder binder() {
        return new Binder()
                .withScalar(SimDuration.class, SimDuration::parse)
                .withScalar(CalendarDate.class, CalendarDate::parse)
                .withScalar(Warmup.class, Warmup::parse)
                .withScalar(Rate.class, Rate::parse)
                .withScalar(Capacity.class, Capacity::parse)
                .withScalar(Distribution.class, Units::distribution)
                .withNode(Routing.class, Routing::fromNode)
                .withNode(DailyProfile.class, DailyProfile::fromNode);
    }

    private static void applyOverride(Node root, Override override, List<Problem> problems) {
        Location at = new Location(override.writtenAs(), 0, 0);
        String text = override.assignment();
        int eq = text.indexOf('=');
        if (eq <= 0) {
            problems.add(new Problem(at, "", null, "write --set PATH=VALUE, e.g. --set stations.server.servers=2"));
            return;
        }
        String path = text.substring(0, eq).trim();
        if (!PATH.matcher(path).matches()) {
            problems.add(new Problem(at, path, null, "not a field path: names separated by single dots, with [i] for a list element"
                    + " (an empty name, as in 'a..b' or a leading or trailing dot, reaches no field), e.g. --set dsp.lanes=3"));
            return;
        }
        if (text.substring(eq + 1).isBlank()) {
            problems.add(new Problem(at, path, null, "no value after '='; write --set PATH=VALUE, e.g. --set " + path
                    + "=... (to keep the file's value or the default, leave this --set out)"));
            return;
        }
        try {
            Node value = relocate(NodeReader.readValue(text.substring(eq + 1), override.writtenAs()), at);
            NodePaths.set(root, path, value);
        } catch (InvalidScenarioException e) {
            for (Problem p : e.problems()) {
                problems.add(new Problem(at, path, p.value(), p.message()));
            }
        } catch (InvalidValueException e) {
            problems.add(new Problem(at, path, null, e.getMessage()));
        }
    }

    /**
     * The same tree with every location replaced by the override's: a line and column inside a
     * one-line command-line value would only confuse, so its problems name the override instead.
     */
    private static Node relocate(Node n, Location at) {
        if (n instanceof Node.MapNode m) {
            Node.MapNode out = new Node.MapNode(at);
            m.entries().forEach((k, v) -> out.put(k, relocate(v, at), at));
            return out;
        }
        if (n instanceof Node.ListNode l) {
            Node.ListNode out = new Node.ListNode(at);
            l.items().forEach(item -> out.items().add(relocate(item, at)));
            return out;
        }
        Node.ScalarNode s = (Node.ScalarNode) n;
        return new Node.ScalarNode(s.text(), s.type(), at);
    }

    private static InvalidScenarioException single(Location at, String path, String value, String message) {
        return new InvalidScenarioException(List.of(new Problem(at, path, value, message)));
    }
}
