package org.stormsim.summary;

import java.util.Map;
import org.stormsim.dcc.DccReplicationResult;
import org.stormsim.dcc.DccSeries;
import org.stormsim.experiment.ReplicationOutcome;
import org.stormsim.metrics.BatchMeans;
import org.stormsim.metrics.SliceSeries;
import org.stormsim.scenario.DccScenario;

/**
 * What a run keeps of one replication of a GB scenario once it has run (its model and histograms let
 * go): its figures, the batch-means intervals of the mean alert latency and SR response time within
 * it, the alert latency series by raise time (for the warm-up), and, for the replication that kept
 * one, its time series (the outputs' charts). Immutable.
 */
public record DccRecord(int replication, boolean completed, long events, double simulatedSeconds, Figures figures,
                        BatchMeans.Interval alertBatches, BatchMeans.Interval responseBatches, SliceSeries alertSeries,
                        DccSeries series) implements ReplicationOutcome, java.io.Serializable {
    /** The record of {@code result}, a replication of {@code scenario}. */
    public static DccRecord of(DccScenario scenario, DccReplicationResult result) {
        return new DccRecord(result.replication(), result.completed(), result.events(), result.simulatedSeconds(),
                DccSummary.figures(scenario, result), result.metrics().alertBatches(),
                result.metrics().responseBatches(), result.metrics().alertSeries(), result.series());
    }

    @Override
    public Map<String, SliceSeries> warmupSeries() {
        return Map.of("alerts.latency", alertSeries);
    }
}
