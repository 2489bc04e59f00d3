package org.stormsim.metrics;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

/**
 * Latencies of the open interval of simulated time, one HdrHistogram (microseconds, three
 * significant digits) per tag; when an interval closes, each histogram's p50 and p99 are kept and
 * it is written to an HdrHistogram interval log (timestamps in simulated seconds, the max column in
 * seconds), held in memory until the run's files are written. Owned by one consumer thread.
 */
final class IntervalLatencyLog {
    private final String[] tags;
    private final Histogram[] open;
    private final double[][] p50;
    private final double[][] p99;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final HistogramLogWriter log;

    IntervalLatencyLog(int intervals, String... tags) {
        this.tags = tags.clone();
        this.open = new Histogram[tags.length];
        this.p50 = new double[tags.length][intervals];
        this.p99 = new double[tags.length][intervals];
        for (int t = 0; t < tags.length; t++) {
            open[t] = new Histogram(3);
            open[t].setTag(tags[t]);
            Arrays.fill(p50[t], Double.NaN);
            Arrays.fill(p99[t], Double.NaN);
        }
        log = new HistogramLogWriter(new PrintStream(bytes, false, StandardCharsets.UTF_8));
        log.outputComment("stormsim latency log: one histogram per interval of simulated time and tag; values in microseconds");
        log.outputComment("timestamps are simulated seconds from the start of the run; the max column is in seconds");
        log.outputLogFormatVersion();
        log.outputBaseTime(0);
        log.outputLegend();
    }

    void record(int tag, long micros) {
        open[tag].recordValue(Math.max(0, micros));
    }

    /** Closes interval {@code i}, [{@code from}, {@code to}) simulated seconds: percentiles kept, histograms logged and restarted. */
    void close(int i, double from, double to) {
        for (int t = 0; t < tags.length; t++) {
            Histogram h = open[t];
            if (h.getTotalCount() > 0) {
                p50[t][i] = h.getValueAtPercentile(50);
                p99[t][i] = h.getValueAtPercentile(99);
            }
            log.outputIntervalHistogram(from, to, h, 1e6);
            h.reset();
            h.setTag(tags[t]); // reset() clears the tag
        }
    }

    /** The p50 of tag {@code tag} in interval {@code i}, microseconds; NaN when it recorded nothing. */
    double p50(int tag, int i) {
        return p50[tag][i];
    }

    double p99(int tag, int i) {
        return p99[tag][i];
    }

    String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
