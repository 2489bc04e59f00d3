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
import org.stormsim.scenario.DccDsp;
import org.stormsim.scenario.DccEvent;
import org.stormsim.scenario.DccNetwork;
import org.stormsim.scenario.DccPopulation;
import org.stormsim.scenario.DccReplay;
import org.stormsim.scenario.DccScenario;
import org.stormsim.scenario.DccUser;
import org.stormsim.scenario.PopulationScale;
import org.stormsim.scenario.SimDuration;
import org.stormsim.scenario.Trace;

/**
 * Builds the {@link DccModel} of one replication from a scenario: the stages of every path, the
 * alert and Service Request sources, the storm actions and the traffic-management gates. Each stage
 * and source draws from its own named stream ({@code stage:ID}, {@code alerts:ID}, {@code requests:ID},
 * {@code outage:I}), so a change to one never shifts another's numbers.
 */
public final class DccModelBuilder {
    private final DccScenario scenario;

    /** Replayed counts are multiplied by this: the scenario's {@code population.scale}. */
    private final double replayScale;

    /** A builder of {@code scenario} at its {@code population.scale} ({@link PopulationScale}): volumes and capacities scaled together. */
    public DccModelBuilder(DccScenario scenario) {
        this.scenario = PopulationScale.apply(scenario);
        this.replayScale = scenario.population().scale();
    }

    public DccModel build(Kernel kernel, OutcomeRing ring, RandomStreams streams) {
        DccModel m = new DccModel(scenario, kernel, ring, streams);
        buildStages(m);
        m.laneRouter = new LaneRouter(scenario.dsp(), AlertCatalogue.get());
        m.nonDevice = new boolean[ServiceRequestCatalogue.get().size()];
        for (ServiceRequestVariant v : ServiceRequestCatalogue.get().all()) {
            m.nonDevice[v.index()] = v.nonDevice();
        }
        m.growth = scenario.events().stream().filter(e -> e instanceof DccEvent.Growth).toArray(DccEvent.Growth[]::new);
        m.resetWindows = new long[m.population.cohorts.length][0];
        List<PoissonSource> sources = new ArrayList<>();
        List<CohortAlertSource> cohortSources = new ArrayList<>();
        if (scenario.replay() == null || scenario.replay().mode() == DccReplay.ReplayMode.ADD) {
            addCohortSources(m, sources, cohortSources);
        }
        addReplaySources(m, sources);
        addMigrationSources(m, sources);
        addRequestSources(m, sources);
        m.sources = sources.toArray(new PoissonSource[0]);
        for (PoissonSource s : m.sources) {
            s.model = m;
        }
        assignProtectionSlots(m);
        new StormActions(m, cohortSources).install();
        Gates.install(m);
        return m;
    }

