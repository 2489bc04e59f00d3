package org.stormsim.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.stormsim.catalogue.AlertCatalogue;
import org.stormsim.catalogue.ServiceCategory;
import org.stormsim.catalogue.ServiceRequestCatalogue;
import org.stormsim.dcc.Counters;
import org.stormsim.dcc.DccMetrics;
import org.stormsim.dcc.DccReplicationResult;
import org.stormsim.dcc.StageStats;
import org.stormsim.experiment.MessageLedger;
import org.stormsim.metrics.BatchMeans;
import org.stormsim.metrics.Estimate;
import org.stormsim.metrics.LatencyRecorder;
import org.stormsim.metrics.LatencyStats;
import org.stormsim.scenario.DccScenario;
import org.stormsim.throttle.ThrottlingStats;

/**
 * The {@code summary.json} of a {@code kind: dcc} run: alerts (by code and region), Service Requests
 * (by category, User and variant), motorway lanes, WAN, firmware, Service Level measures and the
 * conservation ledgers. Counts cover the whole run (so the ledger's terms add up); latencies and
 * Service Level measures cover what was raised or submitted after warm-up. SI units. With several
 * replications every number is the mean across them; the {@code run} section alone depends on the
 * machine.
 */
public final class DccSummary {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String[] REGIONS = DccScenario.REGIONS.toArray(new String[0]);

    private DccSummary() {
    }

    /**
     * The summary of the replications {@code reps} of {@code scenario} (as run: its replications are
     * those here); with SECMP0067 on, {@code withoutThrottling} are the same scenario and seed with it
     * off (common random numbers: the same arrivals), whose Service Level measures go under
     * {@code throttling.serviceRequestTrafficManagement.slaWithoutThrottling} (null: none).
     */
    public static ObjectNode build(DccScenario scenario, List<DccRecord> reps, List<DccRecord> withoutThrottling, RunFacts facts) {
        ObjectNode root = build(scenario, reps, facts);
        if (withoutThrottling != null) {
            ObjectNode without = build(scenario.withoutRequestThrottling(), withoutThrottling, facts);
            ((ObjectNode) root.path("throttling").path("serviceRequestTrafficManagement"))
                    .set("slaWithoutThrottling", without.path("sla").path("measures"));
        }
        return root;
    }

    private static ObjectNode build(DccScenario scenario, List<DccRecord> records, RunFacts facts) {
        DccScenario sc = scenario.withReplications(records.size());
        boolean completed = records.stream().allMatch(DccRecord::completed);
        ObjectNode root = SummaryJson.open(sc, sc.name(), sc.kind(), sc.seed(), sc.replications(), completed);
        List<ObjectNode> reps = new ArrayList<>();
        for (DccRecord rep : records) {
            reps.add(rep.figures().tree());
        }
        JsonNode mean = JsonMean.of(reps);
        mean.fields().forEachRemaining(e -> root.set(e.getKey(), e.getValue()));
        root.put("ci95Method", reps.size() > 1 ? "replications" : "batchMeans");
        root.set("ci95", reps.size() > 1 ? halfWidths(reps) : batchMeans(records.get(0)));
        for (JsonNode m : root.path("sla").path("measures")) {
            JsonNode a = m.path("achieved");
            ((ObjectNode) m).put("status", status(a.isNumber() ? a.asDouble() : Double.NaN, m.path("target").asDouble(),
                    m.path("minimum").asDouble())); // the status of the mean across replications
        }
        SummaryJson.close(root, facts.wallSeconds(), facts.events(), facts.threads());
        return root;
    }

    /**
     * Within one replication: batch-means half-widths of the mean alert latency and SR response time,
     * null when there were too few batches or the batch means are strongly correlated (a daily profile
     * or a storm makes a day non-stationary; replications are the honest interval then); every other
     * figure null. {@code batchMeans} says how many batches of what size, and their lag-1
     * autocorrelation. Never an interval that treats successive latencies as independent.
     */
    private static ObjectNode batchMeans(DccRecord rep) {
        ObjectNode ci = F.objectNode();
        for (String pointer : WITH_INTERVALS) {
            ci.putNull(pointer);
        }
        putInterval(ci, "/alerts/latency/mean", rep.alertBatches());
        putInterval(ci, "/serviceRequests/responseTime/mean", rep.responseBatches());
        return ci;
    }

