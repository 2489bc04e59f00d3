package org.stormsim.study;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.stormsim.report.AtomicFiles;
import org.stormsim.report.OutputSet;
import org.stormsim.scenario.Scenario;
import org.stormsim.summary.MetricEstimate;
import org.stormsim.summary.MetricPath;
import org.stormsim.summary.ScenarioHash;
import org.stormsim.summary.SummaryJson;
import org.stormsim.summary.Version;

/**
 * What a sweep writes: {@code sweep.csv} (one row per point: the parameters, the replications, and
 * each metric's mean and 95% half-width) and {@code sweep.json} (the same, with the scenario's name,
 * seed and the grid). Nothing that depends on the machine or the thread count goes in, so the same
 * sweep gives the same bytes.
 */
public final class SweepOutput {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private SweepOutput() {
    }

    public static ObjectNode json(SweepGrid grid, List<Sweep.PointResult> points, List<MetricPath> metrics) {
        ObjectNode root = F.objectNode();
        Scenario first = points.get(0).scenario();
        ObjectNode scenario = root.putObject("scenario");
        scenario.put("name", first.name());
        scenario.put("kind", first.kind());
        scenario.put("seed", first.seed());
        root.put("status", points.stream().allMatch(Sweep.PointResult::completed) ? "completed" : "interrupted");
        root.put("commonRandomNumbers", true);
        stamp(root);
        ArrayNode params = root.putArray("parameters");
        for (SweepGrid.Parameter p : grid.parameters()) {
            ObjectNode x = params.addObject();
            x.put("path", p.path());
            ArrayNode vs = x.putArray("values");
            p.values().forEach(vs::add);
        }
        ArrayNode ms = root.putArray("metrics");
        metrics.forEach(m -> ms.add(m.text()));
        ArrayNode out = root.putArray("points");
        for (Sweep.PointResult p : points) {
            ObjectNode x = out.addObject();
            x.put("point", p.point().index() + 1);
            x.put("scenarioHash", ScenarioHash.of(p.scenario()));
            ObjectNode values = x.putObject("parameters");
            p.point().values().forEach(values::put);
            x.put("replications", p.replications().size());
            x.put("status", p.completed() ? "completed" : "interrupted");
            ObjectNode mx = x.putObject("metrics");
            for (MetricPath m : metrics) {
                estimate(m, p).writeTo(mx.putObject(m.text()));
            }
        }
        return root;
    }

    /**
     * Writes {@code sweep.csv}, {@code sweep.json} and {@code sweep.html} into {@code dir}, as one
     * set ({@link OutputSet}); returns them in that order.
     */
    public static List<Path> write(Path dir, SweepGrid grid, List<Sweep.PointResult> points, List<MetricPath> metrics)
            throws IOException {
        ObjectNode json = json(grid, points, metrics);
        return OutputSet.write(dir, staging -> {
            Path csv = staging.resolve("sweep.csv");
            Path js = staging.resolve("sweep.json");
            Path page = staging.resolve(SweepPage.FILE);
            AtomicFiles.write(js, SummaryJson.toJson(json));
            AtomicFiles.write(csv, csv(grid, points, metrics));
            AtomicFiles.write(page, SweepPage.render(json));
            return List.of(csv, js, page);
        });
    }

    /** The version and git commit that produced a study's output (reproducibility; the same on any thread count). */
    public static void stamp(ObjectNode root) {
        ObjectNode by = root.putObject("stormsim");
        by.put("version", Version.get());
        by.put("commit", Version.commit());
    }

    public static String csv(SweepGrid grid, List<Sweep.PointResult> points, List<MetricPath> metrics) {
        StringBuilder b = new StringBuilder("point");
        for (SweepGrid.Parameter p : grid.parameters()) {
            b.append(',').append(quote(p.path()));
        }
        b.append(",replications");
        for (MetricPath m : metrics) {
            b.append(',').append(quote(m.text())).append(',').append(quote(m.text() + " hw95"));
        }
        b.append('\n');
        for (Sweep.PointResult p : points) {
            b.append(p.point().index() + 1);
            for (SweepGrid.Parameter par : grid.parameters()) {
                b.append(',').append(quote(p.point().values().get(par.path())));
            }
            b.append(',').append(p.replications().size());
            for (MetricPath m : metrics) {
                MetricEstimate e = estimate(m, p);
                b.append(',').append(number(e.mean())).append(',').append(number(e.halfWidth95()));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** A metric at one point; missing data where this point's summary has no such figure (e.g. throttling off there). */
    public static MetricEstimate estimate(MetricPath m, Sweep.PointResult p) {
        try {
            return MetricEstimate.of(m, p.replications());
        } catch (MetricPath.NotInSummary e) {
            return new MetricEstimate(m, Double.NaN, Double.NaN, 0);
        }
    }

    private static String number(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "" : Double.toString(v);
    }

    /** RFC 4180 quoting where a field needs it. */
    static String quote(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
