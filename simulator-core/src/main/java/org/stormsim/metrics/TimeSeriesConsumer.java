package org.stormsim.metrics;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;
import org.stormsim.dcc.DccOutcome;

/**
 * The GB model's outcome records cut into intervals of simulated time by when they happened (t2),
 * on its own consumer thread: alerts delivered, suppressed, rejected as duplicates and lost per
 * region; Service Request attempts submitted, completed, timed out and throttled; and per interval
 * the alert latency (raised to delivered) and Service Request response time (submitted, or executed,
 * to response) at p50 and p99, in microseconds. Every record counts, warm-up included. Each
 * interval's two latency histograms also go to an HdrHistogram interval log (tags {@link #ALERTS}
 * and {@link #SERVICE_REQUESTS}; timestamps in simulated seconds), kept in memory until the run is
 * written. Records arrive in time order, so only the open interval's histograms are live. Read only
 * after the ring is closed.
 */
public final class TimeSeriesConsumer implements OutcomeConsumer {
    public static final String ALERTS = "alerts";
    public static final String SERVICE_REQUESTS = "serviceRequests";
    /** Indices of the request counts. */
    public static final int SUBMITTED = 0;
    public static final int COMPLETED = 1;
    public static final int TIMED_OUT = 2;
    public static final int THROTTLED = 3;
    private static final int REGIONS = DccMetrics.REGIONS;
    private static final int ALERT_KINDS = 4;

    private final long interval;
    private final long horizon;
    private final int intervals;
    /** [kind x REGIONS + region][interval], kind as {@link DccMetrics#DELIVERED} and the others. */
    private final long[][] alerts;
    private final long[][] requests;
    private final double[][] alertLatency;
    private final double[][] responseTime;
    private final Histogram alertHistogram = new Histogram(3);
    private final Histogram responseHistogram = new Histogram(3);
    private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    private final HistogramLogWriter log;
    private volatile long end = -1;
    private int open;
    private boolean ended;

    public TimeSeriesConsumer(long interval, long horizon, int intervals) {
        this.interval = interval;
        this.horizon = horizon;
        this.intervals = intervals;
        alerts = new long[ALERT_KINDS * REGIONS][intervals];
        requests = new long[4][intervals];
        alertLatency = nanRows(2, intervals);
        responseTime = nanRows(2, intervals);
        alertHistogram.setTag(ALERTS);
        responseHistogram.setTag(SERVICE_REQUESTS);
        log = new HistogramLogWriter(new PrintStream(logBytes, false, StandardCharsets.UTF_8));
        log.outputComment("stormsim latency log: one histogram per interval of simulated time and tag; values in microseconds");
        log.outputComment("timestamps are simulated seconds from the start of the run; the max column is in seconds");
        log.outputLogFormatVersion();
        log.outputBaseTime(0);
        log.outputLegend();
    }

    /** Where the run stopped (microseconds), set by the kernel thread before the ring closes, so that the log covers the whole run. */
    public void endAt(long time) {
        end = time;
    }

    @Override
    public void onBatch(OutcomeBatch b) {
        for (int i = 0, n = b.size(); i < n; i++) {
            int kind = b.kind(i);
            if (kind >= DccOutcome.REGISTRATION_DONE) {
                continue;
            }
            int at = roll(b.t2(i));
            if (kind < DccOutcome.SR_SUBMITTED) {
                alert(at, kind, b.attribute(i), b.t2(i) - b.t0(i));
            } else {
                request(at, kind, b.t2(i) - b.t0(i));
            }
        }
    }

    private void alert(int at, int kind, int attribute, long latency) {
        alerts[(kind - DccOutcome.ALERT_DELIVERED) * REGIONS + DccOutcome.region(attribute)][at]++;
        if (kind == DccOutcome.ALERT_DELIVERED) {
            alertHistogram.recordValue(Math.max(0, latency));
        }
    }

    private void request(int at, int kind, long took) {
        switch (kind) {
            case DccOutcome.SR_SUBMITTED -> requests[SUBMITTED][at]++;
            case DccOutcome.SR_COMPLETED -> {
                requests[COMPLETED][at]++;
                responseHistogram.recordValue(Math.max(0, took));
            }
            case DccOutcome.SR_TIMED_OUT -> requests[TIMED_OUT][at]++;
            case DccOutcome.SR_THROTTLED -> requests[THROTTLED][at]++;
            default -> {
                // rejected, lost and deferred attempts are in summary.json; the series keeps to the four above
            }
        }
    }

    /** The interval of time {@code t}, closing the open ones before it. */
    private int roll(long t) {
        int at = (int) Math.min(intervals - 1, t / interval);
        while (open < at) {
            flush();
        }
        return at;
    }

    /** Closes the open interval: its percentiles, its two log lines; the histograms restart. */
    private void flush() {
        putPercentiles(alertHistogram, alertLatency, open);
        putPercentiles(responseHistogram, responseTime, open);
        double from = open * (double) interval / 1e6;
        double to = Math.min((open + 1) * interval, horizon) / 1e6;
        log.outputIntervalHistogram(from, to, alertHistogram, 1e6);
        log.outputIntervalHistogram(from, to, responseHistogram, 1e6);
        alertHistogram.reset();
        responseHistogram.reset();
        alertHistogram.setTag(ALERTS); // reset() clears the tag
        responseHistogram.setTag(SERVICE_REQUESTS);
        open++;
    }

    private static void putPercentiles(Histogram h, double[][] out, int i) {
        if (h.getTotalCount() > 0) {
            out[0][i] = h.getValueAtPercentile(50);
            out[1][i] = h.getValueAtPercentile(99);
        }
    }

    @Override
    public void onEnd() {
        long stop = end >= 0 ? end : horizon;
        int last = (int) Math.min(intervals - 1, Math.max(0, stop - 1) / interval);
        while (open <= last) {
            flush();
        }
        ended = true;
    }

    /** The interval log, as HistogramLogReader reads it. */
    public String latencyLog() {
        if (!ended) {
            throw new IllegalStateException("the latency log is complete only after the ring is closed");
        }
        return logBytes.toString(StandardCharsets.UTF_8);
    }

    /** Alerts with outcome {@code kind} ({@link DccMetrics#DELIVERED}, SUPPRESSED, REJECTED_DUPLICATE, LOST) in region {@code region}, interval {@code i}. */
    public long alerts(int kind, int region, int i) {
        return alerts[kind * REGIONS + region][i];
    }

    /** Service Request attempts of kind {@code k} ({@link #SUBMITTED}, COMPLETED, TIMED_OUT, THROTTLED) in interval {@code i}. */
    public long requests(int k, int i) {
        return requests[k][i];
    }

    /** Alert latency at p50 ({@code upper} false) or p99 in interval {@code i}, microseconds; NaN when none was delivered. */
    public double alertLatency(boolean upper, int i) {
        return alertLatency[upper ? 1 : 0][i];
    }

    /** Service Request response time at p50 or p99 in interval {@code i}, microseconds; NaN when none completed. */
    public double responseTime(boolean upper, int i) {
        return responseTime[upper ? 1 : 0][i];
    }

    private static double[][] nanRows(int rows, int n) {
        double[][] out = new double[rows][n];
        for (double[] row : out) {
            Arrays.fill(row, Double.NaN);
        }
        return out;
    }
}
