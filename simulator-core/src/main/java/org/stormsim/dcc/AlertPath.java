package org.stormsim.dcc;

import org.stormsim.catalogue.ServiceCategory;
import org.stormsim.engine.Kernel;
import org.stormsim.metrics.OutcomeRing;
import org.stormsim.scenario.DccUser;
import org.stormsim.throttle.AlertGate;

/**
 * The path of an alert, northbound:
 * <pre>
 * [storm protection at the CSP] -> HAN+hub -> WAN uplink(region) -> CSP+DSP ingest -> [storm protection at the DSP]
 *   -> motorway lane -> User intake -> delivered (or rejected as a duplicate by a User that checks counters)
 * </pre>
 * An alert a device raises enters at the HAN; one a storm event raises (AD1, restoration) waits in
 * the hold until it is raised, then enters at its first hop. Suppressed, lost and delivered alerts
 * each end with an outcome record carrying the time raised and the alerts it stands for.
 * Kernel thread only.
 */
final class AlertPath extends MessagePath {
    static final byte HAN = 0;
    static final byte UPLINK = 1;
    static final byte CSP = 2;
    static final byte LANE = 3;
    static final byte INTAKE = 4;

    private final Stages stages;
    private final Counters counters;
    private final AlertGate atCsp;
    private final AlertGate atDsp;
    private final LaneRouter router;
    private final DccUser[] users;
    private final CounterResets resets;

    AlertPath(Kernel kernel, Messages msgs, OutcomeRing ring, Stages stages, Counters counters, AlertGate atCsp, AlertGate atDsp,
              LaneRouter router, DccUser[] users, CounterResets resets) {
        super(kernel, msgs, ring);
        this.stages = stages;
        this.counters = counters;
        this.atCsp = atCsp;
        this.atDsp = atDsp;
        this.router = router;
        this.users = users;
        this.resets = resets;
    }

    /** Device {@code k} of {@code src} raised an alert now. */
    void raise(AlertSource src, long k, long now) {
        int m = msgs.allocate(now, Messages.ALERT);
        msgs.region[m] = (byte) src.region;
        msgs.code[m] = src.code;
        msgs.source[m] = src.index;
        msgs.device[m] = (int) k;
        msgs.cohort[m] = (short) src.cohortOf(k);
        msgs.user[m] = (short) src.recipientOf(k);
        counters.alertRaised(src.code, src.region);
        if (!atCsp.pass(m, now)) {
            finish(m, DccOutcome.ALERT_SUPPRESSED);
            return;
        }
        msgs.hop[m] = HAN - 1;
        advance(m);
    }

    /**
     * An alert a storm event raises for hub {@code hub} (no per-device source), raised after
     * {@code delay} and entering its path at {@code firstHop}.
     */
    void raiseLater(int region, int code, long hub, int recipient, int cohort, byte firstHop, long delay) {
        long now = kernel.now();
        int m = msgs.allocate(now, Messages.ALERT);
        msgs.region[m] = (byte) region;
        msgs.code[m] = (short) code;
        msgs.source[m] = -1;
        msgs.device[m] = (int) hub;
        msgs.cohort[m] = (short) cohort;
        msgs.user[m] = (short) recipient;
        msgs.hop[m] = (byte) (firstHop - 1);
        counters.alertRaised(code, region);
        stages.hold.hold(m, now + delay);
    }

    @Override
    void advance(int m) {
        int r = msgs.region[m];
        byte next = (byte) (msgs.hop[m] + 1);
        msgs.hop[m] = next;
        switch (next) {
            case HAN -> moveTo(m, stages.han[r]);
            case UPLINK -> moveTo(m, stages.uplink[r]);
            case CSP -> moveTo(m, stages.cspIn[r]);
            case LANE -> {
                if (atDsp.pass(m, kernel.now())) {
                    moveTo(m, stages.lanes[router.lane(m)]);
                } else {
                    finish(m, DccOutcome.ALERT_SUPPRESSED);
                }
            }
            case INTAKE -> moveTo(m, stages.intake[msgs.user[m]]);
            default -> deliver(m);
        }
    }

    @Override
    void turnedAway(int m, Stage stage) {
        finish(m, DccOutcome.ALERT_LOST);
    }

    private void deliver(int m) {
        if (users[msgs.user[m]].rejectsDuplicateCounters() && resets.resetAt(msgs.cohort[m], msgs.createdAt(m))) {
            finish(m, DccOutcome.ALERT_REJECTED_DUPLICATE);
        } else {
            finish(m, DccOutcome.ALERT_DELIVERED);
        }
    }

    private void finish(int m, int outcome) {
        int code = msgs.code[m];
        ring.record(outcome, code, DccOutcome.pack(msgs.region[m], ServiceCategory.ALERTS.ordinal(), msgs.user[m]),
                msgs.createdAt(m), Math.max(1, msgs.carried[m]), kernel.now());
        counters.alertFinished(code, msgs.region[m]);
        msgs.release(m);
    }
}
