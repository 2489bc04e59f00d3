package org.stormsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stormsim.scenario.NetworkScenario;
import org.stormsim.stations.NetworkSeries;
import org.stormsim.summary.Version;

/**
 * {@code report.html} of a {@code kind: network} run: one self-contained page (it opens offline, see
 * {@link HtmlPage}) with the run's header, the station table of {@code summary.json} (means with
 * their 95% half-widths, across replications or by batch means as {@code ci95Method} says) and
 * charts over simulated time of replication 0's series, drawn by uPlot. Every number the page shows
 * is in its JSON blob: the header, the stations in file order with their summary entries, and the
 * time series columns ({@link SeriesColumns}, seconds). Nothing in it depends on the machine or the
 * thread count. docs/outputs.md describes each chart. Pure function of its input, callable from any thread.
 */
public final class NetworkReportHtml {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private NetworkReportHtml() {
    }

    /** The page for {@code series} (the run's replication 0) and the run's {@code summary}. */
    public static String render(NetworkScenario scenario, NetworkSeries series, ObjectNode summary) {
        return HtmlPage.render("network-template.html", data(scenario, series, summary));
    }

    /** The JSON blob: header, stations (summary entries in file order), ledger and columns. */
    static ObjectNode data(NetworkScenario scenario, NetworkSeries series, ObjectNode summary) {
        ObjectNode root = F.objectNode();
        root.set("meta", meta(scenario, series, summary));
        ArrayNode stations = root.putArray("stations");
        for (int k = 0; k < series.ids().size(); k++) {
            String id = series.ids().get(k);
            ObjectNode s = stations.addObject();
            s.put("id", id);
            s.put("type", series.types().get(k));
            s.set("summary", summary.path("stations").path(id).deepCopy());
        }
        root.set("ledger", summary.path("ledger").path("customers").deepCopy());
        root.set("columns", SeriesColumns.json(SeriesColumns.of(series), series.rows()));
        return root;
    }

    private static ObjectNode meta(NetworkScenario scenario, NetworkSeries series, ObjectNode summary) {
        JsonNode simulated = summary.path("simulated");
        ObjectNode m = F.objectNode();
        m.put("name", scenario.name());
        m.put("kind", scenario.kind());
        m.put("seed", scenario.seed());
        m.put("replications", summary.path("scenario").path("replications").asInt());
        m.put("status", summary.path("status").asText());
        m.put("version", Version.get());
        m.put("horizonSeconds", scenario.duration().seconds());
        m.put("warmupSeconds", simulated.path("warmupSeconds").asDouble());
        m.set("warmupDetection", simulated.has("warmupDetection") ? simulated.get("warmupDetection").deepCopy() : F.nullNode());
        m.put("ci95Method", summary.path("ci95Method").asText());
        m.put("intervalSeconds", series.interval() / 1e6);
        m.put("seriesOf", "replication 0");
        return m;
    }
}
