package org.stormsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The readable report {@code stormsim run} prints for a GB scenario, from its summary: alerts
 * overall, by region and for the busiest codes; motorway lanes; the WAN; Service Requests by
 * category; firmware; the Service Level measures; the ledgers.
 */
public final class DccTable {
    private static final int TOP_CODES = 8;

    private DccTable() {
    }

    public static String render(JsonNode s) {
        StringBuilder sb = new StringBuilder();
        alerts(sb, s.path("alerts"));
        lanes(sb, s.path("lanes"));
        wan(sb, s.path("wan"));
        requests(sb, s.path("serviceRequests"));
        firmware(sb, s.path("firmware"));
        sla(sb, s.path("sla").path("measures"));
        return sb.toString();
    }

    private static void alerts(StringBuilder sb, JsonNode a) {
        String fmt = "%-10s %12s %12s %11s %10s %9s %9s %9s %9s %9s%n";
        sb.append(f(fmt, "alerts", "generated", "delivered", "suppressed", "dup-rej", "lost", "mean s", "p50 s", "p99 s", "max s"));
        sb.append(alertRow(fmt, "all", a));
        a.path("byRegion").fields().forEachRemaining(e -> sb.append(alertRow(fmt, "region " + e.getKey(), e.getValue())));
        List<Map.Entry<String, JsonNode>> codes = new ArrayList<>();
        a.path("byCode").fields().forEachRemaining(codes::add);
        codes.sort(Comparator.comparingDouble((Map.Entry<String, JsonNode> e) -> -e.getValue().path("generated").asDouble())
                .thenComparing(Map.Entry::getKey));
        for (int i = 0; i < Math.min(TOP_CODES, codes.size()); i++) {
            sb.append(alertRow(fmt, codes.get(i).getKey(), codes.get(i).getValue()));
        }
        sb.append('\n');
    }

    private static String alertRow(String fmt, String label, JsonNode x) {
        JsonNode l = x.path("latency");
        return f(fmt, label, count(x, "generated"), count(x, "delivered"), count(x, "suppressed"), count(x, "rejectedDuplicate"),
                count(x, "lost"), sec(l, "mean"), sec(l, "p50"), sec(l, "p99"), sec(l, "max"));
    }

    private static void lanes(StringBuilder sb, JsonNode lanes) {
        String fmt = "%-10s %12s %12s %11s %10s%n";
        sb.append(f(fmt, "lane", "processed", "utilisation", "queue mean", "queue max"));
        for (JsonNode l : lanes) {
            sb.append(f(fmt, l.path("id").asText(), count(l, "processed"), f("%.3f", l.path("utilisation").asDouble()),
                    f("%.2f", l.path("queue").path("mean").asDouble()), count(l.path("queue"), "max")));
        }
        sb.append('\n');
    }

    private static void wan(StringBuilder sb, JsonNode wan) {
        String fmt = "%-10s %12s %12s %11s %10s%n";
        sb.append(f(fmt, "WAN", "uplink util", "downlink", "up queue", "up max"));
        wan.fields().forEachRemaining(e -> sb.append(f(fmt, "region " + e.getKey(),
                f("%.3f", e.getValue().path("uplinkUtilisation").asDouble()), f("%.3f", e.getValue().path("downlinkUtilisation").asDouble()),
                f("%.2f", e.getValue().path("uplinkQueue").path("mean").asDouble()), count(e.getValue().path("uplinkQueue"), "max"))));
        sb.append('\n');
    }

    private static void requests(StringBuilder sb, JsonNode r) {
        String fmt = "%-13s %10s %10s %9s %9s %9s %9s %9s %9s%n";
        sb.append(f(fmt, "requests", "submitted", "completed", "timedOut", "resubmit", "throttled", "rejected", "mean s", "p99 s"));
        sb.append(requestRow(fmt, "all", r));
        r.path("byCategory").fields().forEachRemaining(e -> sb.append(requestRow(fmt, e.getKey(), e.getValue())));
        sb.append('\n');
    }

    private static String requestRow(String fmt, String label, JsonNode x) {
        JsonNode t = x.path("responseTime");
        return f(fmt, label, count(x, "submitted"), count(x, "completed"), count(x, "timedOut"), count(x, "resubmitted"),
                count(x, "throttled"), count(x, "rejected"), sec(t, "mean"), sec(t, "p99"));
    }

    private static void firmware(StringBuilder sb, JsonNode fw) {
        boolean any = false;
        String fmt = "%-10s %10s %10s %10s %10s %12s %10s %18s%n";
        StringBuilder rows = new StringBuilder(f(fmt, "firmware", "submitted", "cancelled", "completed", "in target", "as reported", "all jobs",
                "channels mean/max"));
        for (var it = fw.fields(); it.hasNext();) {
            var e = it.next();
            JsonNode x = e.getValue();
            any |= x.path("submitted").asDouble() > 0;
            rows.append(f(fmt, "region " + e.getKey(), count(x, "submitted"), count(x, "cancelledChannelsFull"), count(x, "completed"),
                    count(x, "withinTarget"), pct(x.path("asReported")), pct(x.path("allJobs")),
                    f("%.0f / %.0f of %.0f", x.path("channelsInUse").path("mean").asDouble(), x.path("channelsInUse").path("max").asDouble(),
                            x.path("channels").asDouble())));
        }
        if (any) {
            sb.append(rows).append('\n');
        }
    }

    private static void sla(StringBuilder sb, JsonNode measures) {
        String fmt = "%-13s %-6s %9s %10s %9s %9s %9s  %s%n";
        sb.append(f(fmt, "Service Level", "region", "TRT s", "measured", "achieved", "target", "minimum", "status"));
        for (JsonNode m : measures) {
            if (m.path("measured").asDouble() == 0) {
                continue;
            }
            sb.append(f(fmt, m.path("id").asText(), m.path("region").asText(), NetworkTable.num(m.path("targetResponseSeconds").asDouble()),
                    count(m, "measured"), pct(m.path("achieved")), pct(m.path("target")), pct(m.path("minimum")),
                    m.path("status").asText()));
        }
    }

    private static String count(JsonNode x, String key) {
        return f("%.0f", x.path(key).asDouble());
    }

    private static String sec(JsonNode x, String key) {
        return NetworkTable.num(x.path(key).asDouble());
    }

    private static String pct(JsonNode x) {
        return x.isNull() || x.isMissingNode() ? "-" : f("%.2f%%", 100 * x.asDouble());
    }

    private static String f(String fmt, Object... args) {
        return String.format(Locale.ROOT, fmt, args);
    }
}
