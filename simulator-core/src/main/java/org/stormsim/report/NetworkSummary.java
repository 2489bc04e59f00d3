package org.stormsim.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stormsim.experiment.Estimate;
import org.stormsim.experiment.Ledger;
import org.stormsim.experiment.NetworkRunResult;
import org.stormsim.experiment.ReplicationResult;
import org.stormsim.experiment.StationResult;
import org.stormsim.metrics.LatencyStats;
import org.stormsim.scenario.NetworkScenario;

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

    public static ObjectNode build(NetworkRunResult r) {
        NetworkScenario sc = r.scenario();
        ObjectNode root = SummaryJson.open(sc.name(), sc.kind(), sc.seed(), sc.replications(), r.completed());
        ObjectNode simulated = root.putObject("simulated");
        simulated.put("seconds", r.replications().get(0).simulatedSeconds());
        simulated.put("warmupSeconds", sc.warmup().seconds());
        simulated.put("events", r.events());
        ObjectNode stations = root.putObject("stations");
        for (StationResult s : r.replications().get(0).stations()) {
            stations.set(s.id(), station(r, s));
        }
        root.set("ledger", ledger(r));
        SummaryJson.close(root, r.wallSeconds(), r.events(), r.threads());
        return root;
    }

    private static ObjectNode station(NetworkRunResult r, StationResult first) {
        String id = first.id();
        ObjectNode n = F.objectNode();
        n.put("type", first.type());
        count(n, "arrivals", r.estimate(id, StationResult::arrivals));
        if (first.isSource()) {
            n.put("throughputPerSecond", r.estimate(id, StationResult::throughputPerSecond).mean());
            return n;
        }
        if (first.isSink()) {
            n.put("throughputPerSecond", r.estimate(id, StationResult::throughputPerSecond).mean());
            n.set("systemTime", latency(r, id, StationResult::sojourn));
            return n;
        }
        count(n, "completions", r.estimate(id, StationResult::completions));
        count(n, "lost", r.estimate(id, StationResult::lost));
        Estimate loss = r.estimate(id, StationResult::lossProbability);
        n.put("lossProbability", loss.mean());
        n.put("throughputPerSecond", r.estimate(id, StationResult::throughputPerSecond).mean());
        Estimate util = Double.isNaN(first.utilisation()) ? null : r.estimate(id, StationResult::utilisation);
        putOrNull(n, "utilisation", util == null ? null : util.mean());
        n.set("wait", latency(r, id, StationResult::waitTime));
        n.set("sojourn", latency(r, id, StationResult::sojourn));
        ObjectNode q = n.putObject("queueLength");
        q.put("mean", r.estimate(id, StationResult::queueLengthMean).mean());
        count(q, "max", r.estimate(id, StationResult::queueLengthMax));
        ObjectNode in = n.putObject("inStation");
        in.put("mean", r.estimate(id, StationResult::inStationMean).mean());
        count(in, "max", r.estimate(id, StationResult::inStationMax));
        ObjectNode ci = n.putObject("ci95");
        putOrNull(ci, "waitMean", r.estimate(id, s -> s.waitTime().mean()).halfWidth95());
        putOrNull(ci, "sojournMean", r.estimate(id, s -> s.sojourn().mean()).halfWidth95());
        putOrNull(ci, "utilisation", util == null ? null : util.halfWidth95());
        putOrNull(ci, "lossProbability", loss.halfWidth95());
        return n;
    }

    private static ObjectNode latency(NetworkRunResult r, String id, java.util.function.Function<StationResult, LatencyStats> f) {
        ObjectNode n = F.objectNode();
        n.put("mean", r.estimate(id, s -> f.apply(s).mean()).mean());
        n.put("p50", r.estimate(id, s -> f.apply(s).p50()).mean());
        n.put("p90", r.estimate(id, s -> f.apply(s).p90()).mean());
        n.put("p99", r.estimate(id, s -> f.apply(s).p99()).mean());
        n.put("max", r.estimate(id, s -> f.apply(s).max()).mean());
        return n;
    }

    private static ObjectNode ledger(NetworkRunResult r) {
        long generated = 0;
        long delivered = 0;
        long lost = 0;
        long inFlight = 0;
        for (ReplicationResult rep : r.replications()) {
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

    /** A count: a whole number for one replication, the mean across replications otherwise. */
    private static void count(ObjectNode n, String key, Estimate e) {
        if (e.n() == 1) {
            n.put(key, Math.round(e.mean()));
        } else {
            n.put(key, e.mean());
        }
    }

    private static void putOrNull(ObjectNode n, String key, Double v) {
        if (v == null || v.isNaN()) {
            n.putNull(key);
        } else {
            n.put(key, v);
        }
    }

    private static double round(double v, int places) {
        double scale = Math.pow(10, places);
        return Math.round(v * scale) / scale;
    }
}
