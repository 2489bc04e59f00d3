package org.stormsim.metrics;

import org.HdrHistogram.Histogram;

/**
 * An HdrHistogram of microsecond latencies (three significant digits, auto-resizing) with the exact
 * sum for the mean. Owned by one consumer thread.
 */
public final class LatencyRecorder {
    private final Histogram histogram = new Histogram(3);
    private double sum;

    public void record(long micros) {
        histogram.recordValue(Math.max(0, micros));
        sum += micros;
    }

    public long count() {
        return histogram.getTotalCount();
    }

    public LatencyStats stats() {
        return LatencyStats.of(histogram, sum);
    }

    public Histogram histogram() {
        return histogram;
    }
}
