package org.stormsim.study;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares two {@code summary.json} trees figure by figure: both are flattened to JSON-pointer paths
 * of their leaves, and each baseline figure is looked up in the current one and judged by a
 * {@link Tolerance}. Numbers may differ within the tolerance; text, true/false and null must be
 * equal. The {@code run} section (wall-clock time, threads, version, git commit) and the
 * {@code fingerprint} are never compared; the scenario's seed, hash and replications are not
 * figures either, and a difference in them is a warning (the comparison goes on). What
 * {@code stormsim compare} and the committed baselines' test both use. Stateless; any thread.
 */
public final class SummaryComparison {
    /** Paths never compared: they depend on the machine and the build, or are the hash of the rest. */
    public static final List<String> IGNORED = List.of("/run", "/fingerprint");
    /** Paths that say which run this was rather than what it found: differences are warnings. */
    public static final List<String> IDENTITY = List.of("/scenario/seed", "/scenario/hash", "/scenario/replications");

    private SummaryComparison() {
    }

    /** How one figure compared. */
    public enum Verdict { WITHIN, BEYOND, MISSING, ADDED }

    /**
     * One figure's comparison. {@code baseline} or {@code current} is null when the figure is absent
     * on that side; {@code diff}, {@code relDiff} and {@code allowed} are NaN where they mean nothing
     * (text, or a missing figure; relDiff with a zero baseline).
     */
    public record Figure(String path, JsonNode baseline, JsonNode current, double diff, double relDiff, double allowed, Verdict verdict) {
    }

    /** Every figure's comparison, in the baseline's order (figures only in the current one last), and the warnings. */
    public record Result(List<Figure> figures, List<String> warnings) {
        public long count(Verdict v) {
            return figures.stream().filter(f -> f.verdict() == v).count();
        }

        /** Figures present on both sides. */
        public long compared() {
            return count(Verdict.WITHIN) + count(Verdict.BEYOND);
        }

        /** The figures beyond tolerance or missing from the current summary: each one a regression. */
        public List<Figure> regressions() {
            return figures.stream().filter(f -> f.verdict() == Verdict.BEYOND || f.verdict() == Verdict.MISSING).toList();
        }

        public boolean withinTolerance() {
            return regressions().isEmpty();
        }
    }

    /**
     * Checks that {@code tree} looks like a summary.json: an object with a {@code scenario} section
     * naming its kind. Returns null when it does, else what is wrong with it.
     */
    public static String notASummary(JsonNode tree) {
        if (tree == null || !tree.isObject()) {
            return "not a JSON object; a summary.json is one";
        }
        if (!tree.path("scenario").isObject() || !tree.path("scenario").path("kind").isTextual()) {
            return "no \"scenario\" section with a \"kind\": not a stormsim summary.json";
        }
        return null;
    }

    public static Result compare(JsonNode baseline, JsonNode current, Tolerance tolerance) {
        List<String> warnings = identityWarnings(baseline, current);
        Map<String, JsonNode> b = flatten(baseline);
        Map<String, JsonNode> c = flatten(current);
        List<Figure> figures = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : b.entrySet()) {
            JsonNode now = c.get(e.getKey());
            figures.add(now == null ? new Figure(e.getKey(), e.getValue(), null, Double.NaN, Double.NaN, Double.NaN, Verdict.MISSING)
                    : figure(e.getKey(), e.getValue(), now, tolerance));
        }
        for (Map.Entry<String, JsonNode> e : c.entrySet()) {
            if (!b.containsKey(e.getKey())) {
                figures.add(new Figure(e.getKey(), null, e.getValue(), Double.NaN, Double.NaN, Double.NaN, Verdict.ADDED));
            }
        }
        return new Result(List.copyOf(figures), warnings);
    }

    private static Figure figure(String path, JsonNode b, JsonNode c, Tolerance tolerance) {
        if (b.isNumber() && c.isNumber()) {
            boolean whole = b.isIntegralNumber() && c.isIntegralNumber();
            double diff = whole ? (double) (c.asLong() - b.asLong()) : c.asDouble() - b.asDouble();
            double base = b.asDouble();
            double allowed = tolerance.allowed(path, base, whole);
            double rel = base == 0 ? Double.NaN : diff / Math.abs(base);
            boolean within = whole && allowed == 0 ? c.asLong() == b.asLong() : Math.abs(diff) <= allowed;
            return new Figure(path, b, c, diff, rel, allowed, within ? Verdict.WITHIN : Verdict.BEYOND);
        }
        boolean equal = same(b, c);
        return new Figure(path, b, c, Double.NaN, Double.NaN, Double.NaN, equal ? Verdict.WITHIN : Verdict.BEYOND);
    }

    /** Equal values; numbers by value (a count read back from a file may be an int where it was written from a long). */
    private static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.isIntegralNumber() && b.isIntegralNumber() ? a.asLong() == b.asLong() : a.asDouble() == b.asDouble();
        }
        return Objects.equals(a, b);
    }

    private static List<String> identityWarnings(JsonNode baseline, JsonNode current) {
        List<String> out = new ArrayList<>();
        for (String p : IDENTITY) {
            JsonNode b = baseline.at(p);
            JsonNode c = current.at(p);
            if (!same(b, c)) {
                String what = p.endsWith("hash") ? "scenario hashes" : p.endsWith("seed") ? "seeds" : "replication counts";
                out.add("the " + what + " differ (baseline " + show(b) + ", current " + show(c) + "): "
                        + (p.endsWith("hash") ? "the runs are of different scenarios or settings" : "the runs are not like for like")
                        + "; compared all the same");
            }
        }
        return out;
    }

    private static String show(JsonNode n) {
        return n.isMissingNode() ? "absent" : n.isTextual() && n.asText().length() > 12 ? n.asText().substring(0, 12) + "..." : n.toString();
    }

    /** The leaves of {@code tree} by JSON pointer, in document order, without the ignored and identity paths. */
    public static Map<String, JsonNode> flatten(JsonNode tree) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        flatten(tree, "", out);
        return out;
    }

    private static void flatten(JsonNode n, String path, Map<String, JsonNode> out) {
        if (IGNORED.contains(path) || IDENTITY.contains(path)) {
            return;
        }
        if (n.isObject() && n.size() > 0) {
            n.fields().forEachRemaining(e -> flatten(e.getValue(), path + "/" + escape(e.getKey()), out));
        } else if (n.isArray() && n.size() > 0) {
            for (int i = 0; i < n.size(); i++) {
                flatten(n.get(i), path + "/" + i, out);
            }
        } else {
            out.put(path.isEmpty() ? "/" : path, n);
        }
    }

    /** A key as a JSON-pointer segment (RFC 6901: ~ as ~0, / as ~1). */
    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
