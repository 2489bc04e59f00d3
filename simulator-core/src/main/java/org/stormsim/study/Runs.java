package org.stormsim.study;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stormsim.experiment.DccReplicationResult;
import org.stormsim.experiment.DccRunResult;
import org.stormsim.experiment.NetworkRunResult;
import org.stormsim.experiment.ReplicationResult;
import org.stormsim.experiment.RunResult;
import org.stormsim.experiment.StationResult;
import org.stormsim.metrics.SliceSeries;
import org.stormsim.report.DccSummary;
import org.stormsim.report.NetworkSummary;

/**
 * Replications of one scenario of either kind, in replication order: each replication's results in
 * the summary's shape (what studies read their metrics from) and the summary of them all. Runs of
 * consecutive replication ranges join with {@link #plus}.
 */
public sealed interface Runs permits Runs.Dcc, Runs.Network {
    /** One node per replication, in the {@code summary.json} shape. */
    List<ObjectNode> replicationNodes();

    /** The {@code summary.json} of every replication here. */
    ObjectNode summary();

    /** These replications followed by {@code more}'s (the next range of the same scenario). */
    Runs plus(Runs more);

    /** The run of replications underneath. */
    RunResult result();

    default boolean completed() {
        return result().completed();
    }

    default long events() {
        return result().events();
    }

    default double wallSeconds() {
        return result().wallSeconds();
    }

    default int replications() {
        return result().replications().size();
    }

    /** For each quantity the warm-up is detected from, its series in every replication. */
    Map<String, List<SliceSeries>> warmupSeries();

    /** Replications of a {@code kind: dcc} scenario. */
    record Dcc(DccRunResult result) implements Runs {
        @Override
        public List<ObjectNode> replicationNodes() {
            List<ObjectNode> out = new ArrayList<>();
            for (DccReplicationResult r : result.replications()) {
                out.add(DccSummary.replication(result.scenario(), r));
            }
            return out;
        }

        @Override
        public ObjectNode summary() {
            return DccSummary.build(result);
        }

        @Override
        public Runs plus(Runs more) {
            DccRunResult m = ((Dcc) more).result;
            List<DccReplicationResult> all = new ArrayList<>(result.replications());
            all.addAll(m.replications());
            return new Dcc(new DccRunResult(result.scenario().withReplications(all.size()), all,
                    result.wallSeconds() + m.wallSeconds(), Math.max(result.threads(), m.threads())));
        }

        @Override
        public Map<String, List<SliceSeries>> warmupSeries() {
            List<SliceSeries> alerts = new ArrayList<>();
            for (DccReplicationResult r : result.replications()) {
                alerts.add(r.metrics().alertSeries);
            }
            return Map.of("alerts.latency", alerts);
        }
    }

    /** Replications of a {@code kind: network} scenario. */
    record Network(NetworkRunResult result) implements Runs {
        @Override
        public List<ObjectNode> replicationNodes() {
            List<ObjectNode> out = new ArrayList<>();
            for (ReplicationResult r : result.replications()) {
                out.add(NetworkSummary.replication(result.scenario(), r));
            }
            return out;
        }

        @Override
        public ObjectNode summary() {
            return NetworkSummary.build(result);
        }

        @Override
        public Runs plus(Runs more) {
            NetworkRunResult m = ((Network) more).result;
            List<ReplicationResult> all = new ArrayList<>(result.replications());
            all.addAll(m.replications());
            return new Network(new NetworkRunResult(result.scenario().withReplications(all.size()), all,
                    result.wallSeconds() + m.wallSeconds(), Math.max(result.threads(), m.threads())));
        }

        @Override
        public Map<String, List<SliceSeries>> warmupSeries() {
            Map<String, List<SliceSeries>> out = new LinkedHashMap<>();
            List<StationResult> stations = result.replications().get(0).stations();
            for (int i = 0; i < stations.size(); i++) {
                if (!stations.get(i).isSource()) {
                    List<SliceSeries> series = new ArrayList<>();
                    for (ReplicationResult r : result.replications()) {
                        series.add(r.series().get(i));
                    }
                    out.put("stations." + stations.get(i).id(), series);
                }
            }
            return out;
        }
    }
}
