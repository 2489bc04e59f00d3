package org.stormsim.summary;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.stormsim.dcc.DccReplicationResult;
import org.stormsim.dcc.StageReport;
import org.stormsim.dcc.StageStats;
import org.stormsim.scenario.DccScenario;

/**
 * The end-to-end capacity summary OPSG 28 asked for ("a summary of the end-to-end capacity and the
 * costs of the additional motorways", action 28/08 [S]), from one replication: for every stage with
 * servers, in the order of the data's path (each region's WAN uplink and downlink, the DSP's
 * processing servers (after the S1SP's, where SMETS1 migrations run), each motorway lane and the lanes together, each User's intake), the offered
 * load of its busiest whole clock hour after warm-up (the peak hour), its mean over those hours, the
 * headroom left in the peak hour, and the growth of its load at which the peak hour saturates; and
 * the first stage to saturate.
 *
 * <p>Offered load: every arrival's mean service time (alerts and the other messages each at their
 * own), those turned away by a full stage included, over the stage's servers times the hour. It can
 * exceed 1, where utilisation cannot: a stage fed above its capacity shows by how much. The growth at
 * which a stage saturates is 1 over its peak-hour offered load: the factor on every load the stage
 * sees at which it would be offered as much work as it can do, if all of it grew alike [I]; below 1
 * the stage is over its capacity now. What a stage is offered is what the stages before it passed on,
 * so a stage behind a saturated one looks lighter than its demand [I]. The lanes together: the
 * router sends each alert to the least-loaded lane, so the lanes saturate as one pool [I]; their
 * {@code lanesForPeakHour} is the fewest lanes of the same speed whose peak hour is offered no more
 * than they can do, {@code ceil(peak offered load x lanes)} [I] (the Service Level may need one more:
 * {@code size-lanes} answers that).
 *
 * <p>Left out, and listed: stages that are latencies in the model, with no capacity (the HAN hop, the
 * CSP transit in and out with the DSP's latencies, the device side, the test-command turn-around),
 * and the firmware channels (their own measure, {@code firmware}).
 */
public final class CapacitySummary {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final long HOUR = 3_600_000_000L;

    private CapacitySummary() {
    }

    /** One replication's capacity section of the summary. */
    public static ObjectNode of(DccScenario sc, DccReplicationResult rep) {
        long warmup = sc.warmup().micros();
        long end = Math.round(rep.simulatedSeconds() * 1e6);
        int first = (int) ((warmup + HOUR - 1) / HOUR);
        int last = (int) (end / HOUR); // exclusive: hour h is whole when (h + 1) x HOUR <= end
        boolean wholeHours = last > first;
        ObjectNode n = F.objectNode();
        n.put("period", wholeHours ? "each whole clock hour after warm-up; the peak hour is the busiest"
                : "the run after warm-up as one period (it holds no whole clock hour)");
        n.put("hours", wholeHours ? last - first : 0);
        ArrayNode out = n.putArray("stages");
        Row firstToSaturate = null;
        for (Row row : rows(sc, rep.stages())) {
            if (row.work == null || row.servers <= 0 || row.servers == Integer.MAX_VALUE) {
                continue;
            }
            Load load = wholeHours ? load(row.work, row.servers, first, last) : periodLoad(row.work, row.servers, warmup, end);
            ObjectNode x = out.addObject();
            stage(x, row, load);
            if (row.id.equals("lanes")) {
                // the fewest lanes whose peak hour is offered no more than they can do [I]; the Service Level may need one more
                x.put("lanesForPeakHour", Math.max(1, (int) Math.ceil(load.peak * row.servers - 1e-9)));
            }
            boolean single = !row.id.startsWith("lane-"); // a lane saturates with the pool, not alone
            if (single && load.peak > 0 && (firstToSaturate == null || load.peak > firstToSaturate.peak)) {
                firstToSaturate = row.with(load.peak);
            }
        }
        ObjectNode f = n.putObject("firstToSaturate");
        if (firstToSaturate == null) {
            f.putNull("id");
        } else {
            f.put("id", firstToSaturate.id).put("stage", firstToSaturate.what).put("saturatesAtGrowth", 1 / firstToSaturate.peak);
        }
        ArrayNode left = n.putArray("leftOut");
        for (StageStats s : rep.stages().all()) {
            if (s.offeredWorkByHour() == null && !s.id().equals("hold")) {
                left.add(s.id());
            }
        }
        n.put("leftOutWhy", "latencies in the model, with no capacity to saturate (the HAN hop, the CSP transit in and out with the "
                + "DSP's latencies, the device side, the test-command turn-around, the SMETS1 WAN and the S1SP's transit) and the firmware "
                + "channels (their measure: firmware)");
        return n;
    }