    private static void putInterval(ObjectNode ci, String pointer, BatchMeans.Interval i) {
        if (i.trustworthy()) {
            ci.put(pointer, i.halfWidth95());
        } else {
            ci.putNull(pointer);
        }
        ObjectNode all = ci.has("batchMeans") ? (ObjectNode) ci.get("batchMeans") : ci.putObject("batchMeans");
        ObjectNode b = all.putObject(pointer);
        b.put("batches", i.batches());
        b.put("batchSize", i.batchSize());
        if (Double.isNaN(i.lag1())) {
            b.putNull("lag1Autocorrelation");
        } else {
            b.put("lag1Autocorrelation", i.lag1());
        }
    }

    /** The figures given a 95% half-width across replications (Student t), as JSON pointers into the summary. */
    private static final List<String> WITH_INTERVALS = List.of("/alerts/latency/mean", "/alerts/latency/p99", "/alerts/latency/p999",
            "/alerts/delivered", "/alerts/suppressed", "/serviceRequests/responseTime/mean", "/serviceRequests/responseTime/p99",
            "/serviceRequests/responseTime/p999",
            "/serviceRequests/timedOut", "/serviceRequests/throttled");

    /**
     * Sections whose every number is given a half-width; the large per-code, per-User and per-variant
     * breakdowns are left out (any of their figures gets one through a metric path: sweep, --precision).
     */
    private static final List<String> SECTIONS_WITH_INTERVALS = List.of("alerts", "serviceRequests", "lanes", "wan", "firmware",
            "throttling");
    private static final java.util.Set<String> BREAKDOWNS = java.util.Set.of("byCode", "byUser", "byVariant", "episodesByUser",
            "slaWithoutThrottling");

    /**
     * 95% confidence half-widths across replications, keyed by JSON pointer: every number of the
     * alerts, Service Requests, lanes, WAN, firmware and throttling sections (by region, not by code,
     * User or variant) and every Service Level measure's {@code achieved}; null where a replication had
     * no value.
     */
    private static ObjectNode halfWidths(List<ObjectNode> reps) {
        ObjectNode ci = F.objectNode();
        List<String> pointers = new ArrayList<>(WITH_INTERVALS);
        for (String section : SECTIONS_WITH_INTERVALS) {
            numberPointers(reps.get(0).path(section), "/" + section, pointers);
        }
        for (String pointer : new java.util.LinkedHashSet<>(pointers)) {
            putHalfWidth(ci, pointer, reps, r -> r.at(pointer));
        }
        int measures = reps.get(0).path("sla").path("measures").size();
        for (int i = 0; i < measures; i++) {
            int k = i;
            JsonNode m = reps.get(0).path("sla").path("measures").get(i);
            putHalfWidth(ci, "/sla/measures/" + m.path("id").asText() + "/" + m.path("region").asText() + "/achieved", reps,
                    r -> r.path("sla").path("measures").path(k).path("achieved"));
        }
        return ci;
    }

