package org.stormsim.report;

import java.util.Locale;
import org.stormsim.experiment.Estimate;
import org.stormsim.experiment.NetworkRunResult;
import org.stormsim.experiment.StationResult;

/**
 * The readable table {@code stormsim run} prints for a network scenario: one row per station with
 * arrivals, throughput, utilisation, mean and 99th-percentile wait, mean sojourn, mean queue length
 * and loss probability; with several replications, means with their 95% half-widths.
 */
public final class NetworkTable {
    private NetworkTable() {
    }

    public static String render(NetworkRunResult r) {
        StringBuilder sb = new StringBuilder();
        String fmt = "%-14s %-11s %12s %12s %7s %16s %10s %16s %10s %9s%n";
        sb.append(String.format(Locale.ROOT, fmt, "station", "type", "arrivals", "through/s", "util",
                "wait mean s", "wait p99", "sojourn mean s", "queue len", "loss"));
        for (StationResult s : r.replications().get(0).stations()) {
            sb.append(row(r, s, fmt));
        }
        return sb.toString();
    }

    private static String row(NetworkRunResult r, StationResult s, String fmt) {
        String id = s.id();
        String arrivals = String.format(Locale.ROOT, "%.0f", r.estimate(id, StationResult::arrivals).mean());
        String through = num(r.estimate(id, StationResult::throughputPerSecond).mean());
        if (s.isSource() || s.isSink()) {
            String sys = s.isSink() ? withHalfWidth(r.estimate(id, x -> x.sojourn().mean())) : "";
            return String.format(Locale.ROOT, fmt, id, s.type(), arrivals, through, "", "", "", sys, "", "");
        }
        String util = Double.isNaN(s.utilisation()) ? "" : String.format(Locale.ROOT, "%.3f", r.estimate(id, StationResult::utilisation).mean());
        return String.format(Locale.ROOT, fmt, id, s.type(), arrivals, through, util,
                withHalfWidth(r.estimate(id, x -> x.waitTime().mean())),
                num(r.estimate(id, x -> x.waitTime().p99()).mean()),
                withHalfWidth(r.estimate(id, x -> x.sojourn().mean())),
                num(r.estimate(id, StationResult::queueLengthMean).mean()),
                String.format(Locale.ROOT, "%.4f", r.estimate(id, StationResult::lossProbability).mean()));
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
