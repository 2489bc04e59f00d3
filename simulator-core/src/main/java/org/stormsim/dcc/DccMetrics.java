package org.stormsim.dcc;

import org.stormsim.catalogue.ServiceCategory;
import org.stormsim.metrics.BatchMeans;
import org.stormsim.metrics.LatencyRecorder;
import org.stormsim.metrics.OutcomeBatch;
import org.stormsim.metrics.OutcomeConsumer;
import org.stormsim.metrics.SliceSeries;

/**
 * The GB model's metrics consumer, on its own thread: outcome counts over the whole run (the
 * conservation ledger's terms) by alert code, region, User, variant and category; and, for what was
 * raised or submitted after warm-up, latency histograms and the counts within each Target Response
 * Time that the Service Level measures are computed from, and the firmware jobs' fates. Its tables
 * are its own; it is read, after the ring is closed, through counts records and recorders.
 */
public final class DccMetrics implements OutcomeConsumer {
    public static final int REGIONS = 3;
    private static final int ALERT_KINDS = AlertOutcome.values().length;
    private static final int SR_KINDS = RequestOutcome.values().length;
    private static final int CATEGORIES = ServiceCategory.values().length;
    private static final int DELIVERED = AlertOutcome.DELIVERED.ordinal();
    private static final int LOST = AlertOutcome.LOST.ordinal();
    private static final int SUBMITTED = RequestOutcome.SUBMITTED.ordinal();
    private static final int RESUBMITTED = RequestOutcome.RESUBMITTED.ordinal();
    private static final int COMPLETED = RequestOutcome.COMPLETED.ordinal();
    private static final int TIMED_OUT = RequestOutcome.TIMED_OUT.ordinal();
    private static final int REJECTED = RequestOutcome.REJECTED.ordinal();
    private static final int SR_LOST = RequestOutcome.LOST.ordinal();
    private static final int DEFERRED = RequestOutcome.DEFERRED.ordinal();

    /** An alert outcome table's row: counts by {@link AlertOutcome}. */
    public record AlertCounts(long delivered, long suppressed, long rejectedDuplicate, long lost) {
        static AlertCounts of(long[] row) {
            return new AlertCounts(row[0], row[1], row[2], row[3]);
        }
    }

