package org.stormsim.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.stormsim.dcc.DccReplicationResult;
import org.stormsim.dcc.ServiceLevels;
import org.stormsim.scenario.CalendarDate;
import org.stormsim.scenario.DccScenario;
import org.stormsim.scenario.DccUser;
import org.stormsim.scenario.MeasurePoint;

/**
 * The {@code sla} section of a GB summary: the measurement period (the run's days and the calendar
 * months it touches, and whether it is only a sample: a run that holds no whole calendar month gives
 * no verdict), and every Service Level measure per region (N, C, S, all) with where it starts and
 * stops, its Target Response Time, what it counted and left out, over the whole run, each day and
 * each calendar month; and the Code Performance Measures CPM1 and CPM2 per calendar month with their
 * parts ([F] PMM p3, p4, p8: the share of all the counted messages within their Target Response Times
 * over the calendar month). Statuses are judged on the mean across replications ({@link #judge}).
 */
final class ServiceLevelSummary {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String[] REGIONS = {"N", "C", "S", "all"};
    /** CPM1's parts: on-demand requests, Category 1 firmware payloads in each CSP region (PM2), RTT4 ([F] PMM p3). */
    private static final String[][] CPM1 = {{"onDemand", "all"}, {"firmware", "N"}, {"firmware", "C"}, {"firmware", "S"}, {"rtt4", "all"}};
    /** CPM2's parts: future-dated and DCC-scheduled requests, RTT2 and RTT3 ([F] PMM p4). */
    private static final String[][] CPM2 = {{"futureDated", "all"}, {"dccScheduled", "all"}, {"rtt3", "all"}, {"rtt2", "all"}};

    private ServiceLevelSummary() {
    }

    /** One replication's {@code sla} section. */
    static ObjectNode of(DccScenario sc, DccReplicationResult rep) {
        ServiceLevels levels = rep.metrics().serviceLevels();
        ObjectNode n = F.objectNode();
        List<CalendarDate.Month> months = sc.start().months(0, sc.duration().micros());
        Set<String> whole = wholeMonths(sc);
        n.set("period", period(sc, levels, months, whole));
        ArrayNode out = n.putArray("measures");
        for (ServiceLevels.Measure m : levels.measures()) {
            for (int r = 0; r < REGIONS.length; r++) {
                out.add(measure(sc, rep, levels, m, r, months, whole));
            }
        }
        ArrayNode cpm = n.putArray("cpm");
        cpm.add(cpm("CPM1", "on-demand: DSP on-demand responses, Category 1 firmware payloads per CSP region (PM2, every submitted job), RTT4",
                CPM1, out, months, whole));
        cpm.add(cpm("CPM2", "future-dated: DSP future-dated and DCC-scheduled responses, RTT3 and RTT2", CPM2, out, months, whole));
        return n;
    }

    private static Set<String> wholeMonths(DccScenario sc) {
        Set<String> out = new HashSet<>();
        for (CalendarDate.Month m : sc.start().months(sc.warmup().micros(), sc.duration().micros())) {
            if (m.whole()) {
                out.add(m.name());
            }
        }
        return out;
    }

    private static ObjectNode period(DccScenario sc, ServiceLevels levels, List<CalendarDate.Month> months, Set<String> whole) {
        ObjectNode p = F.objectNode();
        p.put("start", sc.start().text());
        p.put("days", levels.days());
        ArrayNode ms = p.putArray("months");
        for (CalendarDate.Month m : months) {
            ms.addObject().put("month", m.name()).put("whole", whole.contains(m.name()));
        }
        p.put("sample", whole.isEmpty());
        p.put("note", whole.isEmpty()
                ? "a sample: the run holds no whole calendar month after its warm-up, so no measure has a verdict (Service Levels are "
                        + "judged over a calendar month)"
                : "verdicts for whole calendar months only; the run's other periods are samples");
        return p;
    }

    private static ObjectNode measure(DccScenario sc, DccReplicationResult rep, ServiceLevels levels, ServiceLevels.Measure m, int r,
                                      List<CalendarDate.Month> months, Set<String> whole) {
        ObjectNode x = F.objectNode();
        x.put("id", m.id());
        x.put("region", REGIONS[r]);
        x.put("name", m.name());
        boolean tests = m.subject() == ServiceLevels.Subject.TEST_COMMANDS;
        x.put("from", tests ? "sent" : point(m.from()));
        x.put("to", tests ? "returned" : point(m.to()));
        x.put("counts", counts(m.subject()));
        x.put("targetResponseSeconds", m.trt() / 1e6);
        putCounts(x, measured(m, r, 0), within(m, r, 0));
        x.put("target", sc.sla().targetServiceLevel());
        x.put("minimum", sc.sla().minimumServiceLevel());
        x.put("status", "");
        x.put("againstTarget", "");
        if (r == REGIONS.length - 1) {
            ObjectNode ex = x.putObject("excluded");
            for (ServiceLevels.Exclusion e : ServiceLevels.Exclusion.values()) {
                if (m.excluded(e) > 0 || e == ServiceLevels.Exclusion.IN_FLIGHT_AT_END) {
                    ex.put(e.key(), m.excluded(e));
                }
            }
            ObjectNode lat = F.objectNode().put("count", m.latency().count());
            if (m.minLatency() >= 0) {
                lat.put("min", m.minLatency() / 1e6); // exact, not a histogram bucket
            } else {
                lat.putNull("min");
            }
            x.set("latency", NetworkSummary.latencyInto(lat, m.latency().stats()));
            x.set("byUser", byUser(sc, m));
        }
        ArrayNode days = x.putArray("byDay");
        for (int d = 0; d < levels.days(); d++) {
            ObjectNode day = days.addObject().put("date", sc.start().day(d).toString());
            putCounts(day, measured(m, r, 1 + d), within(m, r, 1 + d));
        }
        ArrayNode ms = x.putArray("byMonth");
        for (int k = 0; k < months.size(); k++) {
            ObjectNode mo = ms.addObject().put("month", months.get(k).name()).put("whole", whole.contains(months.get(k).name()));
            putCounts(mo, measured(m, r, 1 + levels.days() + k), within(m, r, 1 + levels.days() + k));
            mo.put("status", "");
            mo.put("againstTarget", "");
        }
        return x;
    }

