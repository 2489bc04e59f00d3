package org.stormsim.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.stormsim.study.SummaryComparison.Figure;
import org.stormsim.study.SummaryComparison.Result;
import org.stormsim.study.SummaryComparison.Verdict;

/**
 * What {@code stormsim compare} prints and writes: the figures beyond tolerance, missing or new as
 * a table (path, baseline, current, diff, relative diff, allowed), the counts, and the same as
 * {@code compare.json}. Stateless; any thread.
 */
public final class ComparisonReport {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ComparisonReport() {
    }

    /** The table of differences (only figures not within tolerance) and the closing counts. */
    public static String table(Result r) {
        StringBuilder out = new StringBuilder();
        List<Figure> shown = r.figures().stream().filter(f -> f.verdict() != Verdict.WITHIN).toList();
        if (!shown.isEmpty()) {
            int w = Math.max(4, shown.stream().mapToInt(f -> f.path().length()).max().orElse(4));
            String fmt = "%-" + w + "s %18s %18s %12s %10s %12s  %s%n";
            out.append(String.format(Locale.ROOT, fmt, "path", "baseline", "current", "diff", "rel diff", "allowed", ""));
            for (Figure f : shown) {
                out.append(String.format(Locale.ROOT, fmt, f.path(), value(f.baseline()), value(f.current()), number(f.diff()),
                        percent(f.relDiff()), allowed(f), label(f.verdict())));
            }
        }
        out.append(String.format(Locale.ROOT, "%d figures compared: %d within tolerance, %d beyond; %d missing from the current summary, %d new in it%n",
                r.compared(), r.count(Verdict.WITHIN), r.count(Verdict.BEYOND), r.count(Verdict.MISSING), r.count(Verdict.ADDED)));
        return out.toString();
    }

    /** The comparison as {@code compare.json}. */
    public static ObjectNode json(String baseline, String current, Tolerance t, Result r) {
        ObjectNode root = F.objectNode();
        root.put("baseline", baseline);
        root.put("current", current);
        ObjectNode tol = root.putObject("tolerance");
        tol.put("relative", t.relative());
        tol.put("countRelative", t.countRelative());
        ObjectNode abs = tol.putObject("absolute");
        t.absolute().forEach(abs::put);
        ArrayNode warnings = root.putArray("warnings");
        r.warnings().forEach(warnings::add);
        ObjectNode counts = root.putObject("counts");
        counts.put("compared", r.compared());
        counts.put("within", r.count(Verdict.WITHIN));
        counts.put("beyond", r.count(Verdict.BEYOND));
        counts.put("missing", r.count(Verdict.MISSING));
        counts.put("added", r.count(Verdict.ADDED));
        root.put("withinTolerance", r.withinTolerance());
        ArrayNode diffs = root.putArray("differences");
        for (Figure f : r.figures()) {
            if (f.verdict() != Verdict.WITHIN) {
                diffs.add(figure(f));
            }
        }
        return root;
    }

    private static ObjectNode figure(Figure f) {
        ObjectNode n = F.objectNode();
        n.put("path", f.path());
        n.set("baseline", f.baseline() == null ? F.nullNode() : f.baseline());
        n.set("current", f.current() == null ? F.nullNode() : f.current());
        putNumber(n, "diff", f.diff());
        putNumber(n, "relDiff", f.relDiff());
        putNumber(n, "allowed", f.allowed());
        n.put("verdict", f.verdict().name().toLowerCase(Locale.ROOT));
        return n;
    }

    private static void putNumber(ObjectNode n, String key, double v) {
        if (Double.isNaN(v)) {
            n.putNull(key);
        } else {
            n.put(key, v);
        }
    }

    private static String value(JsonNode n) {
        if (n == null) {
            return "(absent)";
        }
        String s = n.isTextual() ? n.asText() : n.isFloatingPointNumber() ? String.format(Locale.ROOT, "%.10g", n.asDouble()) : n.toString();
        return s.length() > 18 ? s.substring(0, 17) + "~" : s;
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%+.6g", v);
    }

    private static String percent(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%+.3f%%", 100 * v);
    }

    private static String allowed(Figure f) {
        if (f.verdict() == Verdict.MISSING || f.verdict() == Verdict.ADDED) {
            return "";
        }
        if (Double.isNaN(f.allowed())) {
            return "equal";
        }
        return f.allowed() == 0 ? "exact" : String.format(Locale.ROOT, "%.6g", f.allowed());
    }

    private static String label(Verdict v) {
        return switch (v) {
            case BEYOND -> "BEYOND";
            case MISSING -> "MISSING";
            case ADDED -> "new";
            case WITHIN -> "";
        };
    }

    /** The paths a comparison never looks at, for help texts. */
    public static String ignored() {
        return String.join(", ", SummaryComparison.IGNORED);
    }
}
