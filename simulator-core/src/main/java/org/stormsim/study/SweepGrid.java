package org.stormsim.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stormsim.scenario.Location;
import org.stormsim.scenario.Node;
import org.stormsim.scenario.Problem;

/**
 * The grid of a sweep: parameters (a scenario path and its values) and every combination of them,
 * the first parameter varying slowest. Written in the scenario file,
 * <pre>
 * sweep:
 *   parameters:
 *     throttling.serviceRequestTrafficManagement.window: [1s, 10s, 60s]
 *     dsp.lanes: [2, 3]
 *   metrics: [alerts.latency.p99, serviceRequests.throttled]
 * </pre>
 * or on the command line as {@code --param PATH=V1,V2,...} (commas inside brackets do not split).
 */
public record SweepGrid(List<Parameter> parameters, List<String> metrics) {
    /** A swept path and its values, as they would be written after {@code --set PATH=}. */
    public record Parameter(String path, List<String> values) {
    }

    /** One combination: its index in the grid and its {@code PATH=VALUE} assignments in parameter order. */
    public record Point(int index, List<String> assignments, Map<String, String> values) {
    }

    /** Every combination, the first parameter varying slowest. */
    public List<Point> points() {
        List<Point> out = new ArrayList<>();
        int total = 1;
        for (Parameter p : parameters) {
            total *= p.values().size();
        }
        for (int i = 0; i < total; i++) {
            List<String> assignments = new ArrayList<>();
            Map<String, String> values = new LinkedHashMap<>();
            int rest = i;
            int stride = total;
            for (Parameter p : parameters) {
                stride /= p.values().size();
                String v = p.values().get(rest / stride);
                rest %= stride;
                assignments.add(p.path() + "=" + v);
                values.put(p.path(), v);
            }
            out.add(new Point(i, List.copyOf(assignments), values));
        }
        return out;
    }

    /** A grid from {@code --param PATH=V1,V2} options. */
    public static SweepGrid fromOptions(List<String> params, List<String> metrics) {
        List<Parameter> out = new ArrayList<>();
        java.util.Set<String> paths = new java.util.HashSet<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0 || eq == p.length() - 1) {
                throw new IllegalArgumentException("--param " + p + ": write PATH=V1,V2,..., e.g. --param dsp.lanes=2,3,4");
            }
            String path = p.substring(0, eq).trim();
            if (!paths.add(path)) {
                throw new IllegalArgumentException("--param " + p + ": " + path + " is swept twice; give each parameter once, with all its values"
                        + " (e.g. --param " + path + "=2,3,4)");
            }
            List<String> values = split(p.substring(eq + 1));
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i).isEmpty()) {
                    throw new IllegalArgumentException("--param " + p + ": value " + (i + 1) + " of " + values.size()
                            + " is empty; allowed: values separated by single commas, e.g. --param " + path + "=2,3,4");
                }
            }
            out.add(new Parameter(path, values));
        }
        return new SweepGrid(out, List.copyOf(metrics));
    }

    /**
     * The grid of a file's {@code sweep:} section (null when it has none); problems found are added
     * to {@code problems} with their place in the file.
     */
    public static SweepGrid fromSection(Node section, List<Problem> problems) {
        if (section == null) {
            return null;
        }
        if (!(section instanceof Node.MapNode m)) {
            problems.add(new Problem(section.location(), "sweep", section.show(), "write sweep: {parameters: {PATH: [V1, V2]}, metrics: [PATH]}"));
            return null;
        }
        List<Parameter> params = new ArrayList<>();
        Node ps = m.get("parameters");
        if (ps instanceof Node.MapNode pm) {
            pm.entries().forEach((path, values) -> parameter(path, values, params, problems));
        } else {
            problems.add(new Problem(ps == null ? m.location() : ps.location(), "sweep.parameters", ps == null ? null : ps.show(),
                    "a sweep needs parameters: a mapping of scenario paths to lists of values, e.g. dsp.lanes: [2, 3]"));
        }
        List<String> metrics = new ArrayList<>();
        Node ms = m.get("metrics");
        if (ms instanceof Node.ListNode l) {
            for (Node n : l.items()) {
                metrics.add(scalar(n, "sweep.metrics", problems));
            }
        } else if (ms != null) {
            problems.add(new Problem(ms.location(), "sweep.metrics", ms.show(), "a list of summary paths, e.g. [alerts.latency.p99]"));
        }
        for (String key : m.entries().keySet()) {
            if (!key.equals("parameters") && !key.equals("metrics")) {
                Location at = m.keyLocations().get(key);
                problems.add(new Problem(at, "sweep." + key, null, "unknown field; allowed: parameters, metrics"));
            }
        }
        return new SweepGrid(params, metrics);
    }

    private static void parameter(String path, Node values, List<Parameter> params, List<Problem> problems) {
        if (!(values instanceof Node.ListNode l) || l.items().isEmpty()) {
            problems.add(new Problem(values.location(), "sweep.parameters." + path, values.show(), "a list of at least one value, e.g. [2, 3, 4]"));
            return;
        }
        List<String> vs = new ArrayList<>();
        for (Node n : l.items()) {
            vs.add(scalar(n, "sweep.parameters." + path, problems));
        }
        params.add(new Parameter(path, vs));
    }

    private static String scalar(Node n, String path, List<Problem> problems) {
        if (n instanceof Node.ScalarNode s) {
            return s.text();
        }
        problems.add(new Problem(n.location(), path, n.show(), "a single value (a number, a duration, a word)"));
        return "";
    }

    /** Splits on commas that are not inside brackets or braces. */
    static List<String> split(String values) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (char c : values.toCharArray()) {
            if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                depth--;
            }
            if (c == ',' && depth == 0) {
                out.add(cur.toString().trim());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString().trim());
        return out;
    }
}
