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
 * request:  [traffic management] -> DSP -> (future-dated wait) -> WAN downlink -> HAN+device -> WAN uplink -> CSP+DSP -> User
 * firmware: [traffic management] -> DSP -> download channel(region) -> CSP+DSP -> User
 * non-device: [traffic management] -> DSP -> User
 * </pre>
 * An on-demand request's User waits from submission, a future-dated or DCC-scheduled one's from its
 * execution; when the wait passes its time-out first, the attempt is resolved as timed out and the
 * User resubmits per its retry policy (a new attempt, after a back-off in the hold). A slot is
 * recycled once the attempt is resolved, has left the network, and no time-out refers to it. It is
 * also SECMP0067's view of the requests ({@link RequestView}). Kernel thread only.
 */
final class RequestPath extends MessagePath implements RequestView {
    static final byte RETRY = -2;
    static final byte DSP_IN = 0;
    static final byte FUTURE = 1;
    static final byte DOWNLINK = 2;
    static final byte DEVICE = 3;
    static final byte UPLINK = 4;
    static final byte CSP_OUT = 5;
    static final byte FIRMWARE = 6;
    static final byte DONE = 7;
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
        msgs.region[m] = (byte) src.region;
        msgs.user[m] = (short) src.user;
        msgs.code[m] = variant;
        msgs.category[m] = category;
        submit(m);
    }

    private void submit(int m) {
        long now = kernel.now();
        msgs.core.createdAt(m, now);
        ring.record(DccOutcome.SR_SUBMITTED, msgs.code[m], attribute(m), now, msgs.attempt[m], now);
        counters.unresolvedRequests++;
        if (msgs.category[m] == ServiceCategory.ON_DEMAND.ordinal()) {
            startTimeout(m); // the User waits from submission; future-dated ones from execution; firmware jobs not at all
        }
        int decision = gate.decide(m, now);
        if (decision == RequestGate.ADMIT) {
            admit(m);
        } else if (decision == RequestGate.THROTTLE) {
            resolve(m, DccOutcome.SR_THROTTLED);
            retry(m);
            leave(m);
        } else {
            ring.record(DccOutcome.SR_DEFERRED, msgs.code[m], attribute(m), now, msgs.attempt[m], now);
        }
    }

    /** A request goes into the DSP (now, or when a deferring gate releases it). */
    @Override
    public void admit(int m) {
        msgs.hop[m] = DSP_IN - 1;
        advance(m);
    }

    @Override
    void advance(int m) {
        byte cur = msgs.hop[m];
        if (cur == RETRY) {
            submit(m);
            return;
        }
        byte next = nextHop(m, cur);
        msgs.hop[m] = next;
        int r = msgs.region[m];
        switch (next) {
            case DSP_IN -> moveTo(m, stages.dspIn);
            case FUTURE -> moveTo(m, stages.futureWait);
            case DOWNLINK -> {
                if (cur == FUTURE) {
                    msgs.core.createdAt(m, kernel.now()); // measured from execution
                    startTimeout(m);
                }
                moveTo(m, stages.downlink[r]);
            }
            case DEVICE -> moveTo(m, stages.deviceSide[r]);
            case UPLINK -> moveTo(m, stages.uplink[r]);
            case CSP_OUT -> moveTo(m, stages.cspOut[r]);
            case FIRMWARE -> moveTo(m, stages.firmware[r]);
            default -> {
                if ((msgs.state[m] & RESOLVED) == 0) {
                    resolve(m, DccOutcome.SR_COMPLETED);
                }
                leave(m);
            }
        }
    }

    private byte nextHop(int m, byte cur) {
        int cat = msgs.category[m];
        switch (cur) {
            case DSP_IN - 1:
                return DSP_IN;
            case DSP_IN:
                if (cat == ServiceCategory.FIRMWARE.ordinal()) {
                    return FIRMWARE;
                }
                if (nonDevice[msgs.code[m]]) {
                    return DONE;
                }
                return cat == ServiceCategory.FUTURE_DATED.ordinal() || cat == ServiceCategory.DCC_SCHEDULED.ordinal()
                        ? FUTURE : DOWNLINK;
            case FIRMWARE:
                return CSP_OUT;
            default:
                return (byte) (cur + 1 == FIRMWARE ? DONE : cur + 1);
        }
    }

    /** A full stage turned the request away: lost, or for a firmware job that found every channel busy, cancelled. */
    @Override
    void turnedAway(int m, Stage stage) {
        if ((msgs.state[m] & RESOLVED) == 0) {
            boolean cancelled = msgs.hop[m] == FIRMWARE;
            resolve(m, cancelled ? DccOutcome.SR_REJECTED : DccOutcome.SR_LOST);
        }
        leave(m);
    }

    private void startTimeout(int m) {
        msgs.refs[m]++;
        kernel.schedule(kernel.now() + users[msgs.user[m]].timeout().micros(), Payloads.timeout(m));
    }

    /** The time-out of attempt {@code m} has come. */
    void timeout(int m) {
        msgs.refs[m]--;
        if ((msgs.state[m] & RESOLVED) == 0) {
            resolve(m, DccOutcome.SR_TIMED_OUT);
            retry(m);
        }
        if ((msgs.state[m] & LEFT) != 0 && msgs.refs[m] == 0) {
            msgs.release(m);
        }
    }

    /** After a time-out or a throttled attempt: the User resubmits, per its retry policy. */
    private void retry(int m) {
        DccUser.Retry policy = users[msgs.user[m]].retry();
        int attempt = msgs.attempt[m];
        if (policy.policy() == DccUser.RetryPolicy.NONE || attempt >= policy.maxAttempts()) {
            return;
        }
        long now = kernel.now();
        long delay = policy.policy() == DccUser.RetryPolicy.FIXED ? policy.delay().micros()
                : policy.delay().micros() << Math.min(30, attempt - 1);
        int r = msgs.allocate(now, Messages.SERVICE_REQUEST);
        msgs.region[r] = msgs.region[m];
        msgs.user[r] = msgs.user[m];
        msgs.code[r] = msgs.code[m];
        msgs.category[r] = msgs.category[m];
        msgs.attempt[r] = (byte) (attempt + 1);
        msgs.firstSubmitted[r] = msgs.firstSubmitted[m];
        msgs.hop[r] = RETRY;
        stages.hold.hold(r, now + delay);
    }

    private void resolve(int m, int outcome) {
        msgs.state[m] |= RESOLVED;
        counters.unresolvedRequests--;
        ring.record(outcome, msgs.code[m], attribute(m), msgs.createdAt(m), msgs.firstSubmitted[m], kernel.now());
    }

    private void leave(int m) {
        msgs.state[m] |= LEFT;
        if (msgs.refs[m] == 0) {
            msgs.release(m);
        }
    }

    private int attribute(int m) {
        return DccOutcome.pack(msgs.region[m], msgs.category[m], msgs.user[m]);
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
        return msgs.user[m];
    }

    @Override
    public int variant(int m) {
        return msgs.code[m];
    }

    @Override
    public boolean resolved(int m) {
        return (msgs.state[m] & RESOLVED) != 0;
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
