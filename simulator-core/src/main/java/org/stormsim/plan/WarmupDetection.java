package org.stormsim.plan;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stormsim.experiment.ReplicationOutcome;
import org.stormsim.metrics.Mser;
import org.stormsim.metrics.SliceSeries;
import org.stormsim.scenario.SimDuration;

/**
 * The outcome of {@code warmup: auto}: the pilot's replications and, for each quantity observed
 * (alert latency; each station's time in station), the MSER-5 truncation. The warm-up used is the
 * largest truncation, so that every quantity has settled; when one never settled, the summary says so.
 */
public record WarmupDetection(int pilotReplications, List<Quantity> quantities) {
    /** One quantity's MSER-5 result. */
    public record Quantity(String name, Mser.Result result) {
    }

    /** Replications of the pilot run that detects {@code warmup: auto} (at most). */
    public static final int PILOT_REPLICATIONS = 5;

    /** MSER-5 on each quantity's series across the pilot's replications (run with no warm-up). */
    public static WarmupDetection of(List<? extends ReplicationOutcome> pilot) {
        Map<String, List<SliceSeries>> series = new LinkedHashMap<>();
        for (ReplicationOutcome r : pilot) {
            r.warmupSeries().forEach((name, s) -> series.computeIfAbsent(name, k -> new ArrayList<>()).add(s));
        }
        List<Quantity> quantities = new ArrayList<>();
        series.forEach((name, s) -> quantities.add(new Quantity(name, Mser.detect(s))));
        return new WarmupDetection(pilot.size(), quantities);
    }

    public SimDuration warmup() {
        long max = 0;
        for (Quantity q : quantities) {
            max = Math.max(max, q.result().warmupMicros());
        }
        return SimDuration.ofMicros(max);
    }

    /** Whether every quantity settled before half the run. */
    public boolean settled() {
        return quantities.stream().allMatch(q -> q.result().settled());
    }

    /** Adds {@code simulated.warmupDetection} to a summary. */
    public void annotate(ObjectNode summary) {
        ObjectNode sim = (ObjectNode) summary.path("simulated");
        ObjectNode d = sim.putObject("warmupDetection");
        d.put("method", "MSER-5");
        d.put("pilotReplications", pilotReplications);
        d.put("seconds", warmup().seconds());
        d.put("settled", settled());
        ArrayNode qs = d.putArray("quantities");
        for (Quantity q : quantities) {
            ObjectNode x = qs.addObject();
            x.put("name", q.name());
            x.put("seconds", q.result().warmupMicros() / 1e6);
            x.put("settled", q.result().settled());
        }
    }

    /** One line for the console. */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "warm-up detected by MSER-5 on a pilot of %d replication(s): %s%s",
                pilotReplications, warmup(), settled() ? "" : " (NOT settled: a series was still drifting at half the run; "
                        + "lengthen the run or check the load)");
    }
}
