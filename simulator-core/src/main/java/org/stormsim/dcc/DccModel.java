package org.stormsim.dcc;

import java.util.Arrays;
import org.stormsim.engine.EventConsumer;
import org.stormsim.engine.Kernel;
import org.stormsim.experiment.ConservationException;
import org.stormsim.throttle.ServiceRequestTrafficManagement;
import org.stormsim.throttle.ThrottlingStats;

/**
 * The GB smart metering model of one replication, as the kernel sees it: it decodes each event's
 * payload ({@link Payloads}) and hands it on, to the stage a message is in (which lets it go, and the
 * message's path moves it on), to a Service Request's time-out, to a source's next arrival, to a
 * storm action, to the SECMP0067 gate's tick or to the time series' sample. The paths of the three
 * kinds of message:
 * <pre>
 * alert:        {@link AlertPath}: HAN+hub -> WAN uplink(region) -> CSP -> DSP -> [storm protection] -> motorway lane -> hand-off -> User intake(s)
 * request:      {@link RequestPath}: [traffic management] -> DSP -> (future-dated wait) -> WAN downlink -> HAN+device -> WAN uplink -> CSP -> DSP
 * registration: {@link RegistrationPath}: WAN uplink(region) -> CSP
 * test command: {@link TestCommandPath}: WAN downlink(region) -> hub -> WAN uplink
 * migration:    {@link MigrationPath}: S1SP -> S1SP transit -> DSP
 * </pre>
 * A migrated SMETS1 installation's alert takes the SMETS1 path to the DSP (SMETS1 WAN -> S1SP -> S1SP
 * transit) instead of the hub, the WAN uplink and the CSP.
 * Built, with every part, by {@link DccModelBuilder}. Kernel thread only; read after the run.
 */
public final class DccModel implements EventConsumer, Arrivals {
    private final Kernel kernel;
    private final long horizon;
    private final Messages msgs;
    private final Stages stages;
    private final PoissonSource[] sources;
    private final StormActions actions;
    private final Payloads payloads;
    private final AlertPath alerts;
    private final RequestPath requests;
    private final RegistrationPath registrations;
    private final TestCommandPath tests;
    private final MigrationPath migrations;
    private final Gates gates;
    private final Counters counters;
    private final IntervalSampler sampler;

    DccModel(Kernel kernel, long horizon, Messages msgs, Stages stages, PoissonSource[] sources, StormActions actions,
             AlertPath alerts, RequestPath requests, RegistrationPath registrations, TestCommandPath tests, MigrationPath migrations, Gates gates,
             Counters counters, IntervalSampler sampler) {
        this.kernel = kernel;
        this.horizon = horizon;
        this.msgs = msgs;
        this.stages = stages;
        this.sources = sources;
        this.actions = actions;
        this.payloads = new Payloads(sources.length);
        this.alerts = alerts;
        this.requests = requests;
        this.registrations = registrations;
        this.tests = tests;
        this.migrations = migrations;
        this.gates = gates;
        this.counters = counters;
        this.sampler = sampler;
    }

    /** Schedules the first arrivals, the storm actions and the first sample. */
    public void start() {
        for (PoissonSource s : sources) {
            s.reschedule();
        }
        for (int i = 0; i < actions.size(); i++) {
            if (actions.time(i) <= horizon) {
                kernel.schedule(actions.time(i), payloads.action(i));
            }
        }
        if (sampler != null) {
            sampler.start();
        }
    }

    @Override
    public void onEvent(int payload) {
        if (payload >= 0) {
            if ((payload & Payloads.TIMEOUT) != 0) {
                requests.timeout(payload & ~Payloads.TIMEOUT);
            } else if ((payload & Payloads.EXPIRY) != 0) {
                requests.expired(payload & ~Payloads.EXPIRY);
            } else if (stages.all[msgs.station(payload)].depart(payload)) {
                advance(payload);
            }
        } else if (payload == Payloads.GATE_TICK) {
            requests.tick(kernel.now());
        } else if (payload == Payloads.SAMPLER_TICK) {
            sampler.onTick(kernel.now());
        } else {
            int s = payloads.sourceOf(payload);
            if (s >= 0) {
                sources[s].fire(this);
            } else {
                actions.run(payloads.actionOf(payload));
            }
        }
    }