    private void buildStages(DccModel m) {
        List<Stage> stages = new ArrayList<>();
        DccNetwork net = scenario.network();
        DccDsp dsp = scenario.dsp();
        int regions = Population.REGIONS;
        m.han = new DelayStage[regions];
        m.uplink = new ServerStage[regions];
        m.cspIn = new DelayStage[regions];
        m.downlink = new ServerStage[regions];
        m.deviceSide = new DelayStage[regions];
        m.cspOut = new DelayStage[regions];
        m.firmware = new ServerStage[regions];
        for (int r = 0; r < regions; r++) {
            String rn = DccScenario.REGIONS.get(r);
            DccNetwork.Region reg = net.region(rn);
            m.han[r] = add(stages, new DelayStage(stages.size(), "han:" + rn, m, rng(m, "han:" + rn), net.hanLatency()));
            m.uplink[r] = add(stages, new ServerStage(stages.size(), "uplink:" + rn, m, rng(m, "uplink:" + rn), reg.uplinkChannels(),
                    reg.uplinkCapacity().limit(), reg.uplinkAlertService(), reg.uplinkResponseService(), reg.prioritiseAlerts()));
            m.cspIn[r] = add(stages, new DelayStage(stages.size(), "csp-in:" + rn, m, rng(m, "csp-in:" + rn), reg.cspLatency(), dsp.ingestLatency()));
            m.downlink[r] = add(stages, new ServerStage(stages.size(), "downlink:" + rn, m, rng(m, "downlink:" + rn), reg.downlinkChannels(),
                    Long.MAX_VALUE, reg.downlinkService(), reg.downlinkService(), false));
            m.deviceSide[r] = add(stages, new DelayStage(stages.size(), "device:" + rn, m, rng(m, "device:" + rn),
                    net.hanLatency(), net.deviceProcessing(), net.hanLatency()));
            m.cspOut[r] = add(stages, new DelayStage(stages.size(), "csp-out:" + rn, m, rng(m, "csp-out:" + rn),
                    reg.cspLatency(), dsp.serviceRequestProcessing()));
            m.firmware[r] = add(stages, new ServerStage(stages.size(), "firmware:" + rn, m, rng(m, "firmware:" + rn), reg.firmwareChannels(),
                    reg.firmwareChannels(), reg.firmwareDownload(), reg.firmwareDownload(), false));
        }
        m.lanes = new ServerStage[dsp.lanes()];
        for (int k = 0; k < dsp.lanes(); k++) {
            m.lanes[k] = add(stages, new ServerStage(stages.size(), "lane-" + k, m, rng(m, "lane-" + k), 1, Long.MAX_VALUE,
                    dsp.laneService(), dsp.laneService(), false));
        }
        m.intake = new ServerStage[m.users.length];
        for (int u = 0; u < m.users.length; u++) {
            DccUser.Intake in = m.users[u].intake();
            String id = "intake:" + m.users[u].id();
            m.intake[u] = add(stages, new ServerStage(stages.size(), id, m, rng(m, id), in.servers(), in.capacity().limit(),
                    in.service(), in.service(), false));
        }
        m.dspIn = add(stages, new DelayStage(stages.size(), "dsp-in", m, rng(m, "dsp-in"), dsp.serviceRequestProcessing()));
        m.futureWait = add(stages, new DelayStage(stages.size(), "future-dated", m, rng(m, "future-dated"), dsp.futureDatedDelay()));
        m.hold = add(stages, new HoldStage(stages.size(), "hold", m));
        m.stages = stages.toArray(new Stage[0]);
    }

    private static <S extends Stage> S add(List<Stage> stages, S s) {
        stages.add(s);
        return s;
    }

    private static RandomStream rng(DccModel m, String name) {
        return m.stream("stage:" + name);
    }

    private void addCohortSources(DccModel m, List<PoissonSource> sources, List<CohortAlertSource> out) {
        Population pop = m.population;
        for (int c = 0; c < pop.cohorts.length; c++) {
            DccPopulation.Cohort cohort = pop.cohorts[c];
            List<DccPopulation.AlertProcess> processes = new ArrayList<>(cohort.alerts());
            for (DccEvent e : scenario.events()) {
                if (e instanceof DccEvent.FirmwareFix f && f.cohort().equals(cohort.id())
                        && processes.stream().noneMatch(p -> sameCode(p.code(), f.code()) && p.device().equals(f.device()))) {
                    // dormant (rate 0) from the start: every fix, in whatever order listed, changes its rate at its own time
                    processes.add(new DccPopulation.AlertProcess(f.code(), f.device(), null, null, SimDuration.ofMicros(0), null));
                }
            }
            for (int r = 0; r < Population.REGIONS; r++) {
                if (pop.count[c][r] == 0) {
                    continue;
                }
                for (DccPopulation.AlertProcess p : processes) {
                    AlertCode code = AlertCatalogue.get().find(p.code());
                    boolean outage = AlertCatalogue.isOutageCode(code.code());
                    boolean toOperator = p.recipient() != null ? p.recipient() == DccPopulation.Recipient.NETWORK_OPERATOR : outage;
                    String id = cohort.id() + ":" + DccScenario.REGIONS.get(r) + ":" + code.code() + ":" + p.device();
                    CohortAlertSource s = new CohortAlertSource(sources.size(), id, r, code.index(), m.stream("alerts:" + id), c,
                            pop.base[c][r], pop.count[c][r], cohort.devices(p.device()),
                            p.ratePerDevice() == null ? 0 : p.ratePerDevice().perSecond(),
                            p.profile() == null ? org.stormsim.scenario.DailyProfile.FLAT : p.profile(), p.start().micros(),
                            m.recipientForCohort(c, toOperator), p.device());
                    sources.add(s);
                    out.add(s);
                }
            }
        }
    }

