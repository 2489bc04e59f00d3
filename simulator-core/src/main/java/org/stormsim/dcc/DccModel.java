package org.stormsim.dcc;

import java.util.ArrayList;
import java.util.List;
import org.stormsim.catalogue.AlertCatalogue;
import org.stormsim.catalogue.ServiceCategory;
import org.stormsim.engine.EventConsumer;
import org.stormsim.engine.Kernel;
import org.stormsim.engine.RandomStream;
import org.stormsim.engine.RandomStreams;
import org.stormsim.metrics.OutcomeRing;
import org.stormsim.scenario.DccEvent;
import org.stormsim.scenario.DccScenario;
import org.stormsim.scenario.DccUser;

/**
 * The GB smart metering model of one replication: the messages in flight, the stages of their
 * paths, the sources that raise alerts and Service Requests, and the storm events. It is the
 * kernel's {@link EventConsumer}: a payload of zero or more is a message whose current stage has an
 * event (or, with {@link #TIMEOUT} set, a Service Request's time-out); a negative payload is a
 * source's next arrival, a scheduled storm action, the request gate's tick or the time series'
 * sample ({@link IntervalSampler}). Paths:
 * <pre>
 * alert:   HAN+hub -> WAN uplink(region) -> CSP+DSP ingest -> [storm protection] -> motorway lane -> User intake -> delivered
 * request: [traffic management] -> DSP -> (future-dated wait) -> WAN downlink -> HAN+device -> WAN uplink -> CSP+DSP -> User
 * firmware: [traffic management] -> DSP -> download channel(region) -> CSP+DSP -> User
 * </pre>
 * Built by {@link DccModelBuilder}. Kernel thread only.
 */
public final class DccModel implements EventConsumer {
    static final int TIMEOUT = 1 << 30;
    static final byte A_HAN = 0;
    static final byte A_UPLINK = 1;
    static final byte A_CSP = 2;
    static final byte A_LANE = 3;
    static final byte A_INTAKE = 4;
    static final byte A_DONE = 5;
    static final byte S_RETRY = -2;
    static final byte S_DSP_IN = 0;
    static final byte S_FUTURE = 1;
    static final byte S_DOWNLINK = 2;
    static final byte S_DEVICE = 3;
    static final byte S_UPLINK = 4;
    static final byte S_CSP_OUT = 5;
    static final byte S_FIRMWARE = 6;
    static final byte S_DONE = 7;
    private static final byte RESOLVED = 1;
    private static final byte LEFT = 2;

    final Kernel kernel;
    final OutcomeRing ring;
    final Messages msgs = new Messages();
    final long warmup;
    final long horizon;
    final DccScenario scenario;
    final Population population;
    final RandomStreams streams;
    final DccUser[] users;
    final Counters counters;

    Stage[] stages;
    DelayStage[] han;
    ServerStage[] uplink;
    DelayStage[] cspIn;
    ServerStage[] downlink;
    DelayStage[] deviceSide;
    DelayStage[] cspOut;
    ServerStage[] firmware;
    ServerStage[] lanes;
    ServerStage[] intake;
    DelayStage dspIn;
    DelayStage futureWait;
    HoldStage hold;
    LaneRouter laneRouter;
    PoissonSource[] sources;
    Runnable[] actions;
    long[] actionTimes;
    Outages outages;
    DccEvent.Growth[] growth;
    /** Per cohort, the counter-reset windows as [from, until) pairs (microseconds), in the order given. */
    long[][] resetWindows;
    boolean[] nonDevice;
    long protectionSlotsPerCode;
    long protectionSlotsPerDevice;
    org.stormsim.throttle.AlertStormProtection stormProtection;
    org.stormsim.throttle.ServiceRequestTrafficManagement trafficManagement;
    AlertGate gateAtCsp = AlertGate.OPEN;
    AlertGate gateAtDsp = AlertGate.OPEN;
    RequestGate requestGate = RequestGate.OPEN;
    IntervalSampler sampler;

    DccModel(DccScenario scenario, Kernel kernel, OutcomeRing ring, RandomStreams streams) {
        this.scenario = scenario;
        this.kernel = kernel;
        this.ring = ring;
        this.streams = streams;
        this.warmup = scenario.warmup().micros();
        this.horizon = scenario.duration().micros();
        this.population = new Population(scenario);
        this.users = scenario.users().toArray(new DccUser[0]);
        this.counters = new Counters(AlertCatalogue.get().size());
    }

