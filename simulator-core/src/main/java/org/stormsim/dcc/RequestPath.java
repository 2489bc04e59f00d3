package org.stormsim.dcc;

import java.util.function.Function;
import org.stormsim.catalogue.ServiceCategory;
import org.stormsim.engine.Kernel;
import org.stormsim.metrics.OutcomeRing;
import org.stormsim.scenario.DccUser;
import org.stormsim.throttle.RequestGate;
import org.stormsim.throttle.RequestView;

/**
 * The path of a Service Request attempt and its response:
 * <pre>
 * request:    [traffic management] -> DSP latency -> DSP servers -> (future-dated wait) -> WAN downlink -> HAN+device
 *             -> WAN uplink -> CSP transit + DSP latency -> DSP servers -> response at the DCC's interface
 * firmware:   [traffic management] -> DSP latency -> DSP servers -> the CSP's firmware service -> CSP transit + DSP latency
 *             -> DSP servers -> response
 * non-device: [traffic management] -> DSP latency -> DSP servers -> response
 * </pre>
 * An on-demand request's User waits from submission, a future-dated or DCC-scheduled one's from its
 * execution; when the wait passes its time-out first, the attempt is resolved as timed out and the
 * User resubmits per its retry policy (a new attempt, after a back-off in the hold), as after a
 * refusal by SECMP0067. A firmware job may be cancelled, dropped from the queue, rejected by the
 * device or fail its downloads at the CSP's firmware service. Every attempt's resolution is
 * published; so is every request's final outcome, once nothing more will happen to it (its response
 * came, or its last attempt failed and the User will not retry: abandoned). A slot is recycled once
 * the attempt is resolved, has left the network, and no time-out refers to it. It is also SECMP0067's
 * view of the requests ({@link RequestView}). Kernel thread only.
 */
final class RequestPath extends MessagePath implements RequestView {
    static final byte RETRY = -2;
    static final byte DSP_IN = 0;
    static final byte DSP = 1;
    static final byte FUTURE = 2;
    static final byte DOWNLINK = 3;
    static final byte DEVICE = 4;
    static final byte UPLINK = 5;
    static final byte CSP_OUT = 6;
    static final byte DSP_BACK = 7;
    static final byte FIRMWARE = 8;
    static final byte DONE = 9;
    private static final byte RESOLVED = 1;
    private static final byte LEFT = 2;

    private final Stages stages;
    private final Counters counters;
    private final DccUser[] users;
    private final boolean[] nonDevice;
    private final long horizon;
    private final RequestGate gate;

    /** A path whose gate {@code gateFor} makes with this path as the gate's view of the requests. */
    RequestPath(Kernel kernel, Messages msgs, OutcomeRing ring, Stages stages, Counters counters, DccUser[] users,
                boolean[] nonDevice, long horizon, Function<RequestView, RequestGate> gateFor) {
        super(kernel, msgs, ring);
        this.stages = stages;
        this.counters = counters;
        this.users = users;
        this.nonDevice = nonDevice;
        this.horizon = horizon;
        this.gate = gateFor.apply(this);
    }

    /** A User sends a new request (its first attempt). */
    void submitNew(ServiceRequestSource src, short variant, byte category, long now) {
        int m = msgs.allocate(now, Messages.SERVICE_REQUEST);
        msgs.region(m, (byte) src.region);
        msgs.user(m, (short) src.user);
        msgs.code(m, variant);
        msgs.category(m, category);
        counters.requests++;
        counters.openRequests++;
        submit(m);
    }

    private void submit(int m) {
        long now = kernel.now();
        msgs.createdAt(m, now);
        msgs.submittedAt(m, now);
        if (msgs.attempt(m) == 1) {
            msgs.firstStart(m, now); // the request's first measure start (its first execution, for a future-dated one)
        }
        ring.record(DccOutcome.SR_SUBMITTED, msgs.code(m), attribute(m), now, msgs.attempt(m), now);
        counters.unresolvedRequests++;
        if (msgs.category(m) == ServiceCategory.ON_DEMAND.ordinal()) {
            startTimeout(m); // the User waits from submission; future-dated ones from execution; firmware jobs not at all
        }
        int decision = gate.decide(m, now);
        if (decision == RequestGate.ADMIT) {
            admit(m);
        } else if (decision == RequestGate.THROTTLE) {
            resolve(m, DccOutcome.SR_THROTTLED);
            afterFailure(m, DccOutcome.SR_THROTTLED, true);
            leave(m);
        } else {
            ring.record(DccOutcome.SR_DEFERRED, msgs.code(m), attribute(m), now, msgs.attempt(m), now);
        }
    }

