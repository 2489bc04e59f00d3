package org.stormsim.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.HdrHistogram.Histogram;
import org.stormsim.dcc.DccSeries;
import org.stormsim.scenario.DccEvent;
import org.stormsim.scenario.DccScenario;
import org.stormsim.summary.Version;
import org.stormsim.throttle.EpisodeTracker;

/**
 * {@code report.html}: one self-contained page (it opens offline, see {@link HtmlPage}) with the
 * charts of a {@code kind: dcc} run, drawn by uPlot. The page's own script only configures uPlot;
 * every number it shows is in one JSON blob: the run's header, the time series columns
 * ({@link SeriesColumns}), the storm events (marked on every time axis), SECMP0067's throttle
 * episodes and their duration distribution, the Service Level measures and the end-to-end capacity of
 * {@code summary.json}. docs/outputs.md describes each chart.
 */
public final class ReportHtml {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ReportHtml() {
    }

    /** The page for {@code series} (the run's replication 0) and the run's {@code summary}. */
    public static String render(DccScenario scenario, DccSeries series, ObjectNode summary) {
        return HtmlPage.render("report-template.html", data(scenario, series, summary));
    }

    /** The JSON blob: header, columns, events, episodes and Service Levels. */
    static ObjectNode data(DccScenario scenario, DccSeries series, ObjectNode summary) {
        ObjectNode root = F.objectNode();
        root.set("meta", meta(scenario, series, summary));
        root.set("columns", SeriesColumns.json(SeriesColumns.of(series), series.rows()));
        root.set("events", events(scenario));
        root.set("episodes", episodes(series.throttleEpisodes()));
        root.set("sla", summary.path("sla"));
        root.set("capacity", summary.path("capacity"));
        return root;
    }

    private static ObjectNode meta(DccScenario scenario, DccSeries series, ObjectNode summary) {
        ObjectNode m = F.objectNode();
        m.put("name", scenario.name());
        m.put("seed", scenario.seed());
        m.put("replications", scenario.replications());
        m.put("status", summary.path("status").asText());
        m.put("version", Version.get());
        m.put("horizonSeconds", scenario.duration().seconds());
        m.put("warmupSeconds", scenario.warmup().seconds());
        m.put("intervalSeconds", series.interval() / 1e6);
        m.put("seriesOf", "replication 0");
        m.put("lanes", series.model().lanes());
        m.put("requestThrottling", series.throttleEpisodes() != null);
        return m;
    }

    /** The scenario's storm events (start, and end where they have one) within the horizon, in time order of the file. */
    static ArrayNode events(DccScenario scenario) {
        ArrayNode out = F.arrayNode();
        double horizon = scenario.duration().seconds();
        for (DccEvent e : scenario.events()) {
            double at = e.at().seconds();
            if (e instanceof DccEvent.PowerOutage p) {
                event(out, at, horizon, "power outage " + p.region() + " (" + p.hubs() + " hubs)");
                event(out, at + p.duration().seconds(), horizon, "power restored " + p.region());
            } else if (e instanceof DccEvent.FirmwareFix f) {
                event(out, at, horizon, "firmware fix " + f.cohort() + " " + f.code() + " " + f.action().name().toLowerCase(java.util.Locale.ROOT));
            } else if (e instanceof DccEvent.CounterReset c) {
                event(out, at, horizon, "counter reset " + c.cohort());
                event(out, at + c.duration().seconds(), horizon, "counters past old values " + c.cohort());
            } else if (e instanceof DccEvent.Migration mg) {
                event(out, at, horizon, "migration " + mg.region() + " (" + mg.perDay() + "/day)");
            } else if (e instanceof DccEvent.Growth) {
                event(out, at, horizon, "growth month 0");
            }
        }
        return out;
    }

    private static void event(ArrayNode out, double at, double horizon, String label) {
        if (at <= horizon) {
            out.addObject().put("t", at).put("label", label);
        }
    }

    /** SECMP0067's system-wide episodes (the first {@link EpisodeTracker#LISTED}) and their duration distribution; null when off. */
    static ObjectNode episodes(EpisodeTracker t) {
        if (t == null) {
            return null;
        }
        ObjectNode n = F.objectNode();
        n.put("count", t.count());
        n.put("listed", t.listed());
        ArrayNode start = n.putArray("start");
        ArrayNode duration = n.putArray("duration");
        for (int i = 0; i < t.listed(); i++) {
            start.add(t.listedStart(i) / 1e6);
            duration.add(t.listedDuration(i) / 1e6);
        }
        ArrayNode percentile = n.putArray("percentile");
        ArrayNode seconds = n.putArray("seconds");
        Histogram h = t.durations();
        if (t.count() > 0) {
            for (double p : PERCENTILES) {
                percentile.add(p);
                seconds.add(h.getValueAtPercentile(p) / 1e6);
            }
        }
        return n;
    }

    private static final double[] PERCENTILES = percentiles();

    private static double[] percentiles() {
        double[] p = new double[104];
        for (int i = 0; i <= 99; i++) {
            p[i] = i;
        }
        p[100] = 99.5;
        p[101] = 99.9;
        p[102] = 99.99;
        p[103] = 100;
        return p;
    }
}
