package org.stormsim.dcc;

import org.stormsim.catalogue.ServiceCategory;
import org.stormsim.metrics.BatchMeans;
import org.stormsim.metrics.LatencyRecorder;
import org.stormsim.metrics.OutcomeBatch;
import org.stormsim.metrics.OutcomeConsumer;
import org.stormsim.metrics.SliceSeries;
import org.stormsim.scenario.DccScenario;

/**
 * The GB model's metrics consumer, on its own thread: outcome counts over the whole run (the
 * conservation ledgers' terms) of alerts and their deliveries by code and region, of request attempts
 * by User, variant, category and region, of requests' final outcomes by User and category, of
 * re-registrations and CSP test commands; for what was raised or submitted after warm-up, latency
 * histograms (an alert's, raised to its hand-off; a delivery's, raised to taken in; the User's share,
 * hand-off to taken in; a response's), the firmware jobs' fates per CSP region, and the Service Level
 * measures ({@link ServiceLevels}). Its tables are its own; it is read, after the ring is closed,
 * through counts records and recorders.
 */
public final class DccMetrics implements OutcomeConsumer {
    public static final int REGIONS = 3;
    private static final int SR_KINDS = RequestOutcome.values().length;
    private static final int CATEGORIES = ServiceCategory.values().length;
    private static final int SUBMITTED = RequestOutcome.SUBMITTED.ordinal();
    private static final int RESUBMITTED = RequestOutcome.RESUBMITTED.ordinal();
    private static final int COMPLETED = RequestOutcome.COMPLETED.ordinal();
    private static final int DEFERRED = RequestOutcome.DEFERRED.ordinal();
    private static final int FIRMWARE = ServiceCategory.FIRMWARE.ordinal();

    /** An alert code's or region's outcomes: handed over to its first User, suppressed, lost before the hand-off. */
    public record AlertCounts(long delivered, long suppressed, long lost) {
    }

    /** Deliveries to Users: handed over, taken in, rejected as duplicates, lost at a full intake. */
    public record DeliveryCounts(long handedOver, long takenIn, long rejectedDuplicate, long lost) {
        static DeliveryCounts of(long[] row) {
            return new DeliveryCounts(row[0], row[1], row[2], row[3]);
        }
    }