    /** A request outcome table's row: counts by {@link RequestOutcome}. */
    public record RequestCounts(long submitted, long resubmitted, long completed, long timedOut, long throttled, long rejected,
                                long lost, long deferred) {
        static RequestCounts of(long[] row) {
            return new RequestCounts(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7]);
        }
    }

    /**
     * One region's firmware jobs submitted after warm-up: submitted, finished (their attempt resolved:
     * completed, cancelled, timed out or lost), completed, completed within their Target Response Time,
     * and cancelled because every download channel was busy.
     */
    public record FirmwareCounts(long submitted, long finished, long completed, long withinTarget, long cancelledChannelsFull) {
    }

    private final long warmup;
    private final long[] targets;
    private final long[][] alertsByCode;
    private final long[][] alertsByRegion;
    private final long[][] requestsByVariant;
    private final long[][] requestsByUser;
    private final long[][] requestsByCategory;
    private final long[][] requestsByRegion;
    private final long[] consolidated;
    private long registrationsDone;
    private long registrationsLost;
    private final LatencyRecorder alertLatency = new LatencyRecorder();
    private final LatencyRecorder[] alertLatencyByCode;
    private final LatencyRecorder[] alertLatencyByRegion = recorders(REGIONS);
    private final LatencyRecorder responseTime = new LatencyRecorder();
    private final BatchMeans alertBatches = new BatchMeans();
    private final BatchMeans responseBatches = new BatchMeans();
    private final SliceSeries alertSeries;
    private final LatencyRecorder[] responseTimeByCategory = recorders(CATEGORIES);
    private final LatencyRecorder[] responseTimeByUser;
    private final LatencyRecorder[] responseTimeByVariant;
    /** [category][region]: measured after warm-up, and within the Target Response Time. */
    private final long[][] measured = new long[CATEGORIES][REGIONS];
    private final long[][] withinTarget = new long[CATEGORIES][REGIONS];
    /** [region] firmware jobs after warm-up, one field each (see {@link FirmwareCounts}). */
    private final long[] firmwareSubmitted = new long[REGIONS];
    private final long[] firmwareFinished = new long[REGIONS];
    private final long[] firmwareCompleted = new long[REGIONS];
    private final long[] firmwareWithinTarget = new long[REGIONS];
    private final long[] firmwareCancelled = new long[REGIONS];

    /**
     * Metrics of a run with statistics from {@code warmup} to {@code horizon} (microseconds), the
     * Target Response Time of each {@link ServiceCategory} by ordinal, and the catalogues' and Users' sizes.
     */
    public DccMetrics(long warmup, long horizon, long[] targetsByCategory, int codes, int variants, int users) {
        this.warmup = warmup;
        this.alertSeries = new SliceSeries(horizon);
        this.targets = targetsByCategory.clone();
        alertsByCode = new long[codes][ALERT_KINDS];
        alertsByRegion = new long[REGIONS][ALERT_KINDS];
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
            } else if (kind == DccOutcome.REGISTRATION_DONE) {
                registrationsDone++;
            } else {
                registrationsLost++;
            }
        }
    }

    private void alert(int kind, int code, int attribute, long t0, long carried, long t2) {
        int region = DccOutcome.region(attribute);
        int k = kind - DccOutcome.ALERT_DELIVERED;
        alertsByCode[code][k]++;
        alertsByRegion[region][k]++;
        if (k == DELIVERED) {
            alertSeries.record(t0, t2 - t0);
        }
        if (t0 < warmup) {
            return;
        }
        int alerts = ServiceCategory.ALERTS.ordinal();
        if (k == DELIVERED) {
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
        } else if (k == LOST) {
            measured[alerts][region]++;
        }
    }

    private void request(int kind, int variant, int attribute, long t0, long t1, long t2) {
        int k = RequestOutcome.of(kind).ordinal();
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
        boolean firmware = category == ServiceCategory.FIRMWARE.ordinal();
        if (k == SUBMITTED) {
            if (firmware) {
                firmwareSubmitted[region]++;
            }
            return;
        }
        if (firmware) {
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
        firmwareFinished[region]++;
        if (k == REJECTED) {
            firmwareCancelled[region]++;
        } else if (k == COMPLETED) {
            firmwareCompleted[region]++;
            if (took <= targets[ServiceCategory.FIRMWARE.ordinal()]) {
                firmwareWithinTarget[region]++;
            }
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

    private static long[] sum(long[][] table) {
        long[] out = new long[table[0].length];
        for (long[] row : table) {
            for (int k = 0; k < row.length; k++) {
                out[k] += row[k];
            }
        }
        return out;
    }

    // ---- read after the run

    /** Every alert's outcome over the whole run. */
    public AlertCounts alerts() {
        return AlertCounts.of(sum(alertsByCode));
    }

    /** The outcomes of alert code {@code code} (catalogue index). */
    public AlertCounts alertsOfCode(int code) {
        return AlertCounts.of(alertsByCode[code]);
    }

    /** The outcomes of the alerts of region {@code region}. */
    public AlertCounts alertsOfRegion(int region) {
        return AlertCounts.of(alertsByRegion[region]);
    }

    /** Every request attempt's outcome over the whole run. */
    public RequestCounts requests() {
        return RequestCounts.of(sum(requestsByCategory));
    }

    public RequestCounts requestsOfCategory(ServiceCategory c) {
        return RequestCounts.of(requestsByCategory[c.ordinal()]);
    }

    public RequestCounts requestsOfUser(int user) {
        return RequestCounts.of(requestsByUser[user]);
    }

    public RequestCounts requestsOfVariant(int variant) {
        return RequestCounts.of(requestsByVariant[variant]);
    }

    /** How many variants the count tables have (the catalogue's size). */
    public int variants() {
        return requestsByVariant.length;
    }

    /** Alerts of code {@code code} that forwarded alerts stood for besides themselves (SECMP0062 consolidation). */
    public long consolidatedInto(int code) {
        return consolidated[code];
    }

    /** WAN re-registrations that reached the CSP, and that were lost. */
    public long registrationsDone() {
        return registrationsDone;
    }

    public long registrationsLost() {
        return registrationsLost;
    }

    /** Alert latency (raised to delivered) after warm-up, microseconds. */
    public LatencyRecorder alertLatency() {
        return alertLatency;
    }

    /** Alert latency of code {@code code}, or null when none was delivered after warm-up. */
    public LatencyRecorder alertLatencyOfCode(int code) {
        return alertLatencyByCode[code];
    }

    public LatencyRecorder alertLatencyOfRegion(int region) {
        return alertLatencyByRegion[region];
    }

    /** Service Request response time (submitted, or executed, to response) after warm-up, microseconds. */
    public LatencyRecorder responseTime() {
        return responseTime;
    }

    public LatencyRecorder responseTimeOfCategory(ServiceCategory c) {
        return responseTimeByCategory[c.ordinal()];
    }

    public LatencyRecorder responseTimeOfUser(int user) {
        return responseTimeByUser[user];
    }

    /** Response time of variant {@code v}, or null when none completed after warm-up. */
    public LatencyRecorder responseTimeOfVariant(int v) {
        return responseTimeByVariant[v];
    }

    /** Batch means of alert latency and SR response time (seconds), for an interval within one replication. */
    public BatchMeans.Interval alertBatches() {
        return alertBatches.interval();
    }

    public BatchMeans.Interval responseBatches() {
        return responseBatches.interval();
    }

    /** Alert latency by raise time, warm-up included: the series the warm-up is detected from. */
    public SliceSeries alertSeries() {
        return alertSeries;
    }

    /** Measured after warm-up in category {@code c} and region {@code r} (counted in its Service Level). */
    public long measured(ServiceCategory c, int r) {
        return measured[c.ordinal()][r];
    }

    /** Of those, within the category's Target Response Time. */
    public long withinTarget(ServiceCategory c, int r) {
        return withinTarget[c.ordinal()][r];
    }

    /** Region {@code r}'s firmware jobs submitted after warm-up and what became of them. */
    public FirmwareCounts firmware(int r) {
        return new FirmwareCounts(firmwareSubmitted[r], firmwareFinished[r], firmwareCompleted[r], firmwareWithinTarget[r],
                firmwareCancelled[r]);
    }
}
