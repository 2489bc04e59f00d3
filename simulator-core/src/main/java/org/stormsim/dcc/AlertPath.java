package org.stormsim.dcc;

import org.stormsim.catalogue.ServiceCategory;
import org.stormsim.engine.Kernel;
import org.stormsim.metrics.OutcomeRing;
import org.stormsim.scenario.DccUser;
import org.stormsim.throttle.AlertGate;

/**
 * The path of an alert, northbound, and of its deliveries to Users:
 * <pre>
 * [storm protection at the CSP] -> HAN+hub -> WAN uplink(region) -> CSP transit + DSP ingest latency
 *   -> DSP servers -> [storm protection at the DSP] -> motorway lane -> hand-off to each User entitled to it
 *   -> that User's intake -> taken in (or rejected as a duplicate by a User that checks counters)
 * </pre>
 * A migrated SMETS1 installation's alert takes the SMETS1 path instead of the first three hops:
 * <pre>
 * SMETS1 WAN -> S1SP servers (received by the S1SP, in the CSP's place) -> S1SP transit + DSP ingest latency -> DSP servers -> ...
 * </pre>
 * An alert a device raises enters at the HAN; one a storm event raises waits in the hold until it is
 * raised, then enters at its first hop (the CSP for a power outage alert, which the CSP raises). On
 * its way the alert notes the points the Service Level measures start and stop at: received by the
 * CSP (leaving the WAN), received by the DSP (the CSP's transit over), handed over (leaving its
 * lane). At the hand-off it becomes one delivery per User entitled to it: its Supplier, and for a
 * power outage alert also its Network Operator (DUIS sends each its own copy). Suppressed and lost
 * alerts, each hand-off and each delivery's end publish an outcome record with the points passed
 * ({@link DccOutcome}). Kernel thread only.
 */
