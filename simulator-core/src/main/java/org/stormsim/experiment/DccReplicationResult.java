package org.stormsim.experiment;

import java.util.List;
import org.stormsim.dcc.Counters;
import org.stormsim.dcc.DccMetrics;
import org.stormsim.dcc.StageStats;
import org.stormsim.throttle.ThrottlingStats;

/**
 * Everything one replication of a GB scenario produced: the metrics consumer's tables, the stages'
 * statistics, the kernel-side counters, the checked ledgers, the events handled and whether it ran
 * to its horizon; and its time series when it was asked to keep one (else null).
 */
public record DccReplicationResult(int replication, DccMetrics metrics, List<StageStats> stages, Counters counters,
                                   List<MessageLedger> ledgers, long events, double simulatedSeconds, boolean completed,
                                   ThrottlingStats throttling, DccSeries series) {
    public StageStats stage(String id) {
        for (StageStats s : stages) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no stage " + id);
    }
}
