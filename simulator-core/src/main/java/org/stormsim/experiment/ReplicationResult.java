package org.stormsim.experiment;

import java.util.List;
import org.stormsim.metrics.SliceSeries;

/**
 * Everything one replication produced: its station results in file order, the events the kernel
 * handled, the simulated seconds, the checked ledger, whether it ran to its horizon, each
 * station's time-in-station series by arrival time (for detecting the warm-up), and its time series
 * of the outputs when it was asked to keep one (else null).
 */
public record ReplicationResult(int replication, List<StationResult> stations, long events, double simulatedSeconds,
                                Ledger ledger, boolean completed, List<SliceSeries> series, NetworkSeries timeSeries) {
    public StationResult station(String id) {
        for (StationResult s : stations) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no station " + id);
    }
}
