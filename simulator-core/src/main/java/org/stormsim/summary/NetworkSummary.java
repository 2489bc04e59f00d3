package org.stormsim.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.stormsim.metrics.BatchMeans;
import org.stormsim.metrics.Estimate;
import org.stormsim.metrics.LatencyStats;
import org.stormsim.scenario.NetworkScenario;
import org.stormsim.stations.Ledger;
import org.stormsim.stations.NetworkReplicationResult;
import org.stormsim.stations.StationResult;

/**
 * The {@code summary.json} of a {@code kind: network} run: scenario, simulated span, one entry per
 * station, the conservation ledger and the run's wall-clock facts. SI units (seconds, per-second
 * rates, fractions). With several replications every number is the mean across them and
 * {@code ci95} holds 95% half-widths. Everything but the {@code run} section depends only on the
 * scenario and seed, byte for byte.
 */
public final class NetworkSummary {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private NetworkSummary() {
    }

    /** The summary of the replications {@code r} of {@code scenario} (as run: its replications are those here). */
    public static ObjectNode build(NetworkScenario scenario, List<NetworkReplicationResult> r, RunFacts facts) {
        NetworkScenario sc = scenario.withReplications(r.size());
        boolean completed = r.stream().allMatch(NetworkReplicationResult::completed);
        ObjectNode root = SummaryJson.open(sc, sc.name(), sc.kind(), sc.seed(), sc.replications(), completed);
        List<ObjectNode> reps = new ArrayList<>();
        for (NetworkReplicationResult rep : r) {
            reps.add(figures(sc, rep).tree());
        }
        JsonNode mean = JsonMean.of(reps);
        mean.fields().forEachRemaining(e -> root.set(e.getKey(), e.getValue()));
        ((ObjectNode) root.path("simulated")).put("events", facts.events());
        root.put("ci95Method", reps.size() > 1 ? "replications" : "batchMeans");
        for (StationResult s : r.get(0).stations()) {
            if (!s.isSource()) {
                ((ObjectNode) root.path("stations").path(s.id())).set("ci95", reps.size() > 1 ? acrossReplications(r, s) : batchMeans(s));
            }
        }
        root.set("ledger", ledger(r));
        SummaryJson.close(root, facts.wallSeconds(), facts.events(), facts.threads());
        return root;
    }

    /**
     * One replication's results in the summary's shape (before averaging): what the summary averages
     * and {@code --precision}, sweeps and lane sizing read their metrics from.
     */
    public static Figures figures(NetworkScenario sc, NetworkReplicationResult rep) {
        ObjectNode n = F.objectNode();
        ObjectNode simulated = n.putObject("simulated");
        simulated.put("seconds", rep.simulatedSeconds());
        simulated.put("warmupSeconds", sc.warmup().seconds());
        simulated.put("events", rep.events());
        ObjectNode stations = n.putObject("stations");
        for (StationResult s : rep.stations()) {
            stations.set(s.id(), station(s));
        }
        return new Figures(n);
    }

    private static ObjectNode station(StationResult s) {
        ObjectNode n = F.objectNode();
        n.put("type", s.type());
        n.put("arrivals", s.arrivals());
        if (s.isSource()) {
            n.put("throughputPerSecond", s.throughputPerSecond());
            return n;
        }
        if (s.isSink()) {
            n.put("throughputPerSecond", s.throughputPerSecond());
            n.set("systemTime", latency(s.sojourn()));
            return n;
        }
        n.put("completions", s.completions());
        n.put("lost", s.lost());
        n.put("lossProbability", s.lossProbability());
        n.put("throughputPerSecond", s.throughputPerSecond());
        putOrNull(n, "utilisation", s.utilisation());
        n.set("wait", latency(s.waitTime()));
        n.set("sojourn", latency(s.sojourn()));
        ObjectNode q = n.putObject("queueLength");
        q.put("mean", s.queueLengthMean());
        q.put("max", s.queueLengthMax());
        ObjectNode in = n.putObject("inStation");
        in.put("mean", s.inStationMean());
        in.put("max", s.inStationMax());
        return n;
    }