final class AlertPath extends MessagePath {
    static final byte HAN = 0;
    static final byte UPLINK = 1;
    static final byte CSP = 2;
    static final byte DSP = 3;
    static final byte LANE = 4;
    static final byte HAND_OFF = 5;
    static final byte INTAKE = 6;
    /** The SMETS1 path's hops, in place of HAN, UPLINK and CSP (past INTAKE's successor, so the switch tells them apart by hop alone). */
    static final byte SMETS1_WAN = 8;
    static final byte S1SP = 9;
    static final byte S1SP_TO_DSP = 10;

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
        msgs.region(m, (byte) src.region);
        msgs.code(m, src.code);
        msgs.source(m, src.index);
        msgs.device(m, (int) k);
        msgs.cohort(m, (short) src.cohortOf(k));
        msgs.user(m, (short) src.recipientOf(k));
        msgs.alsoUser(m, (short) src.alsoRecipientOf(k));
        counters.alertRaised(src.code, src.region, msgs.cohort(m));
        if (src.smets1) {
            counters.smets1Raised++;
            msgs.hop(m, SMETS1_WAN - 1); // a SMETS1 alert passes no CSP: protection placed there cannot see it
            advance(m);
            return;
        }
        if (!atCsp.pass(m, now)) {
            finish(m, DccOutcome.ALERT_SUPPRESSED);
            return;
        }
        msgs.hop(m, HAN - 1);
        advance(m);
    }

    /**
     * An alert a storm event raises for hub {@code hub} (no per-device source), raised after
     * {@code delay} and entering its path at {@code firstHop}; to {@code recipient} and, when not -1,
     * {@code alsoRecipient}; {@code powerLost} the hub's power loss for a power outage alert (else -1),
     * {@code massOutage} whether that outage counts as mass in its 3-minute window.
     */
    void raiseLater(int region, int code, long hub, int recipient, int alsoRecipient, int cohort, byte firstHop, long delay, long powerLost,
                    boolean massOutage) {
        long now = kernel.now();
        int m = msgs.allocate(now, Messages.ALERT);
        msgs.region(m, (byte) region);
        msgs.code(m, (short) code);
        msgs.source(m, -1);
        msgs.device(m, (int) hub);
        msgs.cohort(m, (short) cohort);
        msgs.user(m, (short) recipient);
        msgs.alsoUser(m, (short) alsoRecipient);
        msgs.powerLostAt(m, powerLost);
        msgs.flags(m, massOutage ? Messages.MASS_OUTAGE : 0);
        msgs.hop(m, (byte) (firstHop - 1));
        counters.alertRaised(code, region, cohort);
        stages.hold.hold(m, now + delay);
    }

    @Override
    void advance(int m) {
        int r = msgs.region(m);
        byte next = (byte) (msgs.hop(m) + 1);
        msgs.hop(m, next);
        switch (next) {
            case HAN -> moveTo(m, stages.han[r]);
            case UPLINK -> moveTo(m, stages.uplink[r]);
            case CSP -> {
                msgs.cspAt(m, kernel.now());
                moveTo(m, stages.cspIn[r]); // notes the DSP's receipt when the CSP's transit is over
            }
            case DSP -> moveTo(m, stages.dsp);
            case LANE -> {
                if (atDsp.pass(m, kernel.now())) {
                    moveTo(m, stages.lanes[router.lane(m)]);
                } else {
                    finish(m, DccOutcome.ALERT_SUPPRESSED);
                }
            }
            case HAND_OFF -> handOff(m);
            case SMETS1_WAN -> moveTo(m, stages.smets1.wan());
            case S1SP -> {
                msgs.cspAt(m, kernel.now()); // received by the S1SP, in the CSP's place
                moveTo(m, stages.smets1.s1sp());
            }
            case S1SP_TO_DSP -> {
                msgs.hop(m, CSP); // the DSP next
                moveTo(m, stages.smets1.toDsp()); // notes the DSP's receipt when the S1SP's transit is over
            }
            default -> takenIn(m);
        }
    }

    /** The DSP hands the alert to each User entitled to it: one delivery each, into that User's intake. */
    private void handOff(int m) {
        long now = kernel.now();
        msgs.handedAt(m, now);
        msgs.carried(m, Math.max(1, msgs.carried(m)));
        counters.alertFinished(msgs.code(m), msgs.region(m));
        int second = msgs.alsoUser(m) >= 0 && msgs.alsoUser(m) != msgs.user(m) ? msgs.copyDelivery(m, msgs.alsoUser(m), (byte) 1) : -1;
        handOver(m);
        if (second >= 0) {
            handOver(second);
        }
    }

    private void handOver(int d) {
        counters.deliveryHandedOver();
        ring.record(DccOutcome.DELIVERY_HANDED_OVER, msgs.code(d), attribute(d), msgs.createdAt(d), msgs.carried(d), msgs.handedAt(d),
                msgs.dspAt(d), msgs.cspAt(d), msgs.powerLostAt(d), -1);
        msgs.hop(d, INTAKE);
        moveTo(d, stages.intake[msgs.user(d)]);
    }

    @Override
    void turnedAway(int m, Stage stage) {
        if (msgs.hop(m) == INTAKE) {
            endDelivery(m, DccOutcome.DELIVERY_LOST);
        } else {
            finish(m, DccOutcome.ALERT_LOST);
        }
    }

    private void takenIn(int m) {
        boolean duplicate = users[msgs.user(m)].rejectsDuplicateCounters() && resets.resetAt(msgs.cohort(m), msgs.createdAt(m));
        endDelivery(m, duplicate ? DccOutcome.DELIVERY_REJECTED_DUPLICATE : DccOutcome.DELIVERY_TAKEN_IN);
    }

    private void endDelivery(int m, int outcome) {
        ring.record(outcome, msgs.code(m), attribute(m), msgs.createdAt(m), msgs.carried(m), kernel.now(), msgs.handedAt(m), msgs.dspAt(m),
                msgs.cspAt(m), msgs.powerLostAt(m));
        counters.deliveryEnded();
        msgs.release(m);
    }

    /** An alert that ends before its hand-off: suppressed or lost. */
    private void finish(int m, int outcome) {
        int code = msgs.code(m);
        ring.record(outcome, code, attribute(m), msgs.createdAt(m), Math.max(1, msgs.carried(m)), kernel.now(), msgs.dspAt(m),
                msgs.cspAt(m), msgs.powerLostAt(m), -1);
        counters.alertFinished(code, msgs.region(m));
        msgs.release(m);
    }

    /**
     * At the end of the run, alert {@code m} still on its way, to the measures it would have counted
     * in: before the hand-off once for each User it goes to ({@code live[0]} counts it), after it as
     * that one delivery ({@code live[1]}).
     */
    void inFlightAtEnd(int m, ServiceLevels levels, long[] live) {
        boolean mass = (msgs.flags(m) & Messages.MASS_OUTAGE) != 0;
        if (msgs.handedAt(m) < 0) {
            live[0]++;
            levels.alertInFlight(msgs.code(m), msgs.region(m), msgs.user(m), 0, mass, msgs.createdAt(m), msgs.powerLostAt(m), msgs.cspAt(m),
                    msgs.dspAt(m), -1);
            if (msgs.alsoUser(m) >= 0 && msgs.alsoUser(m) != msgs.user(m)) {
                levels.alertInFlight(msgs.code(m), msgs.region(m), msgs.alsoUser(m), 1, mass, msgs.createdAt(m), msgs.powerLostAt(m),
                        msgs.cspAt(m), msgs.dspAt(m), -1);
            }
        } else {
            live[1]++;
            levels.alertInFlight(msgs.code(m), msgs.region(m), msgs.user(m), msgs.delivery(m), mass, msgs.createdAt(m), msgs.powerLostAt(m),
                    msgs.cspAt(m), msgs.dspAt(m), msgs.handedAt(m));
        }
    }

    private int attribute(int m) {
        return DccOutcome.packDelivery(msgs.region(m), ServiceCategory.ALERTS.ordinal(), msgs.user(m), msgs.delivery(m),
                (msgs.flags(m) & Messages.MASS_OUTAGE) != 0);
    }
}