    /** Schedules the first arrivals and the storm actions. */
    public void start() {
        for (PoissonSource s : sources) {
            s.reschedule();
        }
        for (int i = 0; i < actions.length; i++) {
            if (actionTimes[i] <= horizon) {
                kernel.schedule(actionTimes[i], -(sources.length + i + 1));
            }
        }
        if (sampler != null) {
            sampler.start();
        }
    }

    @Override
    public void onEvent(int payload) {
        if (payload >= 0) {
            if ((payload & TIMEOUT) != 0) {
                timeout(payload & ~TIMEOUT);
            } else {
                stages[msgs.core.station(payload)].onEvent(payload);
            }
        } else {
            int i = -payload - 1;
            if (i < sources.length) {
                sources[i].fire();
            } else if (i < sources.length + actions.length) {
                actions[i - sources.length].run();
            } else if (i == sources.length + actions.length) {
                requestGate.tick(this, kernel.now());
            } else {
                sampler.onTick(kernel.now());
            }
        }
    }

    /**
     * Samples the model's state every {@code interval} microseconds for the time series (one kernel
     * event per interval); call before {@link #start()}.
     */
    public IntervalSampler sampleEvery(long interval) {
        sampler = new IntervalSampler(this, interval, -(sources.length + actions.length + 2));
        return sampler;
    }

    // ---- alerts

    /** A source raised an alert from its device {@code k}. */
    void newAlert(AlertSource src, long k, long now) {
        int m = msgs.allocate(now, Messages.ALERT);
        msgs.region[m] = (byte) src.region;
        msgs.code[m] = src.code;
        msgs.source[m] = src.index;
        msgs.device[m] = (int) k;
        msgs.cohort[m] = (short) src.cohortOf(k);
        msgs.user[m] = (short) src.recipientOf(k);
        counters.alertRaised(src.code, src.region);
        if (!gateAtCsp.pass(this, m, now)) {
            finishAlert(m, DccOutcome.ALERT_SUPPRESSED);
            return;
        }
        msgs.hop[m] = A_HAN - 1;
        advance(m);
    }

    /** An alert raised by a storm event (no per-device source), entering its path after {@code delay} at {@code firstHop}. */
    void eventAlert(int region, int code, long hub, int recipient, int cohort, byte firstHop, long delay) {
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
        hold.hold(m, now + delay);
    }

    /** A hub re-registers on the WAN after power comes back. */
    void registration(int region, long delay) {
        long now = kernel.now();
        int m = msgs.allocate(now, Messages.REGISTRATION);
        msgs.region[m] = (byte) region;
        msgs.hop[m] = -1;
        counters.registrations++;
        counters.liveRegistrations++;
        hold.hold(m, now + delay);
    }

    private void advanceAlert(int m) {
        int r = msgs.region[m];
        byte next = (byte) (msgs.hop[m] + 1);
        msgs.hop[m] = next;
        switch (next) {
            case A_HAN -> moveTo(m, han[r]);
            case A_UPLINK -> moveTo(m, uplink[r]);
            case A_CSP -> moveTo(m, cspIn[r]);
            case A_LANE -> {
                if (gateAtDsp.pass(this, m, kernel.now())) {
                    moveTo(m, lanes[laneRouter.lane(this, m)]);
                } else {
                    finishAlert(m, DccOutcome.ALERT_SUPPRESSED);
                }
            }
            case A_INTAKE -> moveTo(m, intake[msgs.user[m]]);
            default -> deliver(m);
        }
    }

    private void deliver(int m) {
        int c = msgs.cohort[m];
        if (c >= 0 && c < resetWindows.length && users[msgs.user[m]].rejectsDuplicateCounters()
                && inResetWindow(resetWindows[c], msgs.createdAt(m))) {
            finishAlert(m, DccOutcome.ALERT_REJECTED_DUPLICATE);
        } else {
            finishAlert(m, DccOutcome.ALERT_DELIVERED);
        }
    }

    private static boolean inResetWindow(long[] windows, long raised) {
        for (int i = 0; i < windows.length; i += 2) {
            if (raised >= windows[i] && raised < windows[i + 1]) {
                return true;
            }
        }
        return false;
    }

    private void finishAlert(int m, int outcome) {
        int code = msgs.code[m];
        ring.record(outcome, code, DccOutcome.pack(msgs.region[m], ServiceCategory.ALERTS.ordinal(), msgs.user[m]),
                msgs.createdAt(m), Math.max(1, msgs.carried[m]), kernel.now());
        counters.alertFinished(code, msgs.region[m]);
        msgs.release(m);
    }

    // ---- Service Requests

