package org.stormsim.dcc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stormsim.catalogue.AlertCatalogue;
import org.stormsim.catalogue.AlertCode;
import org.stormsim.catalogue.ServiceRequestCatalogue;
import org.stormsim.catalogue.ServiceRequestVariant;
import org.stormsim.engine.Kernel;
import org.stormsim.engine.RandomStream;
import org.stormsim.engine.RandomStreams;
import org.stormsim.metrics.OutcomeRing;
import org.stormsim.scenario.DailyProfile;
import org.stormsim.scenario.DccDsp;
import org.stormsim.scenario.DccEvent;
import org.stormsim.scenario.DccNetwork;
import org.stormsim.scenario.DccPopulation;
import org.stormsim.scenario.DccReplay;
import org.stormsim.scenario.DccScenario;
import org.stormsim.scenario.DccUser;
import org.stormsim.scenario.DeviceSeries;
import org.stormsim.scenario.PopulationScale;
import org.stormsim.scenario.SimDuration;
import org.stormsim.scenario.Trace;
import org.stormsim.throttle.ServiceRequestTrafficManagement;

/**
 * Builds the {@link DccModel} of one replication from a scenario, every part before the parts that
 * use it: the stages of every path; the sources of alerts and Service Requests (which know nothing
 * of the paths: the model hands itself to them at each arrival); the numbering of storm-protection
 * state from the sources; the traffic-management gates; the paths; the storm actions; the time
 * series' sampler. Each stage and source draws from its own named stream ({@code stage:ID},
 * {@code alerts:ID}, {@code requests:ID}, {@code outage:I}), so a change to one never shifts
 * another's numbers. The scenario is built at its {@code population.scale} ({@link PopulationScale}).
 */
public final class DccModelBuilder {
    private final DccScenario scenario;

    /** Replayed counts are multiplied by this: the scenario's {@code population.scale}. */
    private final double replayScale;

    /** A builder of {@code scenario} at its {@code population.scale}: volumes and capacities scaled together. */
    public DccModelBuilder(DccScenario scenario) {
        this.scenario = PopulationScale.apply(scenario);
        this.replayScale = scenario.population().scale();
    }

    /** The scenario as built: at its population scale. */
    public DccScenario scaled() {
        return scenario;
    }

    /**
     * The model of one replication on {@code kernel}, publishing into {@code ring}, drawing from
     * {@code streams}; with a time series sampled every {@code seriesInterval} microseconds (0: none).
     */
    public DccModel build(Kernel kernel, OutcomeRing ring, RandomStreams streams, long seriesInterval) {
        long warmup = scenario.warmup().micros();
        long horizon = scenario.duration().micros();
        Population population = new Population(scenario);
        DccUser[] users = scenario.users().toArray(new DccUser[0]);
        Recipients recipients = new Recipients(population, users);
        Counters counters = new Counters(AlertCatalogue.get().size(), scenario.population().cohorts().size());
        Messages msgs = new Messages();
        Stages stages = stages(kernel, msgs, warmup, streams, users);
        Growth growth = new Growth(scenario.events());
        Outages outages = new Outages((int) scenario.events().stream().filter(e -> e instanceof DccEvent.PowerOutage).count());
        Context c = new Context(kernel, horizon, growth, outages, population, recipients, streams);
        List<PoissonSource> sources = new ArrayList<>();
        List<CohortAlertSource> cohortSources = new ArrayList<>();
        if (scenario.replay() == null || scenario.replay().mode() == DccReplay.ReplayMode.ADD) {
            addCohortSources(c, sources, cohortSources);
        }
        addReplaySources(c, sources);
        addMigrationSources(c, sources);
        addRequestSources(c, users, sources);
        addTestCommandSources(c, sources);
        PoissonSource[] all = sources.toArray(new PoissonSource[0]);
        ProtectionSlots slots = new ProtectionSlots(all);
        LaneRouter router = new LaneRouter(scenario.dsp(), AlertCatalogue.get(), stages.lanes, msgs, slots);
        Gates gates = new Gates(scenario.throttling(), new ProtectionView(msgs, slots, router), slots, stages.lanes.length,
                scenario.users(), streams);
        AlertPath alerts = new AlertPath(kernel, msgs, ring, stages, counters, gates.atCsp, gates.atDsp, router, users,
                new CounterResets(scenario.events(), population));
        RequestPath requests = new RequestPath(kernel, msgs, ring, stages, counters, users, nonDeviceVariants(), horizon,
                gates::requestGate);
        RegistrationPath registrations = new RegistrationPath(kernel, msgs, ring, stages, counters);
        TestCommandPath tests = new TestCommandPath(kernel, msgs, ring, stages, counters);
        MigrationPath migrations = new MigrationPath(kernel, msgs, ring, stages, counters);
        StormActions actions = new StormActions(scenario.events(), population, recipients, outages, alerts, registrations,
                cohortSources, streams, scenario.sla().isolatedOutageHubs(), replayScale);
        IntervalSampler sampler = null;
        if (seriesInterval > 0) {
            ServiceRequestTrafficManagement tm = requests.gate() instanceof ServiceRequestTrafficManagement t ? t : null;
            sampler = new IntervalSampler(kernel, seriesInterval, horizon, stages, counters, tm);
        }
        return new DccModel(kernel, horizon, msgs, stages, all, actions, alerts, requests, registrations, tests, migrations, gates, counters,
                sampler);
    }

