package org.stormsim.report;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.stormsim.metrics.Estimate;
import org.stormsim.stations.NetworkReplicationResult;
import org.stormsim.stations.StationResult;

/**
 * The readable table {@code stormsim run} prints for a network scenario: one row per station with
 * arrivals, throughput, utilisation, mean and 99th-percentile wait, mean sojourn, mean queue length
 * and loss probability; with several replications, means with their 95% half-widths.
 */
public final class NetworkTable {
    private NetworkTable() {
    }

    /** The table of the replications {@code r} of one run. */
    public static String render(List<NetworkReplicationResult> r) {
        StringBuilder sb = new StringBuilder();
        String fmt = "%-14s %-11s %12s %12s %7s %16s %10s %16s %10s %9s%n";
        sb.append(String.format(Locale.ROOT, fmt, "station", "type", "arrivals", "through/s", "util",
                "wait mean s", "wait p99", "sojourn mean s", "queue len", "loss"));
        for (StationResult s : r.get(0).stations()) {
            sb.append(row(r, s, fmt));
        }
        return sb.toString();
    }

    private static String row(List<NetworkReplicationResult> r, StationResult s, String fmt) {
        String id = s.id();
        String arrivals = String.format(Locale.ROOT, "%.0f", estimate(r, id, StationResult::arrivals).mean());
        String through = num(estimate(r, id, StationResult::throughputPerSecond).mean());
        if (s.isSource() || s.isSink()) {
            String sys = s.isSink() ? withHalfWidth(estimate(r, id, x -> x.sojourn().mean())) : "";
            return String.format(Locale.ROOT, fmt, id, s.type(), arrivals, through, "", "", "", sys, "", "");
        }
        String util = Double.isNaN(s.utilisation()) ? "" : String.format(Locale.ROOT, "%.3f", estimate(r, id, StationResult::utilisation).mean());
        return String.format(Locale.ROOT, fmt, id, s.type(), arrivals, through, util,
                withHalfWidth(estimate(r, id, x -> x.waitTime().mean())),
                num(estimate(r, id, x -> x.waitTime().p99()).mean()),
                withHalfWidth(estimate(r, id, x -> x.sojourn().mean())),
                num(estimate(r, id, StationResult::queueLengthMean).mean()),
                String.format(Locale.ROOT, "%.4f", estimate(r, id, StationResult::lossProbability).mean()));
    }

    private static Estimate estimate(List<NetworkReplicationResult> r, String station, ToDoubleFunction<StationResult> metric) {
        double[] values = new double[r.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = metric.applyAsDouble(r.get(i).station(station));
        }
        return Estimate.of(values);
    }

    private static String withHalfWidth(Estimate e) {
        return e.halfWidth95() == null ? num(e.mean()) : num(e.mean()) + " ±" + num(e.halfWidth95());
    }

    static String num(double v) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e6 || a < 1e-3) {
            return String.format(Locale.ROOT, "%.3g", v);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
