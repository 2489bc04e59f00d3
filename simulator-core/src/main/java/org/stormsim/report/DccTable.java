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
        dsp(sb, s.path("dsp"));
        lanes(sb, s.path("lanes"));
        wan(sb, s.path("wan"));
        capacity(sb, s.path("capacity"));
        requests(sb, s.path("serviceRequests"));
        firmware(sb, s.path("firmware"));
        sla(sb, s.path("sla"));
        withoutThrottling(sb, s.path("sla").path("measures"), s.path("throttling").path("serviceRequestTrafficManagement"));
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
        JsonNode s1 = a.path("smets1");
        if (!s1.isMissingNode()) {
            JsonNode mg = s1.path("migrations");
            sb.append(String.format(java.util.Locale.ROOT,
                    "SMETS1 (over the S1SP): %,.0f installations on average, %,d alerts (%,.0f a day, %.2f per installation a day); "
                            + "migrations %,d attempted, %,d migrated, %,d failed, %,d lost%n",
                    s1.path("installations").asDouble(), s1.path("generated").asLong(), s1.path("perDay").asDouble(),
                    s1.path("perInstallationPerDay").asDouble(), mg.path("attempted").asLong(), mg.path("migrated").asLong(),
                    mg.path("failed").asLong(), mg.path("lost").asLong()));
        }
        sb.append('\n');
    }

    private static String alertRow(String fmt, String label, JsonNode x) {
        JsonNode l = x.path("latency");
        return f(fmt, label, count(x, "generated"), count(x, "delivered"), count(x, "suppressed"), count(x, "rejectedDuplicate"),
                count(x, "lost"), sec(l, "mean"), sec(l, "p50"), sec(l, "p99"), sec(l, "max"));
    }

    /** The DSP's servers, which alerts (before the lanes) and Service Requests share: load and the waits of each. */
    private static void dsp(StringBuilder sb, JsonNode dsp) {
        if (dsp.isMissingNode()) {
            return;
        }
        String fmt = "%-10s %8s %12s %11s %10s %22s %22s%n";
        sb.append(f(fmt, "DSP", "servers", "utilisation", "queue mean", "queue max", "alert wait mean/max s", "request wait mean/max s"));
        JsonNode w = dsp.path("wait");
        sb.append(f(fmt, "servers", count(dsp, "servers"), f("%.3f", dsp.path("utilisation").asDouble()),
                f("%.2f", dsp.path("queue").path("mean").asDouble()), count(dsp.path("queue"), "max"),
                sec(w.path("alerts"), "mean") + " / " + sec(w.path("alerts"), "max"),
                sec(w.path("requests"), "mean") + " / " + sec(w.path("requests"), "max")));
        sb.append('\n');
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

    /** The end-to-end capacity: each stage's peak-hour and mean offered load, headroom, the growth that saturates it, and the first to saturate. */
    private static void capacity(StringBuilder sb, JsonNode c) {
        if (c.isMissingNode()) {
            return;
        }
        String fmt = "%-18s %8s %11s %13s %13s %9s %13s%n";
        sb.append(f(fmt, "capacity", "servers", "peak hour", "peak offered", "mean offered", "headroom", "saturates at"));
        for (JsonNode x : c.path("stages")) {
            long h = x.path("peakHourStartSeconds").asLong() / 3600;
            JsonNode g = x.path("saturatesAtGrowth");
            sb.append(f(fmt, x.path("id").asText(), count(x, "servers"), f("d%d %02d:00", h / 24 + 1, h % 24),
                    f("%.3f", x.path("peakHourOfferedLoad").asDouble()), f("%.3f", x.path("meanOfferedLoad").asDouble()),
                    f("%.3f", x.path("headroom").asDouble()), g.isNumber() ? f("x%.2f", g.asDouble()) : "never"));
        }
        JsonNode first = c.path("firstToSaturate");
        sb.append(first.path("id").isTextual() ? f("first to saturate: %s (%s) at x%.2f its load; %s%n", first.path("id").asText(),
                first.path("stage").asText(), first.path("saturatesAtGrowth").asDouble(), c.path("period").asText())
                : "first to saturate: none (no stage was offered load)\n");
        sb.append('\n');
    }

    private static void requests(StringBuilder sb, JsonNode r) {
        String fmt = "%-13s %10s %10s %9s %9s %9s %9s %9s %9s%n";
        sb.append(f(fmt, "requests", "submitted", "completed", "timedOut", "resubmit", "throttled", "rejected", "mean s", "p99 s"));
        sb.append(requestRow(fmt, "all", r));
        r.path("byCategory").fields().forEachRemaining(e -> sb.append(requestRow(fmt, e.getKey(), e.getValue())));
        sb.append('\n');
        String users = "%-13s %10s %10s %10s %11s %13s %10s %10s %10s %12s%n";
        sb.append(f(users, "User's view", "requests", "completed", "abandoned", "after t-out", "after refusal", "otherwise", "refused",
                "deferred", "mean to end"));
        r.path("byUser").fields().forEachRemaining(e -> {
            JsonNode q = e.getValue().path("requests");
            if (q.path("completed").asDouble() + q.path("abandoned").asDouble() == 0) {
                return; // a User that sent nothing
            }
            double timedOut = 0;
            double refused = 0;
            double other = 0;
            double completedTime = 0;
            double completedCount = 0;
            for (JsonNode c : q.path("byCategory")) {
                timedOut += c.path("abandonedAfterTimeOut").asDouble();
                refused += c.path("abandonedAfterRefusal").asDouble();
                other += c.path("abandonedOtherwise").asDouble();
                JsonNode t = c.path("timeToComplete");
                completedTime += t.path("mean").asDouble() * t.path("count").asDouble();
                completedCount += t.path("count").asDouble();
            }
            sb.append(f(users, e.getKey(), f("%.0f", q.path("completed").asDouble() + q.path("abandoned").asDouble()), count(q, "completed"),
                    count(q, "abandoned"), f("%.0f", timedOut), f("%.0f", refused), f("%.0f", other), count(e.getValue(), "throttled"),
                    count(e.getValue(), "deferred"), completedCount > 0 ? NetworkTable.num(completedTime / completedCount) + " s" : "-"));
        });
        sb.append('\n');
    }

    private static String requestRow(String fmt, String label, JsonNode x) {
        JsonNode t = x.path("responseTime");
        return f(fmt, label, count(x, "submitted"), count(x, "completed"), count(x, "timedOut"), count(x, "resubmitted"),
                count(x, "throttled"), count(x, "rejected"), sec(t, "mean"), sec(t, "p99"));
    }

    private static void firmware(StringBuilder sb, JsonNode fw) {
        boolean any = false;
        String fmt = "%-10s %10s %10s %9s %9s %9s %10s %10s %10s %11s %18s%n";
        StringBuilder rows = new StringBuilder(f(fmt, "firmware", "submitted", "cancelled", "dropped", "rejected", "failed", "completed",
                "in target", "all jobs", "as reported", "channels mean/max"));
        for (var it = fw.fields(); it.hasNext();) {
            var e = it.next();
            JsonNode x = e.getValue();
            any |= x.path("submitted").asDouble() > 0;
            rows.append(f(fmt, "region " + e.getKey(), count(x, "submitted"), count(x, "cancelledChannelsFull"), count(x, "droppedFromQueue"),
                    count(x, "rejectedByDevice"), count(x, "failed"), count(x, "completed"), count(x, "withinTarget"), pct(x.path("allJobs")),
                    pct(x.path("asReported")),
                    f("%.1f / %.0f of %.0f", x.path("channelsInUse").path("mean").asDouble(), x.path("channelsInUse").path("max").asDouble(),
                            x.path("channels").asDouble())));
        }
        if (any) {
            sb.append(rows);
            sb.append("all jobs (PM2 as the OPSG asked: \"all submitted jobs should be reported on\") not within target, by cause:\n");
            fw.fields().forEachRemaining(e -> {
                StringBuilder causes = new StringBuilder();
                e.getValue().path("missedByCause").fields().forEachRemaining(c -> causes.append(causes.length() == 0 ? "" : ", ")
                        .append(c.getKey()).append(' ').append(f("%.0f", c.getValue().asDouble())));
                sb.append(f("  region %s: %s%n", e.getKey(), causes));
            });
            sb.append('\n');
        }
    }

    /** Measures shown by region as well as over all: the DCC's alert delivery and what CPM1 is made of. */
    private static final java.util.Set<String> BY_REGION = java.util.Set.of("alerts", "onDemand", "firmware");

    /**
     * The period (a sample when the run holds no whole calendar month), every measure over all regions
     * with where it runs from and to, what it left out, and its status; a few by region; the Code
     * Performance Measures by month with their parts.
     */
    private static void sla(StringBuilder sb, JsonNode sla) {
        JsonNode period = sla.path("period");
        sb.append(f("Service Levels from %s, %d day(s): %s%n", period.path("start").asText(), period.path("days").asInt(),
                period.path("note").asText()));
        String fmt = "%-19s %-6s %-29s %7s %10s %9s %9s  %-12s %-13s %s%n";
        sb.append(f(fmt, "measure", "region", "from -> to", "TRT s", "measured", "achieved", "target", "verdict", "against target",
                "left out"));
        for (JsonNode m : sla.path("measures")) {
            boolean all = m.path("region").asText().equals("all");
            if (m.path("measured").asDouble() == 0 || !all && !BY_REGION.contains(m.path("id").asText())) {
                continue;
            }
            StringBuilder out = new StringBuilder();
            m.path("excluded").fields().forEachRemaining(e -> {
                if (e.getValue().asDouble() > 0) {
                    out.append(out.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(f("%.0f", e.getValue().asDouble()));
                }
            });
            sb.append(f(fmt, m.path("id").asText(), m.path("region").asText(), m.path("from").asText() + " -> " + m.path("to").asText(),
                    trt(m.path("targetResponseSeconds").asDouble()), count(m, "measured"), pct(m.path("achieved")),
                    pct(m.path("target")), m.path("status").asText(), m.path("againstTarget").asText(), out));
        }
        for (JsonNode c : sla.path("cpm")) {
            for (JsonNode mo : c.path("byMonth")) {
                StringBuilder parts = new StringBuilder();
                for (JsonNode p : mo.path("parts")) {
                    if (p.path("measured").asDouble() > 0) {
                        parts.append(parts.length() == 0 ? "" : ", ").append(p.path("measure").asText()).append(' ')
                                .append(p.path("region").asText()).append(' ').append(pct(p.path("achieved")));
                    }
                }
                boolean whole = mo.path("whole").asBoolean();
                sb.append(f("%-4s %s%s: %s (%s measured), %s; parts: %s%n", c.path("id").asText(), mo.path("month").asText(),
                        whole ? "" : " (part)", pct(mo.path("achieved")), count(mo, "measured"),
                        whole ? mo.path("status").asText() : "a sample, no verdict", parts));
            }
        }
    }

    /**
     * TABASC's comparison, when SECMP0067 is on: every measure over all regions with the rule and, from
     * the same scenario and seed run without it, without; with the count each leaves out of the SEC's
     * measure (a refused request leaves it, and shows in the User's view instead).
     */
    private static void withoutThrottling(StringBuilder sb, JsonNode with, JsonNode srtm) {
        JsonNode without = srtm.path("slaWithoutThrottling");
        if (!without.isArray() || without.isEmpty()) {
            return;
        }
        String fmt = "%-23s %12s %12s %10s %12s %12s %10s%n";
        sb.append('\n');
        episodes(sb, srtm);
        sb.append(f("SECMP0067 on and off (the same scenario and seed; over all regions)%n"));
        sb.append(f(fmt, "measure", "measured on", "achieved on", "left out", "measured off", "achieved off", "left out"));
        for (JsonNode m : with) {
            if (!m.path("region").asText().equals("all") || m.path("measured").asDouble() == 0) {
                continue;
            }
            JsonNode o = null;
            for (JsonNode c : without) {
                if (c.path("id").asText().equals(m.path("id").asText()) && c.path("region").asText().equals("all")) {
                    o = c;
                }
            }
            if (o == null) {
                continue;
            }
            sb.append(f(fmt, m.path("id").asText(), count(m, "measured"), pct(m.path("achieved")), f("%.0f", leftOut(m)),
                    count(o, "measured"), pct(o.path("achieved")), f("%.0f", leftOut(o))));
        }
    }

    /** How often and how long SECMP0067 was in effect: its episodes' count, time, and duration percentiles. */
    private static void episodes(StringBuilder sb, JsonNode srtm) {
        JsonNode e = srtm.path("episodes");
        JsonNode d = e.path("duration");
        sb.append(f("SECMP0067 episodes: %s, in effect %s s (%.2f%% of the time); duration p50 %s s, p90 %s s, p99 %s s, max %s s; "
                + "%s longer than the risk limit (%s s)%n", count(e, "count"), count(e, "totalSeconds"), 100 * e.path("fractionOfTime").asDouble(),
                sec(d, "p50"), sec(d, "p90"), sec(d, "p99"), sec(d, "max"), count(e, "longerThanRiskLimit"), sec(srtm, "riskLimitSeconds")));
    }

    private static double leftOut(JsonNode m) {
        double n = 0;
        for (JsonNode v : m.path("excluded")) {
            n += v.asDouble();
        }
        return n;
    }

    /** A Target Response Time in seconds: whole seconds without decimals, else three significant figures. */
    static String trt(double seconds) {
        return seconds == Math.rint(seconds) ? f("%.0f", seconds) : f("%.3g", seconds);
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
