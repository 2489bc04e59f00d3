package org.stormsim.dcc;

import java.util.List;
import org.stormsim.experiment.MessageLedger;
import org.stormsim.throttle.ThrottlingStats;

/**
 * Everything one replication of a GB scenario produced: the metrics consumer's tables, the stages'
 * statistics by place on the path, the kernel-side counters, the checked ledgers, the events handled
 * and whether it ran to its horizon, what traffic management did; and its time series when it was
 * asked to keep one (else null). Heavy (the latency histograms): the summary keeps its figures.
 */
public record DccReplicationResult(int replication, DccMetrics metrics, StageReport stages, Counters counters,
                                   List<MessageLedger> ledgers, long events, double simulatedSeconds, boolean completed,
                                   ThrottlingStats throttling, DccSeries series) {
}