    /** What every source is built with. */
    private record Context(Kernel kernel, long horizon, Growth growth, Outages outages, Population population,
                           Recipients recipients, RandomStreams streams) {
    }

    private Stages stages(Kernel kernel, Messages msgs, long warmup, RandomStreams streams, DccUser[] users) {
        List<Stage> all = new ArrayList<>();
        DccNetwork net = scenario.network();
        DccDsp dsp = scenario.dsp();
        int regions = Population.REGIONS;
        DelayStage[] han = new DelayStage[regions];
        ServerStage[] uplink = new ServerStage[regions];
        DelayStage[] cspIn = new DelayStage[regions];
        ServerStage[] downlink = new ServerStage[regions];
        DelayStage[] deviceSide = new DelayStage[regions];
        DelayStage[] cspOut = new DelayStage[regions];
        FirmwareStage[] firmware = new FirmwareStage[regions];
        DelayStage[] testHub = new DelayStage[regions];
        for (int r = 0; r < regions; r++) {
            String rn = DccScenario.REGIONS.get(r);
            DccNetwork.Region reg = net.region(rn);
            han[r] = add(all, new DelayStage(all.size(), "han:" + rn, kernel, msgs, warmup, rng(streams, "han:" + rn), net.hanLatency()));
            uplink[r] = add(all, new ServerStage(all.size(), "uplink:" + rn, kernel, msgs, warmup, rng(streams, "uplink:" + rn),
                    reg.uplinkChannels(), reg.uplinkCapacity().limit(), reg.uplinkAlertService(), reg.uplinkResponseService(),
                    reg.prioritiseAlerts() ? Messages.ALERT : -1));
            cspIn[r] = add(all, new DelayStage(all.size(), "csp-in:" + rn, kernel, msgs, warmup, rng(streams, "csp-in:" + rn), true,
                    reg.cspLatency(), dsp.ingestLatency()));
            downlink[r] = add(all, new ServerStage(all.size(), "downlink:" + rn, kernel, msgs, warmup, rng(streams, "downlink:" + rn),
                    reg.downlinkChannels(), Long.MAX_VALUE, reg.downlinkService(), reg.downlinkService(), -1));
            deviceSide[r] = add(all, new DelayStage(all.size(), "device:" + rn, kernel, msgs, warmup, rng(streams, "device:" + rn),
                    net.hanLatency(), net.deviceProcessing(), net.hanLatency()));
            cspOut[r] = add(all, new DelayStage(all.size(), "csp-out:" + rn, kernel, msgs, warmup, rng(streams, "csp-out:" + rn),
                    reg.cspLatency(), dsp.serviceRequestProcessing()));
            firmware[r] = add(all, new FirmwareStage(all.size(), "firmware:" + rn, kernel, msgs, warmup, rng(streams, "firmware:" + rn),
                    reg.firmwareChannels(), reg.firmwareQueue(), reg.firmwareQueueTimeout().micros(), reg.firmwareRejection(),
                    reg.firmwareSuccess(), reg.firmwareAttempts(), reg.firmwareDownload()));
            testHub[r] = add(all, new DelayStage(all.size(), "test-hub:" + rn, kernel, msgs, warmup, rng(streams, "test-hub:" + rn),
                    net.hanLatency()));
        }
        ServerStage dspPool = add(all, new ServerStage(all.size(), "dsp", kernel, msgs, warmup, rng(streams, "dsp"), dsp.servers(),
                Long.MAX_VALUE, dsp.alertService(), dsp.requestService(), switch (dsp.priority()) {
                    case ALERTS -> Messages.ALERT;
                    case REQUESTS -> Messages.SERVICE_REQUEST;
                    default -> -1;
                }));
        ServerStage[] lanes = new ServerStage[dsp.lanes()];
        for (int k = 0; k < dsp.lanes(); k++) {
            lanes[k] = add(all, new ServerStage(all.size(), "lane-" + k, kernel, msgs, warmup, rng(streams, "lane-" + k), 1,
                    Long.MAX_VALUE, dsp.laneService(), dsp.laneService(), -1));
        }
        ServerStage[] intake = new ServerStage[users.length];
        for (int u = 0; u < users.length; u++) {
            DccUser.Intake in = users[u].intake();
            String id = "intake:" + users[u].id();
            intake[u] = add(all, new ServerStage(all.size(), id, kernel, msgs, warmup, rng(streams, id), in.servers(),
                    in.capacity().limit(), in.service(), in.service(), -1));
        }
        DelayStage dspIn = add(all, new DelayStage(all.size(), "dsp-in", kernel, msgs, warmup, rng(streams, "dsp-in"),
                dsp.serviceRequestProcessing()));
        DelayStage futureWait = add(all, new DelayStage(all.size(), "future-dated", kernel, msgs, warmup, rng(streams, "future-dated"),
                dsp.futureDatedDelay()));
        HoldStage hold = add(all, new HoldStage(all.size(), "hold", kernel, msgs, warmup));
        return new Stages(han, uplink, cspIn, downlink, deviceSide, cspOut, firmware, testHub, dspPool, lanes, intake, dspIn, futureWait,
                hold, smets1(all, kernel, msgs, warmup, streams), all.toArray(new Stage[0]));
    }