    /** 95% half-widths across replications (Student t), tail percentiles included. */
    private static ObjectNode acrossReplications(List<NetworkReplicationResult> r, StationResult first) {
        String id = first.id();
        ObjectNode ci = F.objectNode();
        if (first.isSink()) {
            putOrNull(ci, "systemTimeMean", estimate(r, id, s -> s.sojourn().mean()).halfWidth95());
            putOrNull(ci, "systemTimeP99", estimate(r, id, s -> s.sojourn().p99()).halfWidth95());
            putOrNull(ci, "systemTimeP999", estimate(r, id, s -> s.sojourn().p999()).halfWidth95());
            return ci;
        }
        putOrNull(ci, "waitMean", estimate(r, id, s -> s.waitTime().mean()).halfWidth95());
        putOrNull(ci, "waitP99", estimate(r, id, s -> s.waitTime().p99()).halfWidth95());
        putOrNull(ci, "waitP999", estimate(r, id, s -> s.waitTime().p999()).halfWidth95());
        putOrNull(ci, "sojournMean", estimate(r, id, s -> s.sojourn().mean()).halfWidth95());
        putOrNull(ci, "sojournP99", estimate(r, id, s -> s.sojourn().p99()).halfWidth95());
        putOrNull(ci, "utilisation", Double.isNaN(first.utilisation()) ? null : estimate(r, id, StationResult::utilisation).halfWidth95());
        putOrNull(ci, "lossProbability", estimate(r, id, StationResult::lossProbability).halfWidth95());
        return ci;
    }

    /** The estimate of a per-station metric across replications. */
    private static Estimate estimate(List<NetworkReplicationResult> r, String station, ToDoubleFunction<StationResult> metric) {
        double[] values = new double[r.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = metric.applyAsDouble(r.get(i).station(station));
        }
        return Estimate.of(values);
    }

    /**
     * Within one replication: batch-means half-widths of the mean wait and sojourn, null when too few
     * batches or when the batch means are strongly correlated (lag-1 at least 0.5: trend or
     * unfinished warm-up); never an interval that treats successive waits as independent.
     */
    private static ObjectNode batchMeans(StationResult s) {
        ObjectNode ci = F.objectNode();
        if (s.isSink()) {
            putInterval(ci, "systemTimeMean", s.sojournBatches());
            return ci;
        }
        putInterval(ci, "waitMean", s.waitBatches());
        putInterval(ci, "sojournMean", s.sojournBatches());
        return ci;
    }

    private static void putInterval(ObjectNode ci, String key, BatchMeans.Interval i) {
        putOrNull(ci, key, i.trustworthy() ? i.halfWidth95() : null);
        ObjectNode b = ci.putObject(key + "Batches");
        b.put("batches", i.batches());
        b.put("batchSize", i.batchSize());
        putOrNull(b, "lag1Autocorrelation", i.lag1());
    }

    private static ObjectNode latency(LatencyStats s) {
        return latencyInto(F.objectNode(), s);
    }

    /** Puts a latency summary's mean, percentiles and maximum (seconds) into {@code n}: the shape every summary uses. */
    static ObjectNode latencyInto(ObjectNode n, LatencyStats s) {
        n.put("mean", s.mean());
        n.put("p50", s.p50());
        n.put("p90", s.p90());
        n.put("p99", s.p99());
        n.put("p999", s.p999());
        n.put("max", s.max());
        return n;
    }

    private static ObjectNode ledger(List<NetworkReplicationResult> r) {
        long generated = 0;
        long delivered = 0;
        long lost = 0;
        long inFlight = 0;
        for (NetworkReplicationResult rep : r) {
            Ledger l = rep.ledger();
            generated += l.generated();
            delivered += l.delivered();
            lost += l.lost();
            inFlight += l.inFlightAtEnd();
        }
        Ledger total = new Ledger("customers", generated, delivered, lost, inFlight);
        ObjectNode root = F.objectNode();
        ObjectNode c = root.putObject("customers");
        c.put("generated", total.generated());
        c.put("delivered", total.delivered());
        c.put("lost", total.lost());
        c.put("inFlightAtEnd", total.inFlightAtEnd());
        c.put("balanced", total.balanced());
        return root;
    }

    private static void putOrNull(ObjectNode n, String key, Double v) {
        if (v == null || v.isNaN()) {
            n.putNull(key);
        } else {
            n.put(key, v);
        }
    }
}