    /** A request goes into the DSP (now, or when a deferring gate releases it). */
    @Override
    public void admit(int m) {
        msgs.hop(m, DSP_IN - 1);
        advance(m);
    }

    @Override
    void advance(int m) {
        byte cur = msgs.hop(m);
        if (cur == RETRY) {
            msgs.hop(m, DSP_IN - 1); // sent: no longer a retry waiting to be sent, even while a gate defers it
            submit(m);
            return;
        }
        if (cur == FIRMWARE && msgs.result(m) != FirmwareStage.OK) {
            fail(m, firmwareOutcome(msgs.result(m))); // rejected by the device, or every download failed
            return;
        }
        byte next = nextHop(m, cur);
        msgs.hop(m, next);
        int r = msgs.region(m);
        switch (next) {
            case DSP_IN -> moveTo(m, stages.dspIn);
            case DSP, DSP_BACK -> moveTo(m, stages.dsp);
            case FUTURE -> moveTo(m, stages.futureWait);
            case DOWNLINK -> {
                if (cur == FUTURE) {
                    long now = kernel.now();
                    msgs.createdAt(m, now); // measured from execution
                    if (msgs.attempt(m) == 1) {
                        msgs.firstStart(m, now);
                    }
                    startTimeout(m);
                }
                moveTo(m, stages.downlink[r]);
            }
            case DEVICE -> moveTo(m, stages.deviceSide[r]);
            case UPLINK -> moveTo(m, stages.uplink[r]);
            case CSP_OUT -> moveTo(m, stages.cspOut[r]);
            case FIRMWARE -> moveTo(m, stages.firmware[r]);
            default -> {
                if ((msgs.state(m) & RESOLVED) == 0) {
                    resolve(m, DccOutcome.SR_COMPLETED);
                    end(m, DccOutcome.REQUEST_COMPLETED, DccOutcome.SR_COMPLETED);
                }
                leave(m);
            }
        }
    }

    private byte nextHop(int m, byte cur) {
        int cat = msgs.category(m);
        switch (cur) {
            case DSP_IN - 1:
                return DSP_IN;
            case DSP_IN:
                return DSP;
            case DSP:
                if (cat == ServiceCategory.FIRMWARE.ordinal()) {
                    return FIRMWARE;
                }
                if (nonDevice[msgs.code(m)]) {
                    return DONE;
                }
                return cat == ServiceCategory.FUTURE_DATED.ordinal() || cat == ServiceCategory.DCC_SCHEDULED.ordinal() ? FUTURE : DOWNLINK;
            case FIRMWARE:
                return CSP_OUT;
            case DSP_BACK:
                return DONE;
            default:
                return (byte) (cur + 1);
        }
    }

    /** A full stage turned the request away: lost; or at the firmware service, cancelled or dropped from a full queue. */
    @Override
    void turnedAway(int m, Stage stage) {
        if ((msgs.state(m) & RESOLVED) == 0) {
            fail(m, msgs.hop(m) == FIRMWARE ? firmwareOutcome(msgs.result(m)) : DccOutcome.SR_LOST);
        } else {
            leave(m);
        }
    }

    /** A firmware job's wait in its CSP's queue ran out: dropped from the queue, if it is still there. */
    void expired(int m) {
        msgs.refs(m, msgs.refs(m) - 1);
        if (stages.all[msgs.station(m)].expire(m) && (msgs.state(m) & RESOLVED) == 0) {
            fail(m, DccOutcome.SR_DROPPED);
        } else if ((msgs.state(m) & LEFT) != 0 && msgs.refs(m) == 0) {
            msgs.release(m);
        }
    }

    private static int firmwareOutcome(byte result) {
        switch (result) {
            case FirmwareStage.CANCELLED:
                return DccOutcome.SR_REJECTED;
            case FirmwareStage.DROPPED:
                return DccOutcome.SR_DROPPED;
            case FirmwareStage.REJECTED:
                return DccOutcome.SR_DEVICE_REJECTED;
            default:
                return DccOutcome.SR_FAILED;
        }
    }

    /** The attempt ends without a response, for good: resolved, the request abandoned, the slot let go. */
    private void fail(int m, int outcome) {
        resolve(m, outcome);
        afterFailure(m, outcome, false);
        leave(m);
    }

    private void startTimeout(int m) {
        msgs.refs(m, msgs.refs(m) + 1);
        kernel.schedule(kernel.now() + users[msgs.user(m)].timeout().micros(), Payloads.timeout(m));
    }

