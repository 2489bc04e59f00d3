package org.stormsim.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * A metric named by a path into {@code summary.json}, as written on the command line:
 * <ul>
 *   <li>a JSON pointer, {@code /alerts/latency/p99}, or dotted, {@code alerts.latency.p99};</li>
 *   <li>a short form that skips a {@code latency}, {@code responseTime} or {@code systemTime} level:
 *       {@code alerts.p99} is {@code alerts.latency.p99};</li>
 *   <li>over a list: an index ({@code lanes.0.utilisation}), an aggregate over every element
 *       ({@code lanes.max.utilisation}, {@code lanes.min.X}, {@code lanes.sum.X}, {@code lanes.mean.X}),
 *       or a text that selects the elements having it as a value ({@code sla.measures.alerts.all.achieved}
 *       is the measure with id alerts and region all).</li>
 * </ul>
 * Resolving gives NaN when the value is missing or null (no data), and fails with a message naming
 * what exists when the path does not fit the summary's shape at all.
 */
public record MetricPath(String text, List<String> segments) {
    private static final List<String> SKIPPABLE = List.of("latency", "responseTime", "systemTime");
    private static final List<String> AGGREGATES = List.of("max", "min", "sum", "mean");

    public static MetricPath parse(String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("an empty metric path; e.g. alerts.latency.p99 or lanes.max.utilisation");
        }
        String[] parts = t.startsWith("/") ? t.substring(1).split("/") : t.split("\\.");
        List<String> segments = new ArrayList<>();
        for (String p : parts) {
            if (p.isEmpty()) {
                throw new IllegalArgumentException("'" + text + "': an empty segment in the path");
            }
            segments.add(p.replace("~1", "/").replace("~0", "~"));
        }
        return new MetricPath(t, List.copyOf(segments));
    }

    /** The value in {@code summary} (a summary or one replication's node); NaN when it is null or missing data. */
    public double resolve(JsonNode summary) {
        return at(summary, 0);
    }

    private double at(JsonNode node, int i) {
        if (i == segments.size()) {
            if (node.isNumber()) {
                return node.asDouble();
            }
            if (node.isBoolean()) {
                return node.asBoolean() ? 1 : 0;
            }
            if (node.isNull() || node.isMissingNode()) {
                return Double.NaN;
            }
            throw new NotInSummary("'" + text + "' is not a number in the summary (it is " + kind(node) + ")");
        }
        String seg = segments.get(i);
        if (node.isArray()) {
            return inList(node, i, seg);
        }
        if (node.isObject()) {
            if (node.has(seg)) {
                return at(node.get(seg), i + 1);
            }
            if (hasValue(node, seg)) { // a selector that the element already satisfies (alerts.all when only one is left)
                return at(node, i + 1);
            }
            for (String skip : SKIPPABLE) {
                if (node.path(skip).has(seg)) {
                    return at(node.get(skip).get(seg), i + 1);
                }
            }
            throw new NotInSummary("'" + text + "': no '" + seg + "' here; allowed: " + fields(node));
        }
        if (node.isNull()) {
            return Double.NaN;
        }
        throw new NotInSummary("'" + text + "': '" + seg + "' goes below a " + kind(node));
    }

    private double inList(JsonNode list, int i, String seg) {
        if (seg.chars().allMatch(Character::isDigit)) {
            int index = Integer.parseInt(seg);
            if (index >= list.size()) {
                throw new NotInSummary("'" + text + "': index " + index + " but the list has " + list.size() + " element(s)");
            }
            return at(list.get(index), i + 1);
        }
        if (AGGREGATES.contains(seg)) {
            return aggregate(list, i, seg);
        }
        List<JsonNode> kept = new ArrayList<>();
        for (JsonNode e : list) {
            if (hasValue(e, seg)) {
                kept.add(e);
            }
        }
        if (kept.isEmpty()) {
            throw new NotInSummary("'" + text + "': no element has '" + seg + "'; allowed: an index, max, min, sum, "
                    + "mean, or a value such as an id");
        }
        if (kept.size() == 1) {
            return at(kept.get(0), i + 1);
        }
        if (i + 1 == segments.size()) {
            throw new NotInSummary("'" + text + "': '" + seg + "' matches " + kept.size() + " elements; add what tells them apart "
                    + "(e.g. " + text + ".all) or an aggregate (max, min, sum, mean)");
        }
        ArrayNode left = new ArrayNode(JsonNodeFactory.instance, new ArrayList<>(kept));
        return inList(left, i + 1, segments.get(i + 1));
    }

    private double aggregate(JsonNode list, int i, String how) {
        double acc = how.equals("max") ? Double.NEGATIVE_INFINITY : how.equals("min") ? Double.POSITIVE_INFINITY : 0;
        int n = 0;
        for (JsonNode e : list) {
            double v = at(e, i + 1);
            if (Double.isNaN(v)) {
                continue;
            }
            n++;
            acc = switch (how) {
                case "max" -> Math.max(acc, v);
                case "min" -> Math.min(acc, v);
                default -> acc + v;
            };
        }
        if (n == 0) {
            return Double.NaN;
        }
        return how.equals("mean") ? acc / n : acc;
    }

    private static boolean hasValue(JsonNode element, String value) {
        Iterator<JsonNode> it = element.elements();
        while (it.hasNext()) {
            JsonNode v = it.next();
            if (v.isTextual() && v.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private static String kind(JsonNode n) {
        return n.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return text;
    }

    /** The path does not fit the summary's shape: bad input from the user, reported with what exists. */
    public static final class NotInSummary extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        NotInSummary(String message) {
            super(message);
        }
    }
}
