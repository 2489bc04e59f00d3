package org.stormsim.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stormsim.report.HtmlPage;
import org.stormsim.report.IntervalChart;
import org.stormsim.summary.Version;

/**
 * {@code lanes.html}: the page of a lane sizing, made from its {@code lanes.json}. For each sizing
 * (the scenario as given, SECMP0062 off and on, each month) and each target, the target metric's
 * mean and 95% interval against the lane counts tried, the target's bound as a horizontal line and
 * the answer marked; with months, the answer against the month, one line per storm-protection
 * setting. Tables give each sizing's verdict and every count tried. The blob holds the header,
 * {@code lanes.json} itself and each chart's description ({@link IntervalChart}).
 */
public final class LanesPage {
    public static final String FILE = "lanes.html";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String LANES = "motorway lanes (dsp.lanes)";

    private LanesPage() {
    }

    /** The page of {@code lanes}, the root of {@code lanes.json}, whose targets are {@code targets} in order. */
    public static String render(ObjectNode lanes, List<Target> targets) {
        return HtmlPage.render("lanes-template.html", data(lanes, targets));
    }

    static ObjectNode data(ObjectNode lanes, List<Target> targets) {
        ObjectNode root = F.objectNode();
        root.set("meta", meta(lanes));
        root.set("lanes", lanes.deepCopy());
        ArrayNode sizings = root.putArray("sizings");
        JsonNode all = lanes.path("sizings");
        for (int i = 0; i < all.size(); i++) {
            ArrayNode charts = sizings.addObject().put("case", all.get(i).path("case").asText()).putArray("charts");
            for (int k = 0; k < targets.size(); k++) {
                charts.add(sizingChart("chart-sizing-" + i + "-target-" + k, all.get(i), targets.get(k)));
            }
        }
        root.set("months", months(all));
        return root;
    }

    /** One sizing's target metric against the lane counts tried, the bound, the answer. */
    static ObjectNode sizingChart(String id, JsonNode sizing, Target target) {
        JsonNode tried = sizing.path("tried");
        List<String> counts = new ArrayList<>();
        double[] mean = new double[tried.size()];
        double[] half = new double[tried.size()];
        int answer = -1;
        for (int j = 0; j < tried.size(); j++) {
            JsonNode t = tried.get(j);
            counts.add(t.path("lanes").asText());
            JsonNode e = t.path("metrics").path(target.text());
            mean[j] = SweepPage.number(e.path("mean"));
            half[j] = SweepPage.number(e.path("halfWidth95"));
            if (sizing.path("lanes").isInt() && t.path("lanes").asInt() == sizing.path("lanes").asInt()) {
                answer = j;
            }
        }
        IntervalChart c = new IntervalChart(id, target.text(), LANES, counts, target.metric().text())
                .series(target.metric().text(), mean, half)
                .line(target.bound(), "target " + (target.atMost() ? "<= " : ">= ") + bound(target.bound()));
        if (answer >= 0) {
            c.mark(answer, "answer: " + counts.get(answer) + " lane(s)");
        }
        return c.toJson();
    }

    /** The answer against the month, one line per storm-protection setting; null without months. */
    static ObjectNode months(JsonNode sizings) {
        List<String> months = new ArrayList<>();
        Map<String, Map<String, Double>> lines = new LinkedHashMap<>();
        for (JsonNode s : sizings) {
            if (!s.has("month")) {
                return null;
            }
            String month = s.path("month").asText();
            if (!months.contains(month)) {
                months.add(month);
            }
            String line = !s.has("alertStormProtection") ? "lanes needed"
                    : "SECMP0062 alert storm protection " + (s.path("alertStormProtection").asBoolean() ? "on" : "off");
            lines.computeIfAbsent(line, k -> new LinkedHashMap<>()).put(month, SweepPage.number(s.path("lanes")));
        }
        if (months.isEmpty()) {
            return null;
        }
        IntervalChart c = new IntervalChart("chart-months", "Lanes needed, month by month", "month of growth", months, "motorway lanes");
        double[] none = new double[months.size()];
        Arrays.fill(none, Double.NaN);
        lines.forEach((label, byMonth) -> c.series(label,
                months.stream().mapToDouble(m -> byMonth.getOrDefault(m, Double.NaN)).toArray(), none));
        return c.toJson();
    }

    private static ObjectNode meta(ObjectNode lanes) {
        ObjectNode m = F.objectNode();
        m.put("name", lanes.path("scenario").path("name").asText());
        m.put("seed", lanes.path("scenario").path("seed").asLong());
        m.put("replications", lanes.path("scenario").path("replications").asInt());
        List<String> targets = new ArrayList<>();
        lanes.path("targets").forEach(t -> targets.add(t.asText()));
        m.put("targets", String.join("; ", targets));
        m.put("maxLanes", lanes.path("maxLanes").asInt());
        m.put("status", lanes.path("status").asText());
        m.put("version", Version.get());
        return m;
    }

    private static String bound(double v) {
        return new BigDecimal(String.format(Locale.ROOT, "%.6g", v)).stripTrailingZeros().toPlainString();
    }
}