    /**
     * Numbers the storm-protection state of every device: per (source, device) when counting per
     * device and code, per (cohort, region, device type, device) when counting per device, so that
     * one ESME's codes share a count. Replay and migration devices count per source either way.
     */
    private static void assignProtectionSlots(DccModel m) {
        long perCode = 0;
        long perDevice = 0;
        java.util.Map<String, Long> groups = new java.util.HashMap<>();
        for (PoissonSource p : m.sources) {
            if (p instanceof AlertSource s) {
                s.stateBase = perCode;
                perCode += s.maxDevices();
                String group = s instanceof CohortAlertSource c ? c.group() : s.id;
                Long base = groups.get(group);
                if (base == null) {
                    base = perDevice;
                    groups.put(group, base);
                    perDevice += s.maxDevices();
                }
                s.deviceStateBase = base;
            }
        }
        m.protectionSlotsPerCode = perCode;
        m.protectionSlotsPerDevice = perDevice;
    }

    private void addReplaySources(DccModel m, List<PoissonSource> sources) {
        Trace trace = scenario.replay() == null ? null : scenario.replay().trace();
        if (trace == null) {
            return;
        }
        long interval = scenario.replay().interval().micros();
        for (Trace.Series s : trace.series()) {
            AlertCode code = AlertCatalogue.get().at(s.code());
            String id = "replay:" + DccScenario.REGIONS.get(s.region()) + ":" + code.code();
            sources.add(new ReplayAlertSource(sources.size(), id, s.region(), s.code(), m.stream("alerts:" + id), s.counts(), replayScale,
                    interval, m.population.hubs[s.region()], AlertCatalogue.isOutageCode(code.code())));
        }
    }

    private void addMigrationSources(DccModel m, List<PoissonSource> sources) {
        int n = 0;
        for (DccEvent e : scenario.events()) {
            if (e instanceof DccEvent.Migration mg) {
                int r = Population.regionIndex(mg.region());
                String id = "migration-" + n++ + ":" + mg.region();
                sources.add(new MigrationAlertSource(sources.size(), id, r, AlertCatalogue.get().find(mg.code()).index(),
                        m.stream("alerts:" + id), mg.at().micros(), mg.perDay(), mg.total(), mg.alertRatePerInstallation().perSecond(),
                        m.population.hubs[r], m.userIndex(mg.supplier()), -1));
            }
        }
    }

    private void addRequestSources(DccModel m, List<PoissonSource> sources) {
        for (int u = 0; u < m.users.length; u++) {
            DccUser user = m.users[u];
            DccUser.Requests req = user.serviceRequests();
            if (req == null) {
                continue;
            }
            double[] hubs = userHubs(m, user.id());
            if (hubs[0] + hubs[1] + hubs[2] == 0) {
                hubs = new double[] {m.population.hubs[0], m.population.hubs[1], m.population.hubs[2]}; // a User serving no hub: spread as the hubs are
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
                sources.add(new ServiceRequestSource(sources.size(), id, m.stream("requests:" + id), u, r, rate, req.profile(),
                        weights, variants, categories));
            }
        }
    }

    /** The hubs a User is responsible for (as Supplier or Network Operator) per region. */
    private static double[] userHubs(DccModel m, String user) {
        double[] out = new double[Population.REGIONS];
        Population pop = m.population;
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
