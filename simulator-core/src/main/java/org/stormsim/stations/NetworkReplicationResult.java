package org.stormsim.stations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stormsim.experiment.ReplicationOutcome;
import org.stormsim.metrics.SliceSeries;

/**
 * Everything one replication produced: its station results in file order, the events the kernel
 * handled, the simulated seconds, the checked ledger, whether it ran to its horizon, each
 * station's time-in-station series by arrival time (for detecting the warm-up), and its time series
 * of the outputs when it was asked to keep one (else null).
 */
public record NetworkReplicationResult(int replication, List<StationResult> stations, long events, double simulatedSeconds,
                                Ledger ledger, boolean completed, List<SliceSeries> series, NetworkSeries timeSeries)
        implements ReplicationOutcome, java.io.Serializable {
    /** Each station's time in station but a source's, as {@code stations.ID}, in file order. */
    @Override
    public Map<String, SliceSeries> warmupSeries() {
        Map<String, SliceSeries> out = new LinkedHashMap<>();
        for (int i = 0; i < stations.size(); i++) {
            if (!stations.get(i).isSource()) {
                out.put("stations." + stations.get(i).id(), series.get(i));
            }
        }
        return out;
    }

    public StationResult station(String id) {
        for (StationResult s : stations) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no station " + id);
    }
}
