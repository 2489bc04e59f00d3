package org.stormsim.metrics;

import org.HdrHistogram.Histogram;

/**
 * A latency summary in seconds: the exact mean, and percentiles and maximum from an HdrHistogram
 * of microseconds (three significant digits). {@code count} observations.
 */
public record LatencyStats(long count, double mean, double p50, double p90, double p99, double p999, double max) implements java.io.Serializable {
    public static final LatencyStats EMPTY = new LatencyStats(0, 0, 0, 0, 0, 0, 0);

    public static LatencyStats of(Histogram h, double sumMicros) {
        long n = h.getTotalCount();
        if (n == 0) {
            return EMPTY;
        }
        return new LatencyStats(n, sumMicros / n / 1e6, pct(h, 50), pct(h, 90), pct(h, 99), pct(h, 99.9), h.getMaxValue() / 1e6);
    }

    private static double pct(Histogram h, double p) {
        return h.getValueAtPercentile(p) / 1e6;
    }
}
