package org.stormsim.dcc;

import org.stormsim.catalogue.ServiceCategory;
import org.stormsim.dcc.DccOutcome;
import org.stormsim.metrics.BatchMeans;
import org.stormsim.metrics.LatencyRecorder;
import org.stormsim.metrics.OutcomeBatch;
import org.stormsim.metrics.OutcomeConsumer;
import org.stormsim.metrics.SliceSeries;

/**
 * The GB model's metrics consumer, on its own thread: outcome counts over the whole run (the
 * conservation ledger's terms) by alert code, region, User, variant and category; and, for what was
 * raised or submitted after warm-up, latency histograms and the counts within each Target Response
 * Time that the Service Level measures are computed from. Read only after the ring is closed.
 */
public final class DccMetrics implements OutcomeConsumer {
    public static final int REGIONS = 3;
    /** Indices into the count tables. */
    public static final int DELIVERED = 0;
    public static final int SUPPRESSED = 1;
    public static final int REJECTED_DUPLICATE = 2;
    public static final int LOST = 3;
    public static final int SUBMITTED = 0;
    public static final int RESUBMITTED = 1;
    public static final int COMPLETED = 2;
    public static final int TIMED_OUT = 3;
    public static final int THROTTLED = 4;
    public static final int REJECTED = 5;
    public static final int SR_LOST = 6;
    public static final int DEFERRED = 7;
    private static final int SR_KINDS = 8;
    private static final int CATEGORIES = ServiceCategory.values().length;

    private final long warmup;
    private final long[] targets;
    public final long[][] alertsByCode;
    public final long[][] alertsByRegion;
    public final long[][] requestsByVariant;
    public final long[][] requestsByUser;
    public final long[][] requestsByCategory;
    public final long[][] requestsByRegion;
    public final long[] consolidated;
    public final long[] registrations = new long[2];
    public final LatencyRecorder alertLatency = new LatencyRecorder();
    public final LatencyRecorder[] alertLatencyByCode;
    public final LatencyRecorder[] alertLatencyByRegion = recorders(REGIONS);
    public final LatencyRecorder responseTime = new LatencyRecorder();
    /** Batch means of alert latency and SR response time (seconds), for an interval within one replication. */
    public final BatchMeans alertBatches = new BatchMeans();
    public final BatchMeans responseBatches = new BatchMeans();
    /** Alert latency by raise time, warm-up included: the series the warm-up is detected from. */
    public final SliceSeries alertSeries;
    public final LatencyRecorder[] responseTimeByCategory = recorders(CATEGORIES);
    public final LatencyRecorder[] responseTimeByUser;
    public final LatencyRecorder[] responseTimeByVariant;
    /** [category][region]: measured after warm-up, and within the Target Response Time. */
    public final long[][] measured = new long[CATEGORIES][REGIONS];
    public final long[][] withinTarget = new long[CATEGORIES][REGIONS];
    /** [region]: firmware jobs after warm-up: within target, completed, cancelled, finished, submitted. */
    public final long[][] firmware = new long[REGIONS][5];

    public DccMetrics(long warmup, long horizon, long[] targetsByCategory, int codes, int variants, int users) {
        this.warmup = warmup;
        this.alertSeries = new SliceSeries(horizon);
        this.targets = targetsByCategory.clone();
        alertsByCode = new long[codes][4];
        alertsByRegion = new long[REGIONS][4];
        requestsByVariant = new long[variants][SR_KINDS];
        requestsByUser = new long[users][SR_KINDS];
        requestsByCategory = new long[CATEGORIES][SR_KINDS];
        requestsByRegion = new long[REGIONS][SR_KINDS];
        consolidated = new long[codes];
        alertLatencyByCode = new LatencyRecorder[codes];
        responseTimeByUser = recorders(users);
        responseTimeByVariant = new LatencyRecorder[variants];
    }

    @Override
    public void onBatch(OutcomeBatch b) {
        for (int i = 0, n = b.size(); i < n; i++) {
            int kind = b.kind(i);
            if (kind < DccOutcome.SR_SUBMITTED) {
                alert(kind, b.subject(i), b.attribute(i), b.t0(i), b.t1(i), b.t2(i));
            } else if (kind < DccOutcome.REGISTRATION_DONE) {
                request(kind, b.subject(i), b.attribute(i), b.t0(i), b.t1(i), b.t2(i));
            } else {
                registrations[kind == DccOutcome.REGISTRATION_DONE ? 0 : 1]++;
            }
        }
    }