    /** Moves message {@code m} on along its kind's path. */
    private void advance(int m) {
        switch (msgs.kind(m)) {
            case Messages.ALERT -> alerts.advance(m);
            case Messages.SERVICE_REQUEST -> requests.advance(m);
            case Messages.REGISTRATION -> registrations.advance(m);
            case Messages.MIGRATION -> migrations.advance(m);
            default -> tests.advance(m);
        }
    }

    @Override
    public void alert(AlertSource source, long device, long now) {
        alerts.raise(source, device, now);
    }

    @Override
    public void request(ServiceRequestSource source, short variant, byte category, long now) {
        requests.submitNew(source, variant, category, now);
    }

    @Override
    public void testCommand(TestCommandSource source, long now) {
        tests.send(source.region, now);
    }

    @Override
    public void migration(MigrationSource source, boolean fails, long now) {
        migrations.attempt(source.region, fails, now);
    }

    /** The run has ended at {@code end}: the gates close what they have open, the time series its last interval. */
    public void finish(long end) {
        requests.finish(end);
        if (sampler != null) {
            sampler.finish(end);
        }
    }

    /**
     * After the ring is closed: every message still on its way goes to the measures it would have
     * counted in, as in flight at the end; the messages found must be those the ledgers' counters
     * hold, or the run fails.
     */
    public void countInFlight(ServiceLevels levels) {
        long[] live = new long[6]; // alerts before the hand-off, deliveries, attempts, requests, test commands, migrations
        msgs.forEachLive(m -> {
            switch (msgs.kind(m)) {
                case Messages.ALERT -> alerts.inFlightAtEnd(m, levels, live);
                case Messages.SERVICE_REQUEST -> requests.inFlightAtEnd(m, levels, live);
                case Messages.TEST_COMMAND -> {
                    live[4]++;
                    levels.testInFlight(msgs.createdAt(m));
                }
                case Messages.MIGRATION -> live[5]++;
                default -> { } // re-registrations: no measure
            }
        });
        long alertsInFlight = 0;
        for (int r = 0; r < DccMetrics.REGIONS; r++) {
            alertsInFlight += counters.inFlightInRegion(r);
        }
        long[] expected = {alertsInFlight, counters.liveDeliveries(), counters.unresolvedRequests(), counters.openRequests(),
            counters.liveTestCommands(), counters.liveMigrations()};
        if (!Arrays.equals(live, expected)) {
            throw new ConservationException("the messages live at the end " + Arrays.toString(live)
                    + " are not those the counters hold " + Arrays.toString(expected)
                    + " (alerts before the hand-off, deliveries, attempts, requests, test commands, migrations)");
        }
    }

    /** The time series sampled per interval, or null when none was asked for. */
    public IntervalSampler sampler() {
        return sampler;
    }

    /** Every stage's statistics at the end of the run, by place on the path. */
    public StageReport stageReport(long end) {
        return stages.report(end);
    }

    /** SECMP0067 traffic management, or null when it is off. */
    public ServiceRequestTrafficManagement trafficManagement() {
        return requests.gate() instanceof ServiceRequestTrafficManagement tm ? tm : null;
    }

    /** What traffic management did (null parts for rules that are off); read after {@link #finish}. */
    public ThrottlingStats throttling() {
        ServiceRequestTrafficManagement tm = trafficManagement();
        return new ThrottlingStats(gates.protection == null ? null : gates.protection.stats(), tm == null ? null : tm.stats());
    }

    public Counters counters() {
        return counters;
    }

    public int liveMessages() {
        return msgs.live();
    }
}
