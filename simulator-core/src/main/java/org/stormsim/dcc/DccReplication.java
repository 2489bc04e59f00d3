package org.stormsim.dcc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stormsim.catalogue.AlertCatalogue;
import org.stormsim.catalogue.ServiceCategory;
import org.stormsim.catalogue.ServiceRequestCatalogue;
import org.stormsim.engine.Kernel;
import org.stormsim.engine.RandomStreams;
import org.stormsim.engine.SimTime;
import org.stormsim.experiment.ConservationException;
import org.stormsim.experiment.MessageLedger;
import org.stormsim.experiment.Replication;
import org.stormsim.metrics.OutcomeConsumer;
import org.stormsim.metrics.OutcomeRing;
import org.stormsim.scenario.DccScenario;

/**
 * Runs one replication of a {@code kind: dcc} scenario: builds the model with this replication's
 * streams, runs the kernel to the horizon with the metrics consumer on its own thread, then checks
 * the conservation ledger of alerts, Service Requests and WAN re-registrations. A ledger that does
 * not balance is a defect and fails the run.
 */
public final class DccReplication extends Replication<DccReplicationResult> {
    private final DccScenario scenario;
    private final int replication;
    private final List<OutcomeConsumer> alsoTo;
    private final long seriesInterval;
    private volatile DccModel model;

    public DccReplication(DccScenario scenario, int replication) {
        this(scenario, replication, List.of());
    }

    /** A replication whose outcome records also go to {@code alsoTo} (each on its own thread), e.g. a test's record of every outcome. */
    public DccReplication(DccScenario scenario, int replication, List<? extends OutcomeConsumer> alsoTo) {
        this(scenario, replication, alsoTo, 0);
    }

    /**
     * A replication that also keeps its time series, cut into intervals of {@code seriesInterval}
     * microseconds (0: none). The series' one sampling event per interval is left out of the
     * replication's event count, so the summary is the same with or without it.
     */
    public DccReplication(DccScenario scenario, int replication, List<? extends OutcomeConsumer> alsoTo,
                          long seriesInterval) {
        if (seriesInterval < 0) {
            throw new IllegalArgumentException("the series interval cannot be negative: " + seriesInterval);
        }
        this.scenario = scenario;
        this.replication = replication;
        this.alsoTo = List.copyOf(alsoTo);
        this.seriesInterval = seriesInterval;
    }

    /** The model of the replication, once it has run (for inspecting its gates and state). */
    public DccModel model() {
        return model;
    }

    @Override
    public DccReplicationResult run() {
        DccMetrics metrics = newMetrics();
        Kernel k = newKernel();
        DccModel model;
        boolean completed;
        List<OutcomeConsumer> consumers = new ArrayList<>(List.of(metrics));
        consumers.addAll(alsoTo);
        long horizon = scenario.duration().micros();
        TimeSeriesConsumer outcomes = seriesInterval == 0 ? null
                : new TimeSeriesConsumer(seriesInterval, horizon, SimTime.intervals(horizon, seriesInterval));
        if (outcomes != null) {
            consumers.add(outcomes);
        }
        IntervalSampler sampler;
        try (OutcomeRing ring = OutcomeRing.withExtraTimes(consumers)) {
            model = new DccModelBuilder(scenario).build(k, ring, new RandomStreams(scenario.seed(), replication), seriesInterval);
            this.model = model;
            sampler = model.sampler();
            model.start();
            completed = k.runUntil(horizon, model);
            model.finish(k.now());
            if (outcomes != null) {
                outcomes.endAt(k.now());
            }
        }
        model.countInFlight(metrics.serviceLevels());
        List<MessageLedger> ledgers = checkedLedgers(metrics, model.counters(), scenario.hasMigrations());
        long events = k.eventsProcessed() - (sampler == null ? 0 : sampler.ticks());
        DccSeries series = sampler == null ? null : new DccSeries(sampler, outcomes,
                model.trafficManagement() == null ? null : model.trafficManagement().systemEpisodes());
        return new DccReplicationResult(replication, metrics, model.stageReport(k.now()), model.counters(), ledgers,
                events, SimTime.toSeconds(k.now()), completed, model.throttling(), series);
    }

    private DccMetrics newMetrics() {
        return new DccMetrics(scenario, AlertCatalogue.get().size(), ServiceRequestCatalogue.get().size());
    }