    /** A request outcome table's row: attempts by {@link RequestOutcome}. */
    public record RequestCounts(long submitted, long resubmitted, long completed, long timedOut, long throttled, long rejected,
                                long lost, long deferred, long dropped, long deviceRejected, long failed) {
        static RequestCounts of(long[] row) {
            return new RequestCounts(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9], row[10]);
        }
    }

    /**
     * Requests' final outcomes across their attempts: completed, and abandoned after a time-out, after
     * a refusal by SECMP0067, or after any other failure (lost, a firmware job cancelled, dropped,
     * rejected, failed) when the User made no further attempt.
     */
    public record RequestFinals(long completed, long abandonedAfterTimeOut, long abandonedAfterRefusal, long abandonedOtherwise, long refused,
                                long deferred) {
        public long abandoned() {
            return abandonedAfterTimeOut + abandonedAfterRefusal + abandonedOtherwise;
        }
    }

    /**
     * One CSP region's firmware jobs submitted after warm-up and their fates: finished (their attempt
     * resolved), completed, completed within their Target Response Time, cancelled with every channel
     * busy, dropped from the queue, rejected by the device, failed every download, lost or timed out.
     */
    public record FirmwareCounts(long submitted, long finished, long completed, long withinTarget, long cancelledChannelsFull,
                                 long droppedFromQueue, long rejectedByDevice, long failed, long otherwise) {
    }

    private final long warmup;
    private final long firmwareTarget;
    private final long[][] alertsByCode;
    private final long[][] alertsByRegion;
    private final long[][] deliveriesByCode;
    private final long[][] deliveriesByRegion;
    private final long[][] requestsByVariant;
    private final long[][] requestsByUser;
    private final long[][] requestsByCategory;
    private final long[][] requestsByRegion;
    /** [user * CATEGORIES + category][completed, after time-out, after refusal, otherwise]. */
    private final long[][] finals;
    /** Per User and category: first measure start to the final response of completed requests, and to the giving up of abandoned ones. */
    private final LatencyRecorder[] toComplete;
    private final LatencyRecorder[] toAbandon;
    private final long[] consolidated;
    private long registrationsDone;
    private long registrationsLost;
    private final long[] migrations = new long[3]; // done, failed, lost
    private long testsReturned;
    private long testsLost;
    private final LatencyRecorder alertLatency = new LatencyRecorder();
    private final LatencyRecorder[] alertLatencyByCode;
    private final LatencyRecorder[] alertLatencyByRegion = recorders(REGIONS);
    private final LatencyRecorder deliveryLatency = new LatencyRecorder();
    private final LatencyRecorder[] intakeByUser;
    private final LatencyRecorder responseTime = new LatencyRecorder();
    private final BatchMeans alertBatches = new BatchMeans();
    private final BatchMeans responseBatches = new BatchMeans();
    private final SliceSeries alertSeries;
    private final LatencyRecorder[] responseTimeByCategory = recorders(CATEGORIES);
    private final LatencyRecorder[] responseTimeByUser;
    private final LatencyRecorder[] responseTimeByVariant;
    private final LatencyRecorder testRoundTrip = new LatencyRecorder();
    /** [region][field]: firmware jobs after warm-up, fields in the order of {@link FirmwareCounts}. */
    private final long[][] firmware = new long[REGIONS][9];
    private final ServiceLevels levels;

    /** The metrics of a run of {@code scenario} (as built), with the catalogues' sizes. */
    public DccMetrics(DccScenario scenario, int codes, int variants) {
        int users = scenario.users().size();
        this.warmup = scenario.warmup().micros();
        this.firmwareTarget = scenario.sla().firmware().micros();
        this.alertSeries = new SliceSeries(scenario.duration().micros());
        alertsByCode = new long[codes][AlertOutcome.values().length];
        alertsByRegion = new long[REGIONS][AlertOutcome.values().length];
        deliveriesByCode = new long[codes][DeliveryOutcome.values().length];
        deliveriesByRegion = new long[REGIONS][DeliveryOutcome.values().length];
        requestsByVariant = new long[variants][SR_KINDS];
        requestsByUser = new long[users][SR_KINDS];
        requestsByCategory = new long[CATEGORIES][SR_KINDS];
        requestsByRegion = new long[REGIONS][SR_KINDS];
        finals = new long[users * CATEGORIES][6];
        toComplete = recorders(users * CATEGORIES);
        toAbandon = recorders(users * CATEGORIES);
        consolidated = new long[codes];
        alertLatencyByCode = new LatencyRecorder[codes];
        intakeByUser = recorders(users);
        responseTimeByUser = recorders(users);
        responseTimeByVariant = new LatencyRecorder[variants];
        levels = new ServiceLevels(scenario);
    }

    @Override
    public void onBatch(OutcomeBatch b) {
        for (int i = 0, n = b.size(); i < n; i++) {
            int kind = b.kind(i);
            if (DccOutcome.ofAlert(kind)) {
                alert(b, i, kind);
            } else if (kind == DccOutcome.REQUEST_COMPLETED || kind == DccOutcome.REQUEST_ABANDONED) {
                requestFinal(kind, b.attribute(i), b.t0(i), b.t2(i), (int) b.t3(i));
            } else if (DccOutcome.ofRequest(kind)) {
                attempt(b, i, kind);
            } else if (kind == DccOutcome.REGISTRATION_DONE) {
                registrationsDone++;
            } else if (kind == DccOutcome.REGISTRATION_LOST) {
                registrationsLost++;
            } else if (DccOutcome.ofMigration(kind)) {
                migrations[kind - DccOutcome.MIGRATION_DONE]++;
            } else {
                testCommand(kind, b.attribute(i), b.t0(i), b.t2(i));
            }
        }
    }

    private void alert(OutcomeBatch b, int i, int kind) {
        int code = b.subject(i);
        int attribute = b.attribute(i);
        int region = DccOutcome.region(attribute);
        long raised = b.t0(i);
        boolean delivery = kind == DccOutcome.DELIVERY_TAKEN_IN || kind == DccOutcome.DELIVERY_REJECTED_DUPLICATE
                || kind == DccOutcome.DELIVERY_LOST;
        if (delivery) {
            int k = kind == DccOutcome.DELIVERY_TAKEN_IN ? 1 : kind == DccOutcome.DELIVERY_REJECTED_DUPLICATE ? 2 : 3;
            deliveriesByCode[code][k]++;
            deliveriesByRegion[region][k]++;
            if (raised >= warmup && kind != DccOutcome.DELIVERY_LOST) {
                deliveryLatency.record(b.t2(i) - raised);
                intakeByUser[DccOutcome.user(attribute)].record(b.t2(i) - b.t3(i));
            }
            levels.alert(kind, code, attribute, raised, b.t6(i), b.t5(i), b.t4(i), b.t3(i), kind == DccOutcome.DELIVERY_LOST ? -1 : b.t2(i));
            return;
        }
        if (kind == DccOutcome.DELIVERY_HANDED_OVER) {
            deliveriesByCode[code][0]++;
            deliveriesByRegion[region][0]++;
            if (DccOutcome.delivery(attribute) == 0) {
                handedOver(code, region, raised, b.t1(i), b.t2(i));
            }
            levels.alert(kind, code, attribute, raised, b.t5(i), b.t4(i), b.t3(i), b.t2(i), -1);
            return;
        }
        int k = kind == DccOutcome.ALERT_SUPPRESSED ? AlertOutcome.SUPPRESSED.ordinal() : AlertOutcome.LOST.ordinal();
        alertsByCode[code][k]++;
        alertsByRegion[region][k]++;
        levels.alert(kind, code, attribute, raised, b.t5(i), b.t4(i), b.t3(i), -1, -1);
    }

    /** An alert handed to its Users (its first delivery's record): the alert's own counts and latency. */
    private void handedOver(int code, int region, long raised, long carried, long handed) {
        int k = AlertOutcome.DELIVERED.ordinal();
        alertsByCode[code][k]++;
        alertsByRegion[region][k]++;
        long latency = handed - raised;
        alertSeries.record(raised, latency);
        if (raised < warmup) {
            return;
        }
        alertLatency.record(latency);
        alertBatches.record(latency / 1e6);
        byCode(code).record(latency);
        alertLatencyByRegion[region].record(latency);
        consolidated[code] += carried - 1;
    }

    private void attempt(OutcomeBatch b, int i, int kind) {
        int variant = b.subject(i);
        int attribute = b.attribute(i);
        int k = RequestOutcome.of(kind).ordinal();
        int region = DccOutcome.region(attribute);
        int category = DccOutcome.category(attribute);
        int user = DccOutcome.user(attribute);
        long t0 = b.t0(i);
        count(k, variant, user, category, region);
        if (kind == DccOutcome.SR_THROTTLED) {
            finals[user * CATEGORIES + category][4]++;
        } else if (k == DEFERRED) {
            finals[user * CATEGORIES + category][5]++;
        }
        if (k == SUBMITTED && b.t1(i) > 1) {
            count(RESUBMITTED, variant, user, category, region);
        }
        if (t0 < warmup || k == DEFERRED) {
            return;
        }
        if (k == SUBMITTED) {
            if (category == FIRMWARE) {
                firmware[region][0]++;
            }
            return;
        }
        long took = b.t2(i) - t0;
        if (category == FIRMWARE) {
            firmwareJob(kind, region, took);
        }
        if (k == COMPLETED) {
            responseTime.record(took);
            responseBatches.record(took / 1e6);
            responseTimeByCategory[category].record(took);
            responseTimeByUser[user].record(took);
            byVariant(variant).record(took);
        }
        levels.attempt(kind, category, user, region, t0, b.t3(i), b.t1(i), b.t2(i));
    }

    private void firmwareJob(int kind, int region, long took) {
        long[] f = firmware[region];
        f[1]++;
        switch (kind) {
            case DccOutcome.SR_COMPLETED -> {
                f[2]++;
                if (took <= firmwareTarget) {
                    f[3]++;
                }
            }
            case DccOutcome.SR_REJECTED -> f[4]++;
            case DccOutcome.SR_DROPPED -> f[5]++;
            case DccOutcome.SR_DEVICE_REJECTED -> f[6]++;
            case DccOutcome.SR_FAILED -> f[7]++;
            default -> f[8]++;
        }
    }

    private void requestFinal(int kind, int attribute, long firstStart, long at, int lastOutcome) {
        int category = DccOutcome.category(attribute);
        int user = DccOutcome.user(attribute);
        long[] row = finals[user * CATEGORIES + category];
        if (firstStart >= warmup) {
            (kind == DccOutcome.REQUEST_COMPLETED ? toComplete : toAbandon)[user * CATEGORIES + category].record(at - firstStart);
        }
        if (kind == DccOutcome.REQUEST_COMPLETED) {
            row[0]++;
        } else if (lastOutcome == DccOutcome.SR_TIMED_OUT) {
            row[1]++;
        } else if (lastOutcome == DccOutcome.SR_THROTTLED) {
            row[2]++;
        } else {
            row[3]++;
        }
        levels.request(kind, category, user, DccOutcome.region(attribute), firstStart, at);
    }

    private void testCommand(int kind, int attribute, long sent, long at) {
        if (kind == DccOutcome.TEST_RETURNED) {
            testsReturned++;
            if (sent >= warmup) {
                testRoundTrip.record(at - sent);
            }
        } else {
            testsLost++;
        }
        levels.testCommand(kind, DccOutcome.region(attribute), sent, at);
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

    private static AlertCounts alertCounts(long[] alerts) {
        return new AlertCounts(alerts[0], alerts[1], alerts[2]);
    }

    // ---- read after the run

    /** Every alert's outcome over the whole run. */
    public AlertCounts alerts() {
        return alertCounts(sum(alertsByCode));
    }

    /** The outcomes of alert code {@code code} (catalogue index). */
    public AlertCounts alertsOfCode(int code) {
        return alertCounts(alertsByCode[code]);
    }

    /** The deliveries of the alerts of code {@code code} (catalogue index). */
    public DeliveryCounts deliveriesOfCode(int code) {
        return DeliveryCounts.of(deliveriesByCode[code]);
    }

    /** The outcomes of the alerts of region {@code region}. */
    public AlertCounts alertsOfRegion(int region) {
        return alertCounts(alertsByRegion[region]);
    }

    /** Every delivery's outcome over the whole run. */
    public DeliveryCounts deliveries() {
        return DeliveryCounts.of(sum(deliveriesByCode));
    }

    /** The deliveries of the alerts of region {@code region}. */
    public DeliveryCounts deliveriesOfRegion(int region) {
        return DeliveryCounts.of(deliveriesByRegion[region]);
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

    /** The final outcomes of User {@code user}'s requests of category {@code c}, over the whole run. */
    public RequestFinals finalsOf(int user, ServiceCategory c) {
        long[] row = finals[user * CATEGORIES + c.ordinal()];
        return new RequestFinals(row[0], row[1], row[2], row[3], row[4], row[5]);
    }

    /** User {@code user}'s completed requests of category {@code c}: first submission (or execution) to the final response, every retry included. */
    public LatencyRecorder timeToCompleteOf(int user, ServiceCategory c) {
        return toComplete[user * CATEGORIES + c.ordinal()];
    }

    /** User {@code user}'s abandoned requests of category {@code c}: first submission (or execution) to the last attempt's failure. */
    public LatencyRecorder timeToAbandonOf(int user, ServiceCategory c) {
        return toAbandon[user * CATEGORIES + c.ordinal()];
    }

    /** How many Users the tables have. */
    public int users() {
        return requestsByUser.length;
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

    /** SMETS1 migrations done, failed and lost. */
    public long migrationsDone() {
        return migrations[0];
    }

    public long migrationsFailed() {
        return migrations[1];
    }

    public long migrationsLost() {
        return migrations[2];
    }

    /** CSP test commands back at their gateway, and lost. */
    public long testsReturned() {
        return testsReturned;
    }

    public long testsLost() {
        return testsLost;
    }

    /** The test commands' round trips after warm-up, microseconds. */
    public LatencyRecorder testRoundTrip() {
        return testRoundTrip;
    }

    /** Alert latency, raised to the DSP's hand-off (once per alert), after warm-up, microseconds. */
    public LatencyRecorder alertLatency() {
        return alertLatency;
    }

    /** Alert latency of code {@code code}, or null when none was handed over after warm-up. */
    public LatencyRecorder alertLatencyOfCode(int code) {
        return alertLatencyByCode[code];
    }

    public LatencyRecorder alertLatencyOfRegion(int region) {
        return alertLatencyByRegion[region];
    }

    /** A delivery's latency, raised to taken in by the User's system, after warm-up. */
    public LatencyRecorder deliveryLatency() {
        return deliveryLatency;
    }

    /** User {@code user}'s share: hand-off to taken in by its system. */
    public LatencyRecorder intakeOfUser(int user) {
        return intakeByUser[user];
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

    /** The Service Level measures. */
    public ServiceLevels serviceLevels() {
        return levels;
    }

    /** Region {@code r}'s firmware jobs submitted after warm-up and what became of them. */
    public FirmwareCounts firmware(int r) {
        long[] f = firmware[r];
        return new FirmwareCounts(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]);
    }
}
