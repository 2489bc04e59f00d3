package org.stormsim.dcc;

import org.stormsim.metrics.IntervalSeriesConsumer;
import org.stormsim.metrics.OutcomeBatch;

/**
 * The GB model's outcome records cut into intervals of simulated time by when they happened (t2),
 * on its own consumer thread: alerts delivered, suppressed, rejected as duplicates and lost per
 * region; Service Request attempts submitted, completed, timed out and throttled; and per interval
 * the alert latency (raised to delivered) and Service Request response time (submitted, or executed,
 * to response) at p50 and p99, in microseconds. Every record counts, warm-up included. Each
 * interval's two latency histograms also go to an HdrHistogram interval log (tags {@link #ALERTS}
 * and {@link #SERVICE_REQUESTS}). Records arrive in time order, so only the open interval's
 * histograms are live. Read only after the ring is closed.
 */
public final class TimeSeriesConsumer extends IntervalSeriesConsumer {
    public static final String ALERTS = "alerts";
    public static final String SERVICE_REQUESTS = "serviceRequests";
    /** Indices of the request counts. */
    public static final int SUBMITTED = 0;
    public static final int COMPLETED = 1;
    public static final int TIMED_OUT = 2;
    public static final int THROTTLED = 3;
    private static final int REGIONS = DccMetrics.REGIONS;
    private static final int ALERT_KINDS = 4;
    private static final int ALERT_TAG = 0;
    private static final int REQUEST_TAG = 1;

    /** [outcome x REGIONS + region][interval], outcome an {@link AlertOutcome} ordinal. */
    private final long[][] alerts;
    private final long[][] requests;

    public TimeSeriesConsumer(long interval, long horizon, int intervals) {
        super(interval, horizon, intervals, ALERTS, SERVICE_REQUESTS);
        alerts = new long[ALERT_KINDS * REGIONS][intervals];
        requests = new long[4][intervals];
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
            recordLatency(ALERT_TAG, latency);
        }
    }

    private void request(int at, int kind, long took) {
        switch (kind) {
            case DccOutcome.SR_SUBMITTED -> requests[SUBMITTED][at]++;
            case DccOutcome.SR_COMPLETED -> {
                requests[COMPLETED][at]++;
                recordLatency(REQUEST_TAG, took);
            }
            case DccOutcome.SR_TIMED_OUT -> requests[TIMED_OUT][at]++;
            case DccOutcome.SR_THROTTLED -> requests[THROTTLED][at]++;
            default -> {
                // rejected, lost and deferred attempts are in summary.json; the series keeps to the four above
            }
        }
    }

    /** Alerts with outcome {@code outcome} in region {@code region}, interval {@code i}. */
    public long alerts(AlertOutcome outcome, int region, int i) {
        return alerts[outcome.ordinal() * REGIONS + region][i];
    }

    /** Service Request attempts of kind {@code k} ({@link #SUBMITTED}, COMPLETED, TIMED_OUT, THROTTLED) in interval {@code i}. */
    public long requests(int k, int i) {
        return requests[k][i];
    }

    /** Alert latency at p50 ({@code upper} false) or p99 in interval {@code i}, microseconds; NaN when none was delivered. */
    public double alertLatency(boolean upper, int i) {
        return latency(ALERT_TAG, upper, i);
    }

    /** Service Request response time at p50 or p99 in interval {@code i}, microseconds; NaN when none completed. */
    public double responseTime(boolean upper, int i) {
        return latency(REQUEST_TAG, upper, i);
    }
}
