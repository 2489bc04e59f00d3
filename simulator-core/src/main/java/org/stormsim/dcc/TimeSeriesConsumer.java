package org.stormsim.dcc;

import org.stormsim.metrics.IntervalSeriesConsumer;
import org.stormsim.metrics.OutcomeBatch;

/**
 * The GB model's outcome records cut into intervals of simulated time by when they happened (t2),
 * on its own consumer thread: per region, alerts handed to their Users (once per alert), suppressed and
 * lost (before the hand-off, or a delivery at a full intake), and deliveries rejected as duplicates;
 * Service Request attempts submitted, completed, timed out and throttled; and per interval the alert
 * latency (raised to the DSP's hand-off) and Service Request response time (submitted, or executed,
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

    /** [column x REGIONS + region][interval]: handed over, suppressed, rejected as duplicates, lost. */
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
            if (!DccOutcome.ofAlert(kind) && !DccOutcome.ofRequest(kind)) {
                continue;
            }
            int at = roll(b.t2(i));
            if (DccOutcome.ofAlert(kind)) {
                alert(at, kind, b.attribute(i), b.t2(i) - b.t0(i));
            } else {
                request(at, kind, b.t2(i) - b.t0(i));
            }
        }
    }

    private void alert(int at, int kind, int attribute, long latency) {
        int column;
        switch (kind) {
            case DccOutcome.DELIVERY_HANDED_OVER -> {
                if (DccOutcome.delivery(attribute) != 0) {
                    return; // an alert counts once, at its first delivery's hand-off
                }
                column = 0;
                recordLatency(ALERT_TAG, latency);
            }
            case DccOutcome.ALERT_SUPPRESSED -> column = 1;
            case DccOutcome.DELIVERY_REJECTED_DUPLICATE -> column = 2;
            case DccOutcome.ALERT_LOST, DccOutcome.DELIVERY_LOST -> column = 3;
            default -> {
                return; // deliveries taken in are counted in summary.json
            }
        }
        alerts[column * REGIONS + DccOutcome.region(attribute)][at]++;
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

    /** Alerts handed over, suppressed or lost (before the hand-off, or a delivery at a full intake) in region {@code region}, interval {@code i}. */
    public long alerts(AlertOutcome outcome, int region, int i) {
        return alerts[(outcome == AlertOutcome.DELIVERED ? 0 : outcome == AlertOutcome.SUPPRESSED ? 1 : 3) * REGIONS + region][i];
    }

    /** Deliveries rejected as duplicates by the Users' systems in region {@code region}, interval {@code i}. */
    public long rejectedDuplicates(int region, int i) {
        return alerts[2 * REGIONS + region][i];
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
