package org.stormsim.experiment;

import java.util.List;

/**
 * Everything one replication produced: its station results in file order, the events the kernel
 * handled, the simulated seconds, the checked ledger, and whether it ran to its horizon.
 */
public record ReplicationResult(int replication, List<StationResult> stations, long events,
                                double simulatedSeconds, Ledger ledger, boolean completed) {
    public StationResult station(String id) {
        for (StationResult s : stations) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no station " + id);
    }
}