    /**
     * The ledgers of alerts, their deliveries, request attempts, requests across their attempts,
     * re-registrations and test commands; one that does not balance fails the run.
     */
    private static List<MessageLedger> checkedLedgers(DccMetrics metrics, Counters counters, boolean migrations) {
        List<MessageLedger> ledgers = ledgers(metrics, counters, migrations);
        List<String> broken = new ArrayList<>();
        for (MessageLedger l : ledgers) {
            if (!l.balanced()) {
                broken.add(l.describe());
            }
        }
        if (!broken.isEmpty()) {
            throw new ConservationException("the conservation ledger does not balance: " + String.join("; ", broken));
        }
        return ledgers;
    }

    private static List<MessageLedger> ledgers(DccMetrics m, Counters c, boolean migrations) {
        List<MessageLedger> out = new ArrayList<>();
        long raised = 0;
        long inFlight = 0;
        for (int code = 0; code < AlertCatalogue.get().size(); code++) {
            for (int r = 0; r < DccMetrics.REGIONS; r++) {
                raised += c.raised(code, r);
            }
            inFlight += c.inFlight(code);
        }
        Map<String, Long> alerts = new LinkedHashMap<>();
        DccMetrics.AlertCounts a = m.alerts();
        alerts.put("delivered", a.delivered());
        alerts.put("suppressed", a.suppressed());
        alerts.put("lost", a.lost());
        alerts.put("inFlightAtEnd", inFlight);
        out.add(new MessageLedger("alerts", raised, alerts));
        Map<String, Long> deliveries = new LinkedHashMap<>();
        DccMetrics.DeliveryCounts d = m.deliveries();
        deliveries.put("takenIn", d.takenIn());
        deliveries.put("rejectedDuplicate", d.rejectedDuplicate());
        deliveries.put("lost", d.lost());
        deliveries.put("inFlightAtEnd", c.liveDeliveries());
        out.add(new MessageLedger("deliveries", d.handedOver(), deliveries));
        requestLedgers(m, c, out);
        otherLedgers(m, c, out, migrations);
        return out;
    }

    private static void requestLedgers(DccMetrics m, Counters c, List<MessageLedger> out) {
        Map<String, Long> sr = new LinkedHashMap<>();
        DccMetrics.RequestCounts q = m.requests();
        sr.put("completed", q.completed());
        sr.put("timedOut", q.timedOut());
        sr.put("throttled", q.throttled());
        sr.put("rejected", q.rejected());
        sr.put("lost", q.lost());
        sr.put("droppedFromQueue", q.dropped());
        sr.put("rejectedByDevice", q.deviceRejected());
        sr.put("failed", q.failed());
        sr.put("inFlightAtEnd", c.unresolvedRequests());
        out.add(new MessageLedger("serviceRequests", q.submitted(), sr));
        Map<String, Long> requests = new LinkedHashMap<>();
        long completed = 0;
        long abandoned = 0;
        for (ServiceCategory cat : ServiceCategory.values()) {
            for (int u = 0; u < m.users(); u++) {
                DccMetrics.RequestFinals f = m.finalsOf(u, cat);
                completed += f.completed();
                abandoned += f.abandoned();
            }
        }
        requests.put("completed", completed);
        requests.put("abandoned", abandoned);
        requests.put("inFlightAtEnd", c.openRequests());
        out.add(new MessageLedger("requests", c.requests(), requests));
    }

    /** Re-registrations, test commands and, with a SMETS1 wave in the scenario, migrations. */
    private static void otherLedgers(DccMetrics m, Counters c, List<MessageLedger> out, boolean smets1) {
        Map<String, Long> reg = new LinkedHashMap<>();
        reg.put("delivered", m.registrationsDone());
        reg.put("lost", m.registrationsLost());
        reg.put("inFlightAtEnd", c.liveRegistrations());
        out.add(new MessageLedger("registrations", c.registrations(), reg));
        Map<String, Long> tests = new LinkedHashMap<>();
        tests.put("returned", m.testsReturned());
        tests.put("lost", m.testsLost());
        tests.put("inFlightAtEnd", c.liveTestCommands());
        out.add(new MessageLedger("testCommands", c.testCommands(), tests));
        if (smets1) {
            Map<String, Long> migrations = new LinkedHashMap<>();
            migrations.put("migrated", m.migrationsDone());
            migrations.put("failed", m.migrationsFailed());
            migrations.put("lost", m.migrationsLost());
            migrations.put("inFlightAtEnd", c.liveMigrations());
            out.add(new MessageLedger("migrations", c.migrations(), migrations));
        }
    }
}