    /** The SMETS1 path, last among the stages, so that a scenario without migrations keeps its stages and their order; null without. */
    private Stages.Smets1 smets1(List<Stage> all, Kernel kernel, Messages msgs, long warmup, RandomStreams streams) {
        if (!scenario.hasMigrations()) {
            return null;
        }
        DccNetwork.Smets1 s = scenario.network().smets1();
        DelayStage wan = add(all, new DelayStage(all.size(), "smets1-wan", kernel, msgs, warmup, rng(streams, "smets1-wan"), s.wanLatency()));
        ServerStage s1sp = add(all, new ServerStage(all.size(), "s1sp", kernel, msgs, warmup, rng(streams, "s1sp"), s.servers(),
                s.capacity().limit(), s.alertService(), s.migrationService(), -1));
        DelayStage toDsp = add(all, new DelayStage(all.size(), "s1sp-out", kernel, msgs, warmup, rng(streams, "s1sp-out"), true, s.latency(),
                scenario.dsp().ingestLatency()));
        return new Stages.Smets1(wan, s1sp, toDsp);
    }

    private static <S extends Stage> S add(List<Stage> stages, S s) {
        stages.add(s);
        return s;
    }

    private static RandomStream rng(RandomStreams streams, String name) {
        return streams.stream("stage:" + name);
    }

    private static boolean[] nonDeviceVariants() {
        boolean[] out = new boolean[ServiceRequestCatalogue.get().size()];
        for (ServiceRequestVariant v : ServiceRequestCatalogue.get().all()) {
            out[v.index()] = v.nonDevice();
        }
        return out;
    }