    private static ObjectNode byUser(DccScenario sc, ServiceLevels.Measure m) {
        ObjectNode out = F.objectNode();
        List<DccUser> users = sc.users();
        for (int u = 0; u < users.size(); u++) {
            if (m.measuredOfUser(u) > 0) {
                putCounts(out.putObject(users.get(u).id()), m.measuredOfUser(u), m.withinOfUser(u));
            }
        }
        return out;
    }

    private static long measured(ServiceLevels.Measure m, int r, int period) {
        if (r < 3) {
            return m.measured(r, period);
        }
        return m.measured(0, period) + m.measured(1, period) + m.measured(2, period);
    }

    private static long within(ServiceLevels.Measure m, int r, int period) {
        if (r < 3) {
            return m.within(r, period);
        }
        return m.within(0, period) + m.within(1, period) + m.within(2, period);
    }

    private static void putCounts(ObjectNode x, long measured, long within) {
        x.put("measured", measured);
        x.put("within", within);
        if (measured == 0) {
            x.putNull("achieved");
        } else {
            x.put("achieved", within / (double) measured);
        }
    }

    /** What is left out as still on its way when the run ended (whenever raised), by what the measure counts. */
    private static String counts(ServiceLevels.Subject s) {
        return switch (s) {
            case DELIVERIES -> "alert deliveries (one per User an alert goes to)";
            case ATTEMPTS -> "request attempts (each retry counts as its own)";
            case REQUESTS -> "requests (across their attempts)";
            case TEST_COMMANDS -> "CSP test commands";
        };
    }

    private static String point(MeasurePoint p) {
        String[] parts = p.name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            b.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return b.toString();
    }

    /** A composite measure: per calendar month, the share within target of all its parts' counted messages. */
    private static ObjectNode cpm(String id, String name, String[][] parts, ArrayNode measures, List<CalendarDate.Month> months,
                                  Set<String> whole) {
        ObjectNode c = F.objectNode();
        c.put("id", id);
        c.put("name", name);
        ArrayNode ps = c.putArray("parts");
        for (String[] p : parts) {
            ps.add(p[0] + "." + p[1]);
        }
        ArrayNode by = c.putArray("byMonth");
        for (int k = 0; k < months.size(); k++) {
            ObjectNode mo = by.addObject().put("month", months.get(k).name()).put("whole", whole.contains(months.get(k).name()));
            long measured = 0;
            long within = 0;
            ArrayNode of = F.arrayNode();
            for (String[] p : parts) {
                JsonNode part = find(measures, p[0], p[1]).path("byMonth").path(k);
                measured += part.path("measured").asLong();
                within += part.path("within").asLong();
                ObjectNode x = of.addObject().put("measure", p[0]).put("region", p[1]);
                putCounts(x, part.path("measured").asLong(), part.path("within").asLong());
            }
            putCounts(mo, measured, within);
            mo.put("status", "");
            mo.put("againstTarget", "");
            mo.set("parts", of);
        }
        return c;
    }

    private static JsonNode find(ArrayNode measures, String id, String region) {
        for (JsonNode m : measures) {
            if (m.path("id").asText().equals(id) && m.path("region").asText().equals(region)) {
                return m;
            }
        }
        return F.missingNode();
    }

    /**
     * Sets every status of an {@code sla} section (after the mean across replications): for a whole
     * calendar month met, belowTarget, belowMinimum or noData against the Target and Minimum Service
     * Levels; for a part of a month, sample. A measure's status over the whole run is its verdict when
     * the run is one whole calendar month, {@code byMonth} when it holds several months of which some
     * are whole (their verdicts are in byMonth), and sample when it holds no whole month.
     * Beside each status, {@code againstTarget} sets the period's figure against the same levels
     * whatever its length: for a sample it reads the sample (a storm day below target), it is not a
     * Service Level verdict.
     */
    static void judge(JsonNode sla, double target, double minimum) {
        boolean sample = sla.path("period").path("sample").asBoolean(true);
        JsonNode months = sla.path("period").path("months");
        boolean oneWholeMonth = months.size() == 1 && months.get(0).path("whole").asBoolean();
        for (JsonNode m : sla.path("measures")) {
            String reading = status(m.path("achieved"), target, minimum);
            ((ObjectNode) m).put("status", sample ? "sample" : oneWholeMonth ? reading : "byMonth");
            ((ObjectNode) m).put("againstTarget", reading);
            m.path("byMonth").forEach(mo -> judgeMonth((ObjectNode) mo, target, minimum));
        }
        for (JsonNode c : sla.path("cpm")) {
            c.path("byMonth").forEach(mo -> judgeMonth((ObjectNode) mo, target, minimum));
        }
    }

    private static void judgeMonth(ObjectNode month, double target, double minimum) {
        String reading = status(month.path("achieved"), target, minimum);
        month.put("status", month.path("whole").asBoolean() ? reading : "sample");
        month.put("againstTarget", reading);
    }

    private static String status(JsonNode achieved, double target, double minimum) {
        return DccSummary.status(achieved.isNumber() ? achieved.asDouble() : Double.NaN, target, minimum);
    }
}