    /** The time-out of attempt {@code m} has come. */
    void timeout(int m) {
        msgs.refs(m, msgs.refs(m) - 1);
        if ((msgs.state(m) & RESOLVED) == 0) {
            resolve(m, DccOutcome.SR_TIMED_OUT);
            afterFailure(m, DccOutcome.SR_TIMED_OUT, true);
        }
        if ((msgs.state(m) & LEFT) != 0 && msgs.refs(m) == 0) {
            msgs.release(m);
        }
    }

    /** After an attempt failed: the User resubmits when it may (a time-out or a refusal, per its retry policy), else gives the request up. */
    private void afterFailure(int m, int outcome, boolean retriable) {
        if (!retriable || !retry(m)) {
            end(m, DccOutcome.REQUEST_ABANDONED, outcome);
        }
    }

    /** The User resubmits per its retry policy; false when it will not (no policy, or its attempts spent). */
    private boolean retry(int m) {
        DccUser.Retry policy = users[msgs.user(m)].retry();
        int attempt = msgs.attempt(m);
        if (policy.policy() == DccUser.RetryPolicy.NONE || attempt >= policy.maxAttempts()) {
            return false;
        }
        long now = kernel.now();
        long delay = policy.policy() == DccUser.RetryPolicy.FIXED ? policy.delay().micros()
                : policy.delay().micros() << Math.min(30, attempt - 1);
        int r = msgs.allocate(now, Messages.SERVICE_REQUEST);
        msgs.region(r, msgs.region(m));
        msgs.user(r, msgs.user(m));
        msgs.code(r, msgs.code(m));
        msgs.category(r, msgs.category(m));
        msgs.attempt(r, (byte) (attempt + 1));
        msgs.firstSubmitted(r, msgs.firstSubmitted(m));
        msgs.firstStart(r, msgs.firstStart(m));
        msgs.hop(r, RETRY);
        stages.hold.hold(r, now + delay);
        return true;
    }

    private void resolve(int m, int outcome) {
        msgs.state(m, msgs.state(m) | RESOLVED);
        counters.unresolvedRequests--;
        ring.record(outcome, msgs.code(m), attribute(m), msgs.createdAt(m), msgs.firstSubmitted(m), kernel.now(), msgs.submittedAt(m),
                0, 0, 0);
    }

    /** The request's final outcome: t0 its first measure start, t1 the attempts made, t3 the last attempt's outcome. */
    private void end(int m, int kind, int lastOutcome) {
        counters.openRequests--;
        ring.record(kind, msgs.code(m), attribute(m), msgs.firstStart(m), msgs.attempt(m), kernel.now(), lastOutcome, msgs.firstSubmitted(m),
                0, 0);
    }

    private void leave(int m) {
        msgs.state(m, msgs.state(m) | LEFT);
        if (msgs.refs(m) == 0) {
            msgs.release(m);
        }
    }

    private int attribute(int m) {
        return DccOutcome.pack(msgs.region(m), msgs.category(m), msgs.user(m));
    }

    /**
     * At the end of the run, request message {@code m} still live: when unresolved, its request has no
     * final outcome ({@code live[3]} counts it) and, unless it is a retry not yet sent, its attempt is
     * on its way ({@code live[2]}); a resolved attempt whose response is still travelling is neither.
     */
    void inFlightAtEnd(int m, ServiceLevels levels, long[] live) {
        if ((msgs.state(m) & RESOLVED) != 0) {
            return;
        }
        live[3]++;
        levels.requestInFlight(msgs.category(m), msgs.user(m), msgs.firstStart(m));
        if (msgs.hop(m) != RETRY) {
            live[2]++;
            levels.attemptInFlight(msgs.category(m), msgs.user(m), msgs.createdAt(m), msgs.submittedAt(m), msgs.firstSubmitted(m));
        }
    }

    /** The gate requests pass (SECMP0067, or open). */
    RequestGate gate() {
        return gate;
    }

    /** The gate's tick has come. */
    void tick(long now) {
        gate.tick(now);
    }

    /** The run has ended at {@code end}: the gate closes what it has open. */
    void finish(long end) {
        gate.finish(end);
    }

    @Override
    public int user(int m) {
        return msgs.user(m);
    }

    @Override
    public int variant(int m) {
        return msgs.code(m);
    }

    @Override
    public int category(int m) {
        return msgs.category(m);
    }

    @Override
    public boolean resolved(int m) {
        return (msgs.state(m) & RESOLVED) != 0;
    }

    @Override
    public void abandon(int m) {
        leave(m);
    }

    @Override
    public void requestTick(long time) {
        if (time <= horizon) {
            kernel.schedule(time, Payloads.GATE_TICK);
        }
    }
}
