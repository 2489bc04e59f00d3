package org.stormsim.stations;

import org.stormsim.metrics.IntervalSeriesConsumer;
import org.stormsim.metrics.OutcomeBatch;

/**
 * A queueing network's outcome records cut into intervals of simulated time by when they happened
 * (t2), on its own consumer thread: per station the customers that departed, were lost or (sinks)
 * were absorbed; and the time in the system of the customers absorbed by any sink, p50 and p99 per
 * interval in microseconds, also written to an HdrHistogram interval log under the tag
 * {@link #TIME_IN_SYSTEM}. Warm-up included. Read only after the ring is closed.
 */
public final class NetworkSeriesConsumer extends IntervalSeriesConsumer {
    public static final String TIME_IN_SYSTEM = "timeInSystem";
    /** Indices of the counts. */
    public static final int DEPARTED = 0;
    public static final int LOST = 1;
    public static final int ABSORBED = 2;

    private static final int TIME_IN_SYSTEM_TAG = 0;

    /** [kind][station][interval]. */
    private final long[][][] counts;

    public NetworkSeriesConsumer(int stations, long interval, long horizon, int intervals) {
        super(interval, horizon, intervals, TIME_IN_SYSTEM);
        counts = new long[3][stations][intervals];
    }

    @Override
    public void onBatch(OutcomeBatch b) {
        for (int i = 0, n = b.size(); i < n; i++) {
            int at = roll(b.t2(i));
            switch (b.kind(i)) {
                case NetworkOutcome.DEPARTED -> counts[DEPARTED][b.subject(i)][at]++;
                case NetworkOutcome.LOST -> counts[LOST][b.subject(i)][at]++;
                case NetworkOutcome.ABSORBED -> {
                    counts[ABSORBED][b.subject(i)][at]++;
                    recordLatency(TIME_IN_SYSTEM_TAG, b.t2(i) - b.t0(i));
                }
                default -> throw new IllegalStateException("unknown outcome kind " + b.kind(i));
            }
        }
    }

    /** Customers of {@code kind} ({@link #DEPARTED}, LOST, ABSORBED) at station {@code station} in interval {@code i}. */
    public long count(int kind, int station, int i) {
        return counts[kind][station][i];
    }

    /** Time in the system at p50 ({@code upper} false) or p99 in interval {@code i}, microseconds; NaN when nothing was absorbed. */
    public double timeInSystem(boolean upper, int i) {
        return latency(TIME_IN_SYSTEM_TAG, upper, i);
    }
}