    /** The JSON pointers of every number under {@code node}, breakdowns left out. */
    private static void numberPointers(JsonNode node, String at, List<String> out) {
        if (node.isNumber()) {
            out.add(at);
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (!BREAKDOWNS.contains(e.getKey())) {
                    numberPointers(e.getValue(), at + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), out);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                numberPointers(node.get(i), at + "/" + i, out);
            }
        }
    }

    private static void putHalfWidth(ObjectNode ci, String key, List<ObjectNode> reps, java.util.function.Function<ObjectNode, JsonNode> at) {
        double[] values = new double[reps.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode v = at.apply(reps.get(i));
            if (!v.isNumber()) {
                ci.putNull(key);
                return;
            }
            values[i] = v.asDouble();
        }
        Double hw = Estimate.of(values).halfWidth95();
        if (hw == null) {
            ci.putNull(key);
        } else {
            ci.put(key, hw);
        }
    }

    /**
     * One replication's results in the summary's shape (before averaging): what the summary averages
     * and {@code --precision}, sweeps and lane sizing read their metrics from.
     */
    public static Figures figures(DccScenario sc, DccReplicationResult rep) {
        ObjectNode n = F.objectNode();
        ObjectNode sim = n.putObject("simulated");
        sim.put("seconds", rep.simulatedSeconds());
        sim.put("warmupSeconds", sc.warmup().seconds());
        sim.put("events", rep.events());
        n.set("alerts", alerts(rep));
        ObjectNode requests = requests(sc, rep.metrics());
        requests.put("inFlightAtEnd", rep.counters().unresolvedRequests());
        n.set("serviceRequests", requests);
        n.set("lanes", lanes(rep));
        n.set("wan", wan(rep));
        n.set("firmware", firmware(rep));
        n.set("sla", sla(sc, rep.metrics()));
        n.set("throttling", throttling(sc, rep));
        n.set("ledger", ledger(rep.ledgers()));
        return new Figures(n);
    }

    private static ObjectNode throttling(DccScenario sc, DccReplicationResult rep) {
        ObjectNode n = F.objectNode();
        ThrottlingStats t = rep.throttling();
        ObjectNode asp = n.putObject("alertStormProtection");
        asp.put("enabled", t.protection() != null);
        if (t.protection() != null) {
            protection(asp, t.protection(), rep);
        }
        ObjectNode tm = n.putObject("serviceRequestTrafficManagement");
        tm.put("enabled", t.management() != null);
        if (t.management() != null) {
            management(tm, sc, t.management(), rep);
        }
        return n;
    }

    private static void protection(ObjectNode n, ThrottlingStats.Protection p, DccReplicationResult rep) {
        n.put("suppressed", sum(p.suppressedByCode()));
        n.put("consolidatedForwarded", p.consolidatedForwarded());
        n.put("suppressedNotYetForwarded", p.pendingAtEnd());
        n.put("devicesThrottled", p.devicesThrottled());
        ObjectNode byCode = n.putObject("byCode");
        for (int c = 0; c < p.suppressedByCode().length; c++) {
            if (p.suppressedByCode()[c] > 0) {
                byCode.put(AlertCatalogue.get().at(c).code(), p.suppressedByCode()[c]);
            }
        }
        ArrayNode spared = n.putArray("laneLoadSpared");
        for (int k = 0; k < p.sparedByLane().length; k++) {
            long saved = p.sparedByLane()[k];
            StageStats lane = rep.stages().lanes().get(k);
            ObjectNode x = spared.addObject();
            x.put("id", lane.id());
            x.put("alertsSpared", saved);
            putFraction(x, "fractionOfOffered", saved, saved + lane.processed());
        }
    }

    private static void management(ObjectNode n, DccScenario sc, ThrottlingStats.Management t, DccReplicationResult rep) {
        DccMetrics m = rep.metrics();
        DccMetrics.RequestCounts all = m.requests();
        n.put("throttled", all.throttled());
        n.put("deferred", all.deferred());
        n.put("stillDeferredAtEnd", t.stillDeferred());
        ObjectNode byUser = n.putObject("byUser");
        for (int u = 0; u < sc.users().size(); u++) {
            byUser.set(sc.users().get(u).id(), throttleCounts(m.requestsOfUser(u)));
        }
        ObjectNode byVariant = n.putObject("byVariant");
        for (int v = 0; v < m.variants(); v++) {
            if (m.requestsOfVariant(v).submitted() > 0) {
                byVariant.set(ServiceRequestCatalogue.get().at(v).variant(), throttleCounts(m.requestsOfVariant(v)));
            }
        }
        n.set("episodes", episodes(t.system(), rep.simulatedSeconds()));
        ObjectNode users = n.putObject("episodesByUser");
        for (int u = 0; u < sc.users().size(); u++) {
            users.set(sc.users().get(u).id(), episodes(t.byUser().get(u), rep.simulatedSeconds()));
        }
    }

    private static ObjectNode throttleCounts(DccMetrics.RequestCounts row) {
        ObjectNode x = F.objectNode();
        x.put("submitted", row.submitted());
        x.put("throttled", row.throttled());
        x.put("deferred", row.deferred());
        return x;
    }

    private static ObjectNode episodes(ThrottlingStats.Episodes e, double simulatedSeconds) {
        ObjectNode x = F.objectNode();
        x.put("count", e.count());
        x.put("totalSeconds", e.totalSeconds());
        x.put("fractionOfTime", simulatedSeconds > 0 ? e.totalSeconds() / simulatedSeconds : 0.0);
        x.put("requestsAffected", e.affected());
        ObjectNode d = x.putObject("duration");
        d.put("p50", e.p50());
        d.put("p90", e.p90());
        d.put("p99", e.p99());
        d.put("max", e.max());
        return x;
    }

    private static ObjectNode alerts(DccReplicationResult rep) {
        DccMetrics m = rep.metrics();
        Counters c = rep.counters();
        ObjectNode n = F.objectNode();
        MessageLedger l = rep.ledgers().get(0);
        n.put("generated", l.generated());
        l.terms().forEach(n::put);
        long consolidated = 0;
        for (int code = 0; code < AlertCatalogue.get().size(); code++) {
            consolidated += m.consolidatedInto(code);
        }
        n.put("consolidatedInto", consolidated);
        n.set("latency", latency(m.alertLatency()));
        ObjectNode byCode = n.putObject("byCode");
        AlertCatalogue cat = AlertCatalogue.get();
        for (int code = 0; code < cat.size(); code++) {
            long raised = c.raised(code, 0) + c.raised(code, 1) + c.raised(code, 2);
            if (raised == 0) {
                continue;
            }
            ObjectNode x = alertCounts(raised, m.alertsOfCode(code));
            x.put("inFlightAtEnd", c.inFlight(code));
            x.set("latency", latency(m.alertLatencyOfCode(code)));
            byCode.set(cat.at(code).code(), x);
        }
        ObjectNode byRegion = n.putObject("byRegion");
        for (int r = 0; r < REGIONS.length; r++) {
            long raised = 0;
            for (int code = 0; code < cat.size(); code++) {
                raised += c.raised(code, r);
            }
            ObjectNode x = alertCounts(raised, m.alertsOfRegion(r));
            x.put("inFlightAtEnd", c.inFlightInRegion(r));
            x.set("latency", latency(m.alertLatencyOfRegion(r)));
            byRegion.set(REGIONS[r], x);
        }
        return n;
    }

    private static ObjectNode alertCounts(long generated, DccMetrics.AlertCounts row) {
        ObjectNode x = F.objectNode();
        x.put("generated", generated);
        x.put("delivered", row.delivered());
        x.put("suppressed", row.suppressed());
        x.put("rejectedDuplicate", row.rejectedDuplicate());
        x.put("lost", row.lost());
        return x;
    }

    private static ObjectNode requests(DccScenario sc, DccMetrics m) {
        ObjectNode n = requestCounts(m.requests());
        n.set("responseTime", latency(m.responseTime()));
        ObjectNode byCategory = n.putObject("byCategory");
        for (ServiceCategory c : ServiceCategory.values()) {
            if (c != ServiceCategory.ALERTS && m.requestsOfCategory(c).submitted() > 0) {
                ObjectNode x = requestCounts(m.requestsOfCategory(c));
                x.set("responseTime", latency(m.responseTimeOfCategory(c)));
                byCategory.set(c.key(), x);
            }
        }
        ObjectNode byUser = n.putObject("byUser");
        for (int u = 0; u < sc.users().size(); u++) {
            ObjectNode x = requestCounts(m.requestsOfUser(u));
            x.set("responseTime", latency(m.responseTimeOfUser(u)));
            byUser.set(sc.users().get(u).id(), x);
        }
        ObjectNode byVariant = n.putObject("byVariant");
        for (int v = 0; v < m.variants(); v++) {
            if (m.requestsOfVariant(v).submitted() > 0) {
                ObjectNode x = requestCounts(m.requestsOfVariant(v));
                x.set("responseTime", latency(m.responseTimeOfVariant(v)));
                byVariant.set(ServiceRequestCatalogue.get().at(v).variant(), x);
            }
        }
        return n;
    }

    private static ObjectNode requestCounts(DccMetrics.RequestCounts row) {
        ObjectNode x = F.objectNode();
        x.put("submitted", row.submitted());
        x.put("completed", row.completed());
        x.put("timedOut", row.timedOut());
        x.put("resubmitted", row.resubmitted());
        x.put("throttled", row.throttled());
        x.put("deferred", row.deferred());
        x.put("rejected", row.rejected());
        x.put("lost", row.lost());
        return x;
    }

    private static ArrayNode lanes(DccReplicationResult rep) {
        ArrayNode out = F.arrayNode();
        for (StageStats s : rep.stages().lanes()) {
            ObjectNode x = out.addObject();
            x.put("id", s.id());
            x.put("processed", s.processed());
            x.put("utilisation", s.utilisation());
            ObjectNode q = x.putObject("queue");
            q.put("mean", s.queueMean());
            q.put("max", s.queueMax());
        }
        return out;
    }

    private static ObjectNode wan(DccReplicationResult rep) {
        ObjectNode out = F.objectNode();
        for (int k = 0; k < REGIONS.length; k++) {
            StageStats up = rep.stages().uplink().get(k);
            StageStats down = rep.stages().downlink().get(k);
            ObjectNode x = out.putObject(REGIONS[k]);
            x.put("uplinkUtilisation", up.utilisation());
            x.put("downlinkUtilisation", down.utilisation());
            ObjectNode q = x.putObject("uplinkQueue");
            q.put("mean", up.queueMean());
            q.put("max", up.queueMax());
            x.put("uplinkMessages", up.processed());
            x.put("downlinkMessages", down.processed());
        }
        return out;
    }

    private static ObjectNode firmware(DccReplicationResult rep) {
        DccMetrics m = rep.metrics();
        ObjectNode out = F.objectNode();
        for (int r = 0; r < REGIONS.length; r++) {
            DccMetrics.FirmwareCounts f = m.firmware(r);
            ObjectNode x = out.putObject(REGIONS[r]);
            StageStats pool = rep.stages().firmware().get(r);
            int channels = pool.servers(); // the pool as run, at the population scale
            x.put("channels", channels);
            ObjectNode inUse = x.putObject("channelsInUse");
            inUse.put("mean", Double.isNaN(pool.utilisation()) ? 0.0 : pool.utilisation() * channels);
            inUse.put("max", pool.busyMax());
            x.put("submitted", f.submitted());
            x.put("cancelledChannelsFull", f.cancelledChannelsFull());
            x.put("completed", f.completed());
            x.put("withinTarget", f.withinTarget());
            long reported = f.finished() - f.cancelledChannelsFull();
            putFraction(x, "asReported", f.withinTarget(), reported);
            putFraction(x, "allJobs", f.withinTarget(), f.finished());
        }
        return out;
    }

    private static ObjectNode sla(DccScenario sc, DccMetrics m) {
        ObjectNode n = F.objectNode();
        ArrayNode measures = n.putArray("measures");
        for (ServiceCategory c : ServiceCategory.values()) {
            long allMeasured = 0;
            long allWithin = 0;
            for (int r = 0; r < REGIONS.length; r++) {
                allMeasured += m.measured(c, r);
                allWithin += m.withinTarget(c, r);
                measure(measures, sc, c, REGIONS[r], m.withinTarget(c, r), m.measured(c, r));
            }
            measure(measures, sc, c, "all", allWithin, allMeasured);
        }
        return n;
    }

    /** One measure; every category and region always appears (in the same order), "noData" when nothing was measured. */
    private static void measure(ArrayNode out, DccScenario sc, ServiceCategory c, String region, long within, long measured) {
        double target = sc.sla().targetServiceLevel();
        double minimum = sc.sla().minimumServiceLevel();
        ObjectNode x = out.addObject();
        x.put("id", c.key());
        x.put("region", region);
        x.put("targetResponseSeconds", sc.sla().target(c) / 1e6);
        x.put("measured", measured);
        if (measured == 0) {
            x.putNull("achieved");
        } else {
            x.put("achieved", within / (double) measured);
        }
        x.put("target", target);
        x.put("minimum", minimum);
        x.put("status", status(measured == 0 ? Double.NaN : within / (double) measured, target, minimum));
    }

    /** met, belowTarget, belowMinimum, or noData. */
    static String status(double achieved, double target, double minimum) {
        if (Double.isNaN(achieved)) {
            return "noData";
        }
        return achieved >= target ? "met" : achieved >= minimum ? "belowTarget" : "belowMinimum";
    }

    private static ObjectNode ledger(List<MessageLedger> ledgers) {
        ObjectNode n = F.objectNode();
        for (MessageLedger l : ledgers) {
            ObjectNode x = n.putObject(l.kind());
            x.put("generated", l.generated());
            l.terms().forEach(x::put);
            x.put("balanced", l.balanced());
        }
        return n;
    }

    private static ObjectNode latency(LatencyRecorder r) {
        LatencyStats s = r == null ? LatencyStats.EMPTY : r.stats();
        ObjectNode n = F.objectNode();
        n.put("count", s.count());
        return NetworkSummary.latencyInto(n, s);
    }

    private static void putFraction(ObjectNode x, String key, long num, long den) {
        if (den == 0) {
            x.putNull(key);
        } else {
            x.put(key, num / (double) den);
        }
    }

    private static long sum(long[] a) {
        long s = 0;
        for (long v : a) {
            s += v;
        }
        return s;
    }
}