    private static void stage(ObjectNode x, Row row, Load load) {
        x.put("id", row.id).put("stage", row.what).put("servers", row.servers);
        x.put("peakHourStartSeconds", load.peakHour * 3600L);
        x.put("peakHourOfferedLoad", load.peak);
        x.put("meanOfferedLoad", load.mean);
        x.put("headroom", 1 - load.peak);
        if (load.peak > 0) {
            x.put("saturatesAtGrowth", 1 / load.peak);
        } else {
            x.putNull("saturatesAtGrowth"); // offered nothing: no growth saturates it
        }
    }

    /** The stages with servers, by place on the path, and the lanes together after the lanes. */
    private static List<Row> rows(DccScenario sc, StageReport stages) {
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < stages.uplink().size(); r++) {
            rows.add(Row.of(stages.uplink().get(r), "WAN uplink, CSP region " + DccScenario.REGIONS.get(r)));
            rows.add(Row.of(stages.downlink().get(r), "WAN downlink, CSP region " + DccScenario.REGIONS.get(r)));
        }
        for (StageStats s : stages.all()) {
            if (s.id().equals("s1sp")) {
                rows.add(Row.of(s, "SMETS1 Service Provider (S1SP): SMETS1 alerts and migrations"));
            }
        }
        rows.add(Row.of(stages.dsp(), "DSP processing servers"));
        for (StageStats lane : stages.lanes()) {
            rows.add(Row.of(lane, "motorway lane"));
        }
        rows.add(Row.pool(stages.lanes()));
        for (int u = 0; u < stages.intake().size(); u++) {
            rows.add(Row.of(stages.intake().get(u), "intake of User " + sc.users().get(u).id()));
        }
        return rows;
    }

    private record Load(int peakHour, double peak, double mean) {
    }

    private static Load load(double[] work, int servers, int first, int last) {
        int peakHour = first;
        double peak = 0;
        double sum = 0;
        for (int h = first; h < last; h++) {
            double w = h < work.length ? work[h] : 0;
            sum += w;
            if (w > peak) {
                peak = w;
                peakHour = h;
            }
        }
        double capacity = (double) servers * HOUR;
        return new Load(peakHour, peak / capacity, sum / (last - first) / capacity);
    }

    /** The whole run after warm-up as one period: the work of the hours it touches over its length (the hour holding the warm-up's end counted whole). */
    private static Load periodLoad(double[] work, int servers, long warmup, long end) {
        int from = (int) (warmup / HOUR);
        double sum = 0;
        for (int h = from; h < work.length && (long) h * HOUR < end; h++) {
            sum += work[h];
        }
        long span = Math.max(1, end - (long) from * HOUR);
        double rho = sum / ((double) servers * span);
        return new Load(from, rho, rho);
    }

    /** A stage (or the lanes together): its id, what it is, its servers and the work offered to it by hour. */
    private record Row(String id, String what, int servers, double[] work, double peak) {
        static Row of(StageStats s, String what) {
            return new Row(s.id(), what, s.servers(), s.offeredWorkByHour(), 0);
        }

        static Row pool(List<StageStats> lanes) {
            int servers = 0;
            int hours = 0;
            for (StageStats s : lanes) {
                servers += s.servers();
                hours = Math.max(hours, s.offeredWorkByHour() == null ? 0 : s.offeredWorkByHour().length);
            }
            double[] work = new double[hours];
            for (StageStats s : lanes) {
                double[] w = s.offeredWorkByHour();
                for (int h = 0; w != null && h < w.length; h++) {
                    work[h] += w[h];
                }
            }
            return new Row("lanes", "the motorway lanes together", servers, work, 0);
        }

        Row with(double p) {
            return new Row(id, what, servers, work, p);
        }
    }
}