    private void alert(int kind, int code, int attribute, long t0, long carried, long t2) {
        int region = DccOutcome.region(attribute);
        int k = kind - DccOutcome.ALERT_DELIVERED;
        alertsByCode[code][k]++;
        alertsByRegion[region][k]++;
        if (kind == DccOutcome.ALERT_DELIVERED) {
            alertSeries.record(t0, t2 - t0);
        }
        if (t0 < warmup) {
            return;
        }
        int alerts = ServiceCategory.ALERTS.ordinal();
        if (kind == DccOutcome.ALERT_DELIVERED) {
            long latency = t2 - t0;
            alertLatency.record(latency);
            alertBatches.record(latency / 1e6);
            byCode(code).record(latency);
            alertLatencyByRegion[region].record(latency);
            consolidated[code] += carried - 1;
            measured[alerts][region]++;
            if (latency <= targets[alerts]) {
                withinTarget[alerts][region]++;
            }
        } else if (kind == DccOutcome.ALERT_LOST) {
            measured[alerts][region]++;
        }
    }

    private void request(int kind, int variant, int attribute, long t0, long t1, long t2) {
        int k = requestKind(kind, t1);
        int region = DccOutcome.region(attribute);
        int category = DccOutcome.category(attribute);
        int user = DccOutcome.user(attribute);
        count(k, variant, user, category, region);
        if (k == SUBMITTED && t1 > 1) {
            count(RESUBMITTED, variant, user, category, region);
        }
        if (t0 < warmup || k == DEFERRED) {
            return;
        }
        if (k == SUBMITTED) {
            if (category == ServiceCategory.FIRMWARE.ordinal()) {
                firmware[region][4]++;
            }
            return;
        }
        if (category == ServiceCategory.FIRMWARE.ordinal()) {
            firmware(k, region, t2 - t0);
        }
        if (k == COMPLETED) {
            long rt = t2 - t0;
            responseTime.record(rt);
            responseBatches.record(rt / 1e6);
            responseTimeByCategory[category].record(rt);
            responseTimeByUser[user].record(rt);
            byVariant(variant).record(rt);
            measured[category][region]++;
            if (rt <= targets[category]) {
                withinTarget[category][region]++;
            }
        } else if (k == TIMED_OUT || k == SR_LOST) {
            measured[category][region]++;
        }
    }

    private void firmware(int k, int region, long took) {
        long[] f = firmware[region];
        f[3]++;
        if (k == REJECTED) {
            f[2]++;
        } else if (k == COMPLETED) {
            f[1]++;
            if (took <= targets[ServiceCategory.FIRMWARE.ordinal()]) {
                f[0]++;
            }
        }
    }

    private static int requestKind(int kind, long t1) {
        switch (kind) {
            case DccOutcome.SR_SUBMITTED:
                return SUBMITTED;
            case DccOutcome.SR_COMPLETED:
                return COMPLETED;
            case DccOutcome.SR_TIMED_OUT:
                return TIMED_OUT;
            case DccOutcome.SR_THROTTLED:
                return THROTTLED;
            case DccOutcome.SR_REJECTED:
                return REJECTED;
            case DccOutcome.SR_LOST:
                return SR_LOST;
            case DccOutcome.SR_DEFERRED:
                return DEFERRED;
            default:
                throw new IllegalStateException("unknown outcome kind " + kind);
        }
    }

    private void count(int k, int variant, int user, int category, int region) {
        requestsByVariant[variant][k]++;
        requestsByUser[user][k]++;
        requestsByCategory[category][k]++;
        requestsByRegion[region][k]++;
    }

    private LatencyRecorder byCode(int code) {
        LatencyRecorder r = alertLatencyByCode[code];
        if (r == null) {
            r = new LatencyRecorder();
            alertLatencyByCode[code] = r;
        }
        return r;
    }

    private LatencyRecorder byVariant(int v) {
        LatencyRecorder r = responseTimeByVariant[v];
        if (r == null) {
            r = new LatencyRecorder();
            responseTimeByVariant[v] = r;
        }
        return r;
    }

    private static LatencyRecorder[] recorders(int n) {
        LatencyRecorder[] out = new LatencyRecorder[n];
        for (int i = 0; i < n; i++) {
            out[i] = new LatencyRecorder();
        }
        return out;
    }

    /** The sum over a count table's rows of column {@code k}. */
    public static long total(long[][] table, int k) {
        long s = 0;
        for (long[] row : table) {
            s += row[k];
        }
        return s;
    }
}
