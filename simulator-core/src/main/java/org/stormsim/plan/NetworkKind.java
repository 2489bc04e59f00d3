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
import org.stormsim.experiment.Replication;
import org.stormsim.experiment.ReplicationTask;
import org.stormsim.report.NetworkReportHtml;
import org.stormsim.report.NetworkTable;
import org.stormsim.report.TimeSeriesCsv;
import org.stormsim.scenario.NetworkScenario;
import org.stormsim.scenario.SimDuration;
import org.stormsim.scenario.StationSpec;
import org.stormsim.stations.NetworkReplication;
import org.stormsim.stations.NetworkReplicationResult;
import org.stormsim.summary.DefaultMetrics;
import org.stormsim.summary.Figures;
import org.stormsim.summary.MetricPath;
import org.stormsim.summary.NetworkSummary;
import org.stormsim.summary.RunFacts;

/** A generic queueing network ({@code kind: network}) bound to one scenario. Immutable. */
final class NetworkKind implements Kind<NetworkReplicationResult> {
    private final NetworkScenario scenario;

    NetworkKind(NetworkScenario scenario) {
        this.scenario = scenario;
    }

    @Override
    public NetworkScenario scenario() {
        return scenario;
    }

    @Override
    public Kind<NetworkReplicationResult> withWarmup(SimDuration warmup) {
        return new NetworkKind(scenario.withWarmup(warmup));
    }

    @Override
    public ReplicationTask<NetworkReplicationResult> task(int replication, long seriesInterval) {
        return new Task(scenario, replication, seriesInterval);
    }

    /** Replication {@code replication} of {@code scenario}: data only, so it can be sent to a cluster worker when it keeps no series. */
    record Task(NetworkScenario scenario, int replication, long seriesInterval)
            implements ReplicationTask<NetworkReplicationResult>, Serializable {
        @Override
        public long horizon() {
            return scenario.duration().micros();
        }

        @Override
        public NetworkReplicationResult run(Consumer<Replication<?>> started) {
            NetworkReplication r = new NetworkReplication(scenario, replication, seriesInterval);
            started.accept(r);
            return r.run();
        }

        @Override
        public boolean portable() {
            return seriesInterval == 0;
        }
    }

    @Override
    public Figures figures(NetworkReplicationResult replication) {
        return NetworkSummary.figures(scenario, replication);
    }

    /** A queueing network has no counterfactual. */
    @Override
    public Counterfactual<NetworkReplicationResult> counterfactual() {
        return null;
    }

    @Override
    public ObjectNode summary(List<NetworkReplicationResult> replications, List<NetworkReplicationResult> counterfactual,
                              RunFacts facts) {
        return NetworkSummary.build(scenario, replications, facts);
    }

    /** Each sink's mean time in the system. */
    @Override
    public List<MetricPath> precisionMetrics() {
        List<MetricPath> out = new ArrayList<>();
        for (StationSpec s : scenario.stations()) {
            if (s instanceof StationSpec.Sink) {
                out.add(MetricPath.parse("stations." + s.id() + ".systemTime.mean"));
            }
        }
        return out;
    }

    /** Each station's mean wait, utilisation and loss, and each sink's time in the system. */
    @Override
    public List<MetricPath> studyMetrics(List<Figures> points) {
        List<String> candidates = new ArrayList<>();
        if (!points.isEmpty()) {
            points.get(0).tree().path("stations").fields().forEachRemaining(e -> {
                String type = e.getValue().path("type").asText();
                String at = "stations." + e.getKey() + ".";
                if (type.equals("sink")) {
                    candidates.add(at + "systemTime.mean");
                } else if (!type.equals("source")) {
                    candidates.addAll(List.of(at + "wait.mean", at + "utilisation", at + "lossProbability"));
                }
            });
        }
        return DefaultMetrics.of(candidates, points);
    }

    @Override
    public String table(List<NetworkReplicationResult> replications, ObjectNode summary) {
        return NetworkTable.render(replications);
    }

    @Override
    public List<String> ledgerLines(ObjectNode summary) {
        JsonNode ledger = summary.path("ledger").path("customers");
        return List.of(String.format(Locale.ROOT, "ledger: %d generated = %d delivered + %d lost + %d in flight at the end (%s)",
                ledger.path("generated").asLong(), ledger.path("delivered").asLong(), ledger.path("lost").asLong(),
                ledger.path("inFlightAtEnd").asLong(), ledger.path("balanced").asBoolean() ? "balanced" : "NOT BALANCED"));
    }

    @Override
    public List<Path> writeSeries(Path dir, NetworkReplicationResult first, ObjectNode summary, int replications) throws IOException {
        if (first.timeSeries() == null) {
            return List.of();
        }
        return RunOutputs.writeSeries(dir, TimeSeriesCsv.render(first.timeSeries()), first.timeSeries().outcomes().latencyLog(),
                NetworkReportHtml.render(scenario.withReplications(replications), first.timeSeries(), summary));
    }
}