    /** A User sends a new request (first attempt). */
    void newServiceRequest(ServiceRequestSource src, short variant, byte category, long now) {
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
        int decision = requestGate.decide(this, m, now);
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
    public void admit(int m) {
        msgs.hop[m] = S_DSP_IN - 1;
        advance(m);
    }

    private void advanceRequest(int m) {
        byte cur = msgs.hop[m];
        if (cur == S_RETRY) {
            submit(m);
            return;
        }
        byte next = nextRequestHop(m, cur);
        msgs.hop[m] = next;
        int r = msgs.region[m];
        switch (next) {
            case S_DSP_IN -> moveTo(m, dspIn);
            case S_FUTURE -> moveTo(m, futureWait);
            case S_DOWNLINK -> {
                if (cur == S_FUTURE) {
                    msgs.core.createdAt(m, kernel.now()); // measured from execution
                    startTimeout(m);
                }
                moveTo(m, downlink[r]);
            }
            case S_DEVICE -> moveTo(m, deviceSide[r]);
            case S_UPLINK -> moveTo(m, uplink[r]);
            case S_CSP_OUT -> moveTo(m, cspOut[r]);
            case S_FIRMWARE -> moveTo(m, firmware[r]);
            default -> {
                if ((msgs.state[m] & RESOLVED) == 0) {
                    resolve(m, DccOutcome.SR_COMPLETED);
                }
                leave(m);
            }
        }
    }

    private byte nextRequestHop(int m, byte cur) {
        int cat = msgs.category[m];
        switch (cur) {
            case S_DSP_IN - 1:
                return S_DSP_IN;
            case S_DSP_IN:
                if (cat == ServiceCategory.FIRMWARE.ordinal()) {
                    return S_FIRMWARE;
                }
                if (nonDevice[msgs.code[m]]) {
                    return S_DONE;
                }
                return cat == ServiceCategory.FUTURE_DATED.ordinal() || cat == ServiceCategory.DCC_SCHEDULED.ordinal()
                        ? S_FUTURE : S_DOWNLINK;
            case S_FIRMWARE:
                return S_CSP_OUT;
            default:
                return (byte) (cur + 1 == S_FIRMWARE ? S_DONE : cur + 1);
        }
    }

    private void startTimeout(int m) {
        msgs.refs[m]++;
        kernel.schedule(kernel.now() + users[msgs.user[m]].timeout().micros(), m | TIMEOUT);
    }

    private void timeout(int m) {
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
        msgs.hop[r] = S_RETRY;
        hold.hold(r, now + delay);
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

    // ---- registrations

    private void advanceRegistration(int m) {
        byte next = (byte) (msgs.hop[m] + 1);
        msgs.hop[m] = next;
        if (next == 0) {
            moveTo(m, uplink[msgs.region[m]]);
        } else {
            long now = kernel.now();
            ring.record(DccOutcome.REGISTRATION_DONE, 0, DccOutcome.pack(msgs.region[m], 0, 0), msgs.createdAt(m), 0, now);
            counters.liveRegistrations--;
            msgs.release(m);
        }
    }

    // ---- shared plumbing

    /** Moves message {@code m} on from the stage it just left. */
    void advance(int m) {
        switch (msgs.kind[m]) {
            case Messages.ALERT -> advanceAlert(m);
            case Messages.SERVICE_REQUEST -> advanceRequest(m);
            default -> advanceRegistration(m);
        }
    }

    private void moveTo(int m, Stage stage) {
        msgs.core.station(m, stage.index);
        msgs.core.arrivedAt(m, kernel.now());
        stage.arrive(m);
    }

    /** A full stage turned message {@code m} away: lost, or for a firmware job, cancelled. */
    void turnedAway(int m, Stage stage) {
        switch (msgs.kind[m]) {
            case Messages.ALERT -> finishAlert(m, DccOutcome.ALERT_LOST);
            case Messages.SERVICE_REQUEST -> {
                if ((msgs.state[m] & RESOLVED) == 0) {
                    boolean cancelled = msgs.hop[m] == S_FIRMWARE;
                    resolve(m, cancelled ? DccOutcome.SR_REJECTED : DccOutcome.SR_LOST);
                }
                leave(m);
            }
            default -> {
                ring.record(DccOutcome.REGISTRATION_LOST, 0, DccOutcome.pack(msgs.region[m], 0, 0), msgs.createdAt(m), 0, kernel.now());
                counters.liveRegistrations--;
                msgs.release(m);
            }
        }
    }

    /** Whether hub {@code hub} of region {@code r} is without power now. */
    boolean hubOff(int r, long hub) {
        return outages != null && outages.off(r, hub);
    }

    double growthFactor(long t) {
        double f = 1.0;
        for (DccEvent.Growth g : growth) {
            f *= g.factorAt(t);
        }
        return f;
    }

    long growthChange(long t) {
        long next = PoissonSource.NEVER;
        for (DccEvent.Growth g : growth) {
            next = Math.min(next, g.nextChange(t));
        }
        return next;
    }

    /** Who receives an alert from hub {@code hub}: its cohort's Network Operator for outage codes, else its Supplier. */
    int recipientForHub(int r, long hub, boolean outageCode) {
        int c = population.cohortOf(r, hub);
        return c < 0 ? defaultRecipient(outageCode) : recipientForCohort(c, outageCode);
    }

    int recipientForCohort(int c, boolean outageCode) {
        String no = population.cohorts[c].networkOperator();
        return userIndex(outageCode && no != null ? no : population.cohorts[c].supplier());
    }

    private int defaultRecipient(boolean outageCode) {
        for (int i = 0; outageCode && i < users.length; i++) {
            if (users[i].role() == DccUser.Role.ELECTRICITY_DISTRIBUTOR) {
                return i;
            }
        }
        return 0;
    }

    int userIndex(String id) {
        for (int i = 0; i < users.length; i++) {
            if (users[i].id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no user " + id);
    }

    // ---- what the traffic-management gates may see and do

    public Kernel kernel() {
        return kernel;
    }

    public DccScenario scenario() {
        return scenario;
    }

    /** The alert code index (alerts) or DUIS variant index (requests) of message {@code m}. */
    public int code(int m) {
        return msgs.code[m];
    }

    public int user(int m) {
        return msgs.user[m];
    }

    public int region(int m) {
        return msgs.region[m];
    }

    /** The alert's source index, or -1 for an alert raised by a storm event. */
    public int alertSource(int m) {
        return msgs.source[m];
    }

    /**
     * The storm-protection state slot of alert {@code m}: per device and code, or per device (all its
     * codes); -1 for alerts raised by storm events.
     */
    public long protectionSlot(int m, boolean perCode) {
        int s = msgs.source[m];
        if (s < 0) {
            return -1;
        }
        AlertSource src = (AlertSource) sources[s];
        return (perCode ? src.stateBase : src.deviceStateBase) + msgs.device[m];
    }

    /** The lane an alert's device hashes to (for reporting the load storm protection spared each lane). */
    public int hashedLane(int m) {
        return laneRouter.hashedLane(this, m);
    }

    /** How many protection state slots the run needs, per device and code or per device. */
    public long protectionSlots(boolean perCode) {
        return perCode ? protectionSlotsPerCode : protectionSlotsPerDevice;
    }

    public int laneCount() {
        return lanes.length;
    }

    /** Marks a forwarded alert as standing for {@code count} alerts (itself and those suppressed). */
    public void carry(int m, int count) {
        msgs.carried[m] = count;
    }

    /** Whether request {@code m} is already resolved (e.g. it timed out while deferred). */
    public boolean resolved(int m) {
        return (msgs.state[m] & RESOLVED) != 0;
    }

    /** A resolved request the gate was holding is dropped (its slot recycled when nothing refers to it). */
    public void abandon(int m) {
        leave(m);
    }

    /** Asks for a {@link RequestGate#tick} at {@code time}. */
    public void requestTick(long time) {
        if (time <= horizon) {
            kernel.schedule(time, -(sources.length + actions.length + 1));
        }
    }

    RandomStream stream(String name) {
        return streams.stream(name);
    }

    /** Every stage, for the reports. */
    public List<StageStats> stageStats(long end) {
        List<StageStats> out = new ArrayList<>();
        for (Stage s : stages) {
            out.add(new StageStats(s.id, s.arrivals, s.processed, s.utilisation(end), s.busyMax(end), s.queueMean(end), s.queueMax(end)));
        }
        return out;
    }

    /** SECMP0062 protection, or null when off. */
    public org.stormsim.throttle.AlertStormProtection stormProtection() {
        return stormProtection;
    }

    /** SECMP0067 traffic management, or null when off. */
    public org.stormsim.throttle.ServiceRequestTrafficManagement trafficManagement() {
        return trafficManagement;
    }

    /** The run has ended at {@code end}: the gates close what they have open. */
    public void finish(long end) {
        requestGate.finish(this, end);
    }

    public Counters counters() {
        return counters;
    }

    public int liveMessages() {
        return msgs.live();
    }
}