    private void addCohortSources(Context c, List<PoissonSource> sources, List<CohortAlertSource> out) {
        Population pop = c.population();
        for (int k = 0; k < pop.cohorts.length; k++) {
            DccPopulation.Cohort cohort = pop.cohorts[k];
            List<DccPopulation.AlertProcess> processes = new ArrayList<>(cohort.alerts());
            for (DccEvent e : scenario.events()) {
                if (e instanceof DccEvent.FirmwareFix f && f.cohort().equals(cohort.id())
                        && processes.stream().noneMatch(p -> sameCode(p.code(), f.code()) && p.device().equals(f.device()))) {
                    // dormant (rate 0) from the start: every fix, in whatever order listed, changes its rate at its own time
                    processes.add(new DccPopulation.AlertProcess(f.code(), f.device(), null, null, SimDuration.ofMicros(0), null));
                }
            }
            for (int r = 0; r < Population.REGIONS; r++) {
                if (pop.count[k][r] == 0) {
                    continue;
                }
                for (DccPopulation.AlertProcess p : processes) {
                    AlertCode code = AlertCatalogue.get().find(p.code());
                    int[] to = recipients(c.recipients(), k, p.recipient(), AlertCatalogue.isOutageCode(code.code()));
                    String id = cohort.id() + ":" + DccScenario.REGIONS.get(r) + ":" + code.code() + ":" + p.device();
                    CohortAlertSource s = new CohortAlertSource(sources.size(), id, r, code.index(), c.streams().stream("alerts:" + id),
                            c.kernel(), c.horizon(), c.growth(), c.outages(), k, pop.base[k][r], pop.count[k][r],
                            cohort.devices(p.device()), p.ratePerDevice() == null ? 0 : p.ratePerDevice().perSecond(),
                            p.profile() == null ? DailyProfile.FLAT : p.profile(), p.start().micros(),
                            to[0], to[1], p.device());
                    sources.add(s);
                    out.add(s);
                }
            }
        }
    }

    /**
     * Who a cohort's alert process sends to: its stated recipient alone, or by default the Supplier; an
     * outage code goes to the Network Operator first and the Supplier too (the Supplier alone when the
     * cohort has no Network Operator).
     */
    private static int[] recipients(Recipients r, int cohort, DccPopulation.Recipient stated, boolean outageCode) {
        int supplier = r.supplierOf(cohort);
        int operator = r.operatorOf(cohort);
        if (stated == DccPopulation.Recipient.NETWORK_OPERATOR) {
            return new int[] {operator >= 0 ? operator : supplier, -1};
        }
        if (stated == DccPopulation.Recipient.SUPPLIER || !outageCode) {
            return new int[] {supplier, -1};
        }
        return operator >= 0 ? new int[] {operator, supplier} : new int[] {supplier, -1};
    }

    private void addReplaySources(Context c, List<PoissonSource> sources) {
        Trace trace = scenario.replay() == null ? null : scenario.replay().trace();
        if (trace == null) {
            return;
        }
        long interval = scenario.replay().interval().micros();
        for (Trace.Series s : trace.series()) {
            AlertCode code = AlertCatalogue.get().at(s.code());
            String id = "replay:" + DccScenario.REGIONS.get(s.region()) + ":" + code.code();
            sources.add(new ReplayAlertSource(sources.size(), id, s.region(), s.code(), c.streams().stream("alerts:" + id), c.kernel(),
                    c.horizon(), c.growth(), c.outages(), s.counts(), replayScale, interval, c.population().hubs[s.region()],
                    AlertCatalogue.isOutageCode(code.code()), c.recipients()));
        }
        for (DeviceSeries s : trace.deviceSeries()) {
            addDeviceReplaySource(c, sources, s, interval);
        }
    }

    /**
     * A device-keyed series' source over its combination's devices of its type in its region; none
     * when {@code population.scale} left the combination no such device there (the loader checked
     * the combination at the scale written).
     */
    private void addDeviceReplaySource(Context c, List<PoissonSource> sources, DeviceSeries s, long interval) {
        Population pop = c.population();
        int k = pop.cohortIndex(s.combination());
        int r = s.region();
        long deviceCount = k < 0 ? 0 : Math.min(Integer.MAX_VALUE, Math.round(pop.count[k][r] * pop.cohorts[k].devices(s.deviceType())));
        if (deviceCount <= 0) {
            return;
        }
        DeviceReplaySchedule schedule = s.monthly()
                ? DeviceReplaySchedule.monthly(s, scenario.start().date(), scenario.replay().profile(), replayScale, c.horizon(), deviceCount)
                : DeviceReplaySchedule.byInterval(s, interval, replayScale, c.horizon(), deviceCount);
        AlertCode code = AlertCatalogue.get().at(s.code());
        String region = DccScenario.REGIONS.get(r);
        String id = "replay:" + s.combination() + ":" + region + ":" + code.code() + ":" + s.deviceType();
        int[] to = recipients(c.recipients(), k, null, AlertCatalogue.isOutageCode(code.code()));
        sources.add(new DeviceReplayAlertSource(sources.size(), id, r, s.code(), c.streams().stream("alerts:" + id), c.kernel(), c.horizon(),
                c.growth(), c.outages(), schedule, k, s.deviceType(), pop.base[k][r], pop.count[k][r], deviceCount,
                c.streams().stream("replay-devices:" + s.combination() + ":" + region + ":" + s.deviceType()), to[0], to[1]));
    }

