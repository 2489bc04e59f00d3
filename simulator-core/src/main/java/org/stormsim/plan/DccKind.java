package org.stormsim.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.stormsim.dcc.DccReplication;
import org.stormsim.experiment.Replication;
import org.stormsim.experiment.ReplicationTask;
import org.stormsim.report.DccTable;
import org.stormsim.report.ReportHtml;
import org.stormsim.report.TimeSeriesCsv;
import org.stormsim.scenario.DccScenario;
import org.stormsim.scenario.SimDuration;
import org.stormsim.summary.DccRecord;
import org.stormsim.summary.DccSummary;
import org.stormsim.summary.DefaultMetrics;
import org.stormsim.summary.Figures;
import org.stormsim.summary.MetricPath;
import org.stormsim.summary.RunFacts;

/** The GB smart metering model ({@code kind: dcc}) bound to one scenario. Immutable. */
final class DccKind implements Kind<DccRecord> {
    /** What a sweep reports of a GB scenario when nothing is named (every Service Level measure over all regions is added). */
    private static final List<String> STUDY_METRICS = List.of("alerts.latency.mean", "alerts.latency.p99", "alerts.latency.p999",
            "alerts.delivered", "alerts.suppressed", "lanes.max.utilisation", "lanes.max.queue.max",
            "serviceRequests.responseTime.mean", "serviceRequests.responseTime.p99", "serviceRequests.throttled",
            "throttling.serviceRequestTrafficManagement.episodes.count",
            "throttling.serviceRequestTrafficManagement.episodes.fractionOfTime");

    private final DccScenario scenario;

    DccKind(DccScenario scenario) {
        this.scenario = scenario;
    }

    @Override
    public DccScenario scenario() {
        return scenario;
    }

    @Override
    public Kind<DccRecord> withWarmup(SimDuration warmup) {
        return new DccKind(scenario.withWarmup(warmup));
    }

    @Override
    public ReplicationTask<DccRecord> task(int replication, long seriesInterval) {
        return new Task(scenario, replication, seriesInterval);
    }

    /** Replication {@code replication} of {@code scenario}: data only, so it can be sent to a cluster worker when it keeps no series. */
    record Task(DccScenario scenario, int replication, long seriesInterval) implements ReplicationTask<DccRecord>, Serializable {
        @Override
        public long horizon() {
            return scenario.duration().micros();
        }

        @Override
        public DccRecord run(Consumer<Replication<?>> started) {
            DccReplication r = new DccReplication(scenario, replication, List.of(), seriesInterval);
            started.accept(r);
            return DccRecord.of(scenario, r.run());
        }

        @Override
        public boolean portable() {
            return seriesInterval == 0;
        }
    }

    @Override
    public Figures figures(DccRecord replication) {
        return replication.figures();
    }

    @Override
    public Counterfactual<DccRecord> counterfactual() {
        if (!scenario.throttling().serviceRequestTrafficManagement().enabled()) {
            return null;
        }
        return new Counterfactual<>(new DccKind(scenario.withoutRequestThrottling()),
                "SECMP0067 is on: running the same scenario and seed with it off, for the Service Levels without throttling...");
    }

    @Override
    public ObjectNode summary(List<DccRecord> replications, List<DccRecord> counterfactual, RunFacts facts) {
        return DccSummary.build(scenario, replications, counterfactual, facts);
    }

    @Override
    public List<MetricPath> precisionMetrics() {
        return List.of(MetricPath.parse("alerts.latency.mean"));
    }

    @Override
    public List<MetricPath> studyMetrics(List<Figures> points) {
        List<String> candidates = new ArrayList<>(STUDY_METRICS);
        if (!points.isEmpty()) {
            for (JsonNode m : points.get(0).tree().path("sla").path("measures")) {
                if (m.path("region").asText().equals("all")) {
                    candidates.add("sla.measures." + m.path("id").asText() + ".all.achieved");
                }
            }
        }
        return DefaultMetrics.of(candidates, points);
    }

    @Override
    public String table(List<DccRecord> replications, ObjectNode summary) {
        return DccTable.render(summary);
    }

    @Override
    public List<String> ledgerLines(ObjectNode summary) {
        List<String> out = new ArrayList<>();
        summary.path("ledger").fields().forEachRemaining(e -> out.add(String.format(Locale.ROOT, "ledger %s: %s", e.getKey(), e.getValue())));
        return out;
    }

    @Override
    public List<Path> writeSeries(Path dir, DccRecord first, ObjectNode summary, int replications) throws IOException {
        if (first.series() == null) {
            return List.of();
        }
        return RunOutputs.writeSeries(dir, TimeSeriesCsv.render(first.series()), first.series().outcomes().latencyLog(),
                ReportHtml.render(scenario.withReplications(replications), first.series(), summary));
    }
}
