package org.stormsim.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.stormsim.report.HtmlPage;
import org.stormsim.report.IntervalChart;
import org.stormsim.summary.Version;

/**
 * {@code sweep.html}: the page of a sweep, made from its {@code sweep.json} (so it too has the same
 * bytes on any thread count). One chart per metric: the mean across replications with its 95%
 * interval against the first swept parameter, one line per combination of the others; a value that
 * is not a plain number ({@code true}, {@code 10s}) makes that axis categorical. A table lists every
 * point. The blob holds the header, {@code sweep.json} itself and each chart's description
 * ({@link IntervalChart}).
 */
public final class SweepPage {
    public static final String FILE = "sweep.html";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private SweepPage() {
    }

    /** The page of {@code sweep}, a {@link SweepOutput#json} node. */
    public static String render(ObjectNode sweep) {
        return HtmlPage.render("sweep-template.html", data(sweep));
    }

    static ObjectNode data(ObjectNode sweep) {
        ObjectNode root = F.objectNode();
        root.set("meta", meta(sweep));
        root.set("sweep", sweep.deepCopy());
        ArrayNode charts = root.putArray("charts");
        JsonNode x = sweep.path("parameters").get(0);
        List<String> xValues = texts(x.path("values"));
        Map<String, int[]> lines = lines(sweep, x.path("path").asText(), xValues);
        int k = 0;
        for (JsonNode m : sweep.path("metrics")) {
            String metric = m.asText();
            IntervalChart c = new IntervalChart("chart-metric-" + k++, metric, x.path("path").asText(), xValues, metric);
            for (Map.Entry<String, int[]> line : lines.entrySet()) {
                double[] mean = new double[xValues.size()];
                double[] half = new double[xValues.size()];
                for (int i = 0; i < xValues.size(); i++) {
                    JsonNode e = line.getValue()[i] < 0 ? F.missingNode()
                            : sweep.path("points").get(line.getValue()[i]).path("metrics").path(metric);
                    mean[i] = number(e.path("mean"));
                    half[i] = number(e.path("halfWidth95"));
                }
                c.series(line.getKey(), mean, half);
            }
            charts.add(c.toJson());
        }
        return root;
    }

    /**
     * One line per combination of the parameters after the first, in the grid's order, labelled
     * {@code path=value, ...} ("mean" when there is one parameter): for each x value, the index of its
     * point (-1 when none).
     */
    static Map<String, int[]> lines(ObjectNode sweep, String xPath, List<String> xValues) {
        Map<String, int[]> lines = new LinkedHashMap<>();
        JsonNode points = sweep.path("points");
        for (int j = 0; j < points.size(); j++) {
            JsonNode values = points.get(j).path("parameters");
            List<String> rest = new ArrayList<>();
            values.fields().forEachRemaining(e -> {
                if (!e.getKey().equals(xPath)) {
                    rest.add(e.getKey() + "=" + e.getValue().asText());
                }
            });
            int[] at = lines.computeIfAbsent(rest.isEmpty() ? "mean" : String.join(", ", rest), key -> filled(xValues.size()));
            int i = xValues.indexOf(values.path(xPath).asText());
            if (i >= 0 && at[i] < 0) {
                at[i] = j;
            }
        }
        return lines;
    }

    private static ObjectNode meta(ObjectNode sweep) {
        ObjectNode m = F.objectNode();
        m.put("name", sweep.path("scenario").path("name").asText());
        m.put("kind", sweep.path("scenario").path("kind").asText());
        m.put("seed", sweep.path("scenario").path("seed").asLong());
        m.put("grid", grid(sweep.path("parameters")));
        m.put("points", sweep.path("points").size());
        TreeSet<Integer> reps = new TreeSet<>();
        sweep.path("points").forEach(p -> reps.add(p.path("replications").asInt()));
        m.put("replications", reps.size() == 1 ? reps.first().toString() : reps.first() + " to " + reps.last());
        m.put("status", sweep.path("status").asText());
        m.put("version", Version.get());
        m.put("x", sweep.path("parameters").get(0).path("path").asText());
        return m;
    }

    /** {@code dsp.lanes [1, 2] x throttling.alertStormProtection.enabled [false, true]}. */
    private static String grid(JsonNode parameters) {
        List<String> out = new ArrayList<>();
        parameters.forEach(p -> out.add(p.path("path").asText() + " [" + String.join(", ", texts(p.path("values"))) + "]"));
        return out.stream().collect(Collectors.joining(" x "));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }

    static double number(JsonNode n) {
        return n.isNumber() ? n.asDouble() : Double.NaN;
    }
}
