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
import org.stormsim.scenario.DccEvent;
import org.stormsim.scenario.DccScenario;
import org.stormsim.scenario.PopulationScale;
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
        ServiceLevelSummary.judge(root.path("sla"), sc.sla().targetServiceLevel(), sc.sla().minimumServiceLevel()); // on the mean
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
        n.set("alerts", alerts(sc, rep));
        n.set("deliveries", deliveries(sc, rep));
        ObjectNode requests = requests(sc, rep.metrics());
        requests.put("inFlightAtEnd", rep.counters().unresolvedRequests());
        n.set("serviceRequests", requests);
        ObjectNode dsp = stage(rep.stages().dsp());
        ObjectNode wait = dsp.putObject("wait"); // for a server: where alerts and Service Requests compete
        wait.set("alerts", waits(rep.stages().dsp().alertWaits()));
        wait.set("requests", waits(rep.stages().dsp().otherWaits()));
        n.set("dsp", dsp);
        n.set("lanes", lanes(rep));
        n.set("wan", wan(rep));
        n.set("firmware", firmware(rep));
        n.set("testCommands", testCommands(rep));
        n.set("capacity", CapacitySummary.of(sc, rep));
        n.set("sla", ServiceLevelSummary.of(sc, rep));
        n.set("throttling", throttling(sc, rep));
        n.set("ledger", ledger(rep.ledgers()));
        return new Figures(n);
    }

    /**
     * Alerts raised by the devices of each Supplier's cohorts (the Supplier responsible for the
     * installation, {@code cohorts[].supplier}), by code: "a Single Fuelled Installation Supplier
     * responsible for 90% of 8F12 Alerts" (OPSG 28 [S]) is read here. Alerts without a cohort
     * (replayed, migrated) are in no Supplier's count.
     */
    private static ObjectNode bySupplier(DccScenario sc, Counters c) {
        ObjectNode out = F.objectNode();
        AlertCatalogue cat = AlertCatalogue.get();
        for (int k = 0; k < sc.population().cohorts().size(); k++) {
            String supplier = sc.population().cohorts().get(k).supplier();
            for (int code = 0; code < cat.size(); code++) {
                long raised = c.raisedByCohort(k, code);
                if (raised > 0) {
                    ObjectNode x = out.has(supplier) ? (ObjectNode) out.get(supplier) : out.putObject(supplier);
                    x.put(cat.at(code).code(), x.path(cat.at(code).code()).asLong() + raised);
                }
            }
        }
        return out;
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
            ObjectNode x = throttleCounts(m.requestsOfUser(u));
            allocation(x, t, u);
            byUser.set(sc.users().get(u).id(), x);
        }
        ObjectNode byVariant = n.putObject("byVariant");
        for (int v = 0; v < m.variants(); v++) {
            if (m.requestsOfVariant(v).submitted() > 0) {
                byVariant.set(ServiceRequestCatalogue.get().at(v).variant(), throttleCounts(m.requestsOfVariant(v)));
            }
        }
        n.set("episodes", episodes(t.system(), rep.simulatedSeconds(), sum(t.presentedByUser())));
        ObjectNode users = n.putObject("episodesByUser");
        for (int u = 0; u < sc.users().size(); u++) {
            users.set(sc.users().get(u).id(), episodes(t.byUser().get(u), rep.simulatedSeconds(), t.presentedByUser()[u]));
        }
        n.put("riskLimitSeconds", t.riskLimitSeconds());
        ObjectNode w = n.putObject("windows");
        w.put("engaged", t.windows().engaged());
        w.put("startedEngaged", t.windows().startedEngaged());
        w.put("thresholdPerWindow", t.windows().thresholdPerWindow());
        w.put("admittedMostWhenStartedEngaged", t.windows().admittedMostWhenStartedEngaged());
    }

    /** A User's allocation as the rule used it (requests per second; by category with the threshold matrix) and its forecast error. */
    private static void allocation(ObjectNode x, ThrottlingStats.Management t, int u) {
        x.put("allocation", t.allocationByUser()[u]);
        double[] byCategory = t.allocationByUserAndCategory()[u];
        if (!Double.isNaN(byCategory[0])) {
            ObjectNode c = x.putObject("allocationByCategory");
            for (int k = 0; k < byCategory.length; k++) {
                if (byCategory[k] > 0) {
                    c.put(ServiceCategory.values()[k].key(), byCategory[k]);
                }
            }
        }
        x.put("forecastError", t.forecastErrorByUser()[u]);
    }

    private static ObjectNode throttleCounts(DccMetrics.RequestCounts row) {
        ObjectNode x = F.objectNode();
        x.put("submitted", row.submitted());
        x.put("throttled", row.throttled());
        x.put("deferred", row.deferred());
        return x;
    }

    /** Episode figures; {@code presented} requests reached the rule (the base of the share refused in episodes over the risk limit). */
    private static ObjectNode episodes(ThrottlingStats.Episodes e, double simulatedSeconds, long presented) {
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
        x.put("longerThanRiskLimit", e.longerThanRiskLimit());
        x.put("requestsPresented", presented);
        x.put("refusedInLongerThanRiskLimit", e.affectedInLongerThanRiskLimit());
        putFraction(x, "shareRefusedInLongerThanRiskLimit", e.affectedInLongerThanRiskLimit(), presented);
        return x;
    }

    private static ObjectNode alerts(DccScenario sc, DccReplicationResult rep) {
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
        n.set("bySupplier", bySupplier(sc, c));
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
        if (sc.hasMigrations()) {
            n.set("smets1", smets1(sc, rep));
        }
        return n;
    }

    /**
     * The migrated SMETS1 installations' alerts (the SMETS1 path) and the migrations themselves, over
     * the whole run: the installations on the DCC on average (each wave's, hour by hour), the alerts
     * they raised, and so the alerts per installation per day (OPSG 29: "an average of 2.3 Alerts per
     * day per installation with a total of 180,000 Alerts per day for SMETS1" [S]).
     */
    private static ObjectNode smets1(DccScenario sc, DccReplicationResult rep) {
        long end = Math.round(rep.simulatedSeconds() * 1e6);
        double installationSeconds = 0;
        for (DccEvent e : PopulationScale.apply(sc).events()) { // the waves as run: at the population's scale
            if (e instanceof DccEvent.Migration mg) {
                installationSeconds += mg.installationSeconds(end);
            }
        }
        double days = end / 86_400e6;
        double installations = end > 0 ? installationSeconds / (end / 1e6) : 0;
        long raised = rep.counters().smets1Raised();
        ObjectNode x = F.objectNode();
        x.put("period", "the whole run, warm-up included");
        x.put("installations", installations);
        x.put("generated", raised);
        x.put("perDay", days > 0 ? raised / days : 0);
        x.put("perInstallationPerDay", installations > 0 && days > 0 ? raised / installations / days : 0);
        DccMetrics m = rep.metrics();
        ObjectNode mig = x.putObject("migrations");
        mig.put("attempted", rep.counters().migrations());
        mig.put("migrated", m.migrationsDone());
        mig.put("failed", m.migrationsFailed());
        mig.put("lost", m.migrationsLost());
        mig.put("inFlightAtEnd", rep.counters().liveMigrations());
        return x;
    }

    private static ObjectNode alertCounts(long generated, DccMetrics.AlertCounts row) {
        ObjectNode x = F.objectNode();
        x.put("generated", generated);
        x.put("delivered", row.delivered());
        x.put("suppressed", row.suppressed());
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
            x.set("requests", finals(m, u));
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
        x.put("droppedFromQueue", row.dropped());
        x.put("rejectedByDevice", row.deviceRejected());
        x.put("failed", row.failed());
        return x;
    }

    /**
     * The User's view of its requests across their attempts: per category, the requests completed and
     * abandoned (after a time-out, after a refusal by SECMP0067, or otherwise) when the User made no
     * further attempt; those still on their way are in the ledger.
     */
    private static ObjectNode finals(DccMetrics m, int u) {
        ObjectNode out = F.objectNode();
        long completed = 0;
        long abandoned = 0;
        ObjectNode by = F.objectNode();
        for (ServiceCategory c : ServiceCategory.values()) {
            DccMetrics.RequestFinals f = m.finalsOf(u, c);
            if (f.completed() + f.abandoned() + f.refused() + f.deferred() == 0) {
                continue;
            }
            completed += f.completed();
            abandoned += f.abandoned();
            ObjectNode x = by.putObject(c.key());
            x.put("completed", f.completed());
            x.put("abandoned", f.abandoned());
            x.put("abandonedAfterTimeOut", f.abandonedAfterTimeOut());
            x.put("abandonedAfterRefusal", f.abandonedAfterRefusal());
            x.put("abandonedOtherwise", f.abandonedOtherwise());
            x.put("refusedAttempts", f.refused());
            x.put("deferredAttempts", f.deferred());
            x.set("timeToComplete", latency(m.timeToCompleteOf(u, c)));
            x.set("timeToAbandon", latency(m.timeToAbandonOf(u, c)));
        }
        out.put("completed", completed);
        out.put("abandoned", abandoned);
        out.set("byCategory", by);
        return out;
    }

    /** Every delivery of an alert to a User: what became of them, end to end, and each User's share (hand-off to taken in). */
    private static ObjectNode deliveries(DccScenario sc, DccReplicationResult rep) {
        DccMetrics m = rep.metrics();
        ObjectNode n = deliveryCounts(m.deliveries());
        n.put("inFlightAtEnd", rep.counters().liveDeliveries());
        n.set("latency", latency(m.deliveryLatency()));
        ObjectNode byCode = n.putObject("byCode");
        AlertCatalogue cat = AlertCatalogue.get();
        for (int code = 0; code < cat.size(); code++) {
            if (m.deliveriesOfCode(code).handedOver() > 0) {
                byCode.set(cat.at(code).code(), deliveryCounts(m.deliveriesOfCode(code)));
            }
        }
        ObjectNode byRegion = n.putObject("byRegion");
        for (int r = 0; r < REGIONS.length; r++) {
            byRegion.set(REGIONS[r], deliveryCounts(m.deliveriesOfRegion(r)));
        }
        ObjectNode byUser = n.putObject("byUser");
        for (int u = 0; u < sc.users().size(); u++) {
            ObjectNode x = byUser.putObject(sc.users().get(u).id());
            x.set("intake", latency(m.intakeOfUser(u)));
        }
        return n;
    }

    private static ObjectNode deliveryCounts(DccMetrics.DeliveryCounts d) {
        ObjectNode x = F.objectNode();
        x.put("handedOver", d.handedOver());
        x.put("takenIn", d.takenIn());
        x.put("rejectedDuplicate", d.rejectedDuplicate());
        x.put("lost", d.lost());
        return x;
    }

    /** A stage's load: servers, messages processed, utilisation, the most servers busy, messages waiting. */
    private static ObjectNode stage(StageStats s) {
        ObjectNode x = F.objectNode();
        x.put("servers", s.servers());
        x.put("processed", s.processed());
        x.put("utilisation", s.utilisation());
        x.put("busyMax", s.busyMax());
        queue(x, "queue", s);
        return x;
    }

    /** A stage's waiting messages under {@code key}: time average and maximum. */
    private static void queue(ObjectNode parent, String key, StageStats s) {
        parent.putObject(key).put("mean", s.queueMean()).put("max", s.queueMax());
    }

    private static ObjectNode waits(StageStats.Waits w) {
        return F.objectNode().put("count", w.count()).put("mean", w.meanSeconds()).put("max", w.maxSeconds());
    }

    private static ObjectNode testCommands(DccReplicationResult rep) {
        DccMetrics m = rep.metrics();
        ObjectNode n = F.objectNode();
        n.put("sent", rep.counters().testCommands());
        n.put("returned", m.testsReturned());
        n.put("lost", m.testsLost());
        n.put("inFlightAtEnd", rep.counters().liveTestCommands());
        n.set("roundTrip", latency(m.testRoundTrip()));
        return n;
    }

    private static ArrayNode lanes(DccReplicationResult rep) {
        ArrayNode out = F.arrayNode();
        for (StageStats s : rep.stages().lanes()) {
            ObjectNode x = out.addObject();
            x.put("id", s.id());
            x.put("processed", s.processed());
            x.put("utilisation", s.utilisation());
            queue(x, "queue", s);
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
            queue(x, "uplinkQueue", up);
            x.put("uplinkMessages", up.processed());
            x.put("downlinkMessages", down.processed());
        }
        return out;
    }

    /**
     * Each CSP region's firmware jobs submitted after warm-up: the channels (mean and peak in use,
     * download attempts), what became of the jobs, PM2 over every submitted job (the headline: "The
     * OPSG and DCC agreed that all submitted jobs should be reported on", OPSG 36x) and as the CSP
     * reports it (the jobs cancelled, dropped from the queue or rejected by the device left out),
     * with the difference by cause.
     */
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
            queue(x, "queue", pool);
            x.put("downloadAttempts", rep.stages().firmwareDownloads()[r]);
            x.put("submitted", f.submitted());
            x.put("finished", f.finished());
            x.put("completed", f.completed());
            x.put("withinTarget", f.withinTarget());
            x.put("cancelledChannelsFull", f.cancelledChannelsFull());
            x.put("droppedFromQueue", f.droppedFromQueue());
            x.put("rejectedByDevice", f.rejectedByDevice());
            x.put("failed", f.failed());
            x.put("otherwise", f.otherwise());
            putFraction(x, "allJobs", f.withinTarget(), f.finished());
            long left = f.cancelledChannelsFull() + f.droppedFromQueue() + f.rejectedByDevice();
            putFraction(x, "asReported", f.withinTarget(), f.finished() - left);
            putFraction(x, "successRate", f.completed(), f.finished());
            ObjectNode diff = x.putObject("leftOutOfAsReported");
            diff.put("cancelledChannelsFull", f.cancelledChannelsFull());
            diff.put("droppedFromQueue", f.droppedFromQueue());
            diff.put("rejectedByDevice", f.rejectedByDevice());
            // every job the all-jobs measure counts as missed, by cause: finished = withinTarget + these
            ObjectNode missed = x.putObject("missedByCause");
            missed.put("cancelledChannelsFull", f.cancelledChannelsFull());
            missed.put("droppedFromQueue", f.droppedFromQueue());
            missed.put("rejectedByDevice", f.rejectedByDevice());
            missed.put("failed", f.failed());
            missed.put("completedLate", f.completed() - f.withinTarget());
            missed.put("otherwise", f.otherwise());
        }
        return out;
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