    private void addMigrationSources(Context c, List<PoissonSource> sources) {
        int n = 0;
        for (DccEvent e : scenario.events()) {
            if (e instanceof DccEvent.Migration mg) {
                int r = Population.regionIndex(mg.region());
                String id = "migration-" + n++ + ":" + mg.region();
                sources.add(new MigrationAlertSource(sources.size(), id, r, AlertCatalogue.get().find(mg.code()).index(),
                        c.streams().stream("alerts:" + id), c.kernel(), c.horizon(), c.growth(), c.outages(), mg, c.population().hubs[r],
                        c.recipients().userIndex(mg.supplier())));
                if (mg.total() > 0) {
                    sources.add(new MigrationSource(sources.size(), id, c.streams().stream("migrations:" + id),
                            c.streams().stream("migration-outcomes:" + id), c.kernel(), c.horizon(), c.growth(), r, mg));
                }
            }
        }
    }

    private void addRequestSources(Context c, DccUser[] users, List<PoissonSource> sources) {
        Population pop = c.population();
        for (int u = 0; u < users.length; u++) {
            DccUser user = users[u];
            DccUser.Requests req = user.serviceRequests();
            if (req == null) {
                continue;
            }
            double[] hubs = userHubs(pop, user.id());
            if (hubs[0] + hubs[1] + hubs[2] == 0) {
                hubs = new double[] {pop.hubs[0], pop.hubs[1], pop.hubs[2]}; // a User serving no hub: spread as the hubs are
            }
            double total = hubs[0] + hubs[1] + hubs[2];
            int k = req.mix().size();
            double[] weights = new double[k];
            short[] variants = new short[k];
            byte[] categories = new byte[k];
            for (int i = 0; i < k; i++) {
                DccUser.Mix mix = req.mix().get(i);
                ServiceRequestVariant v = ServiceRequestCatalogue.get().find(mix.variant());
                weights[i] = mix.weight();
                variants[i] = (short) v.index();
                categories[i] = (byte) (mix.category() != null ? mix.category() : v.defaultCategory()).ordinal();
            }
            for (int r = 0; r < Population.REGIONS; r++) {
                double rate = req.ratePerHub() != null ? req.ratePerHub().perSecond() * hubs[r]
                        : req.rate().perSecond() * (total > 0 ? hubs[r] / total : 0); // already scaled by PopulationScale
                if (rate <= 0) {
                    continue;
                }
                String id = user.id() + ":" + DccScenario.REGIONS.get(r);
                sources.add(new ServiceRequestSource(sources.size(), id, c.streams().stream("requests:" + id), c.kernel(), c.horizon(),
                        c.growth(), u, r, rate, req.profile(), weights, variants, categories));
            }
        }
    }

    /** Each region's CSP test commands to its hubs (none when the scenario sends none). */
    private void addTestCommandSources(Context c, List<PoissonSource> sources) {
        double perHub = scenario.network().testCommandsPerHubPerMonth();
        for (int r = 0; r < Population.REGIONS && perHub > 0; r++) {
            long hubs = c.population().hubs[r];
            if (hubs > 0) {
                String id = "tests:" + DccScenario.REGIONS.get(r);
                sources.add(new TestCommandSource(sources.size(), id, c.streams().stream(id), c.kernel(), c.horizon(), c.growth(), r, hubs,
                        perHub));
            }
        }
    }

    /** The hubs a User is responsible for (as Supplier or Network Operator) per region. */
    private static double[] userHubs(Population pop, String user) {
        double[] out = new double[Population.REGIONS];
        for (int c = 0; c < pop.cohorts.length; c++) {
            DccPopulation.Cohort co = pop.cohorts[c];
            if (user.equals(co.supplier()) || user.equals(co.networkOperator())) {
                for (int r = 0; r < Population.REGIONS; r++) {
                    out[r] += pop.count[c][r];
                }
            }
        }
        return out;
    }

    private static boolean sameCode(String a, String b) {
        return a.toUpperCase(Locale.ROOT).equals(b.toUpperCase(Locale.ROOT));
    }
}
