package org.stormsim.experiment;

import java.util.Map;
import org.stormsim.metrics.SliceSeries;

/**
 * What every replication's results tell whatever the model: which replication it was, whether it
 * ran to its horizon, the events its kernel handled, the simulated seconds it covered, and the
 * series a warm-up is detected from. Immutable once the replication has run.
 */
public interface ReplicationOutcome {
    /** The replication's number (its random substreams). */
    int replication();

    /** Whether it ran to its horizon (false when stopped early). */
    boolean completed();

    /** Kernel events handled (sampling events left out). */
    long events();

    /** Simulated seconds covered. */
    double simulatedSeconds();

    /**
     * For each quantity the warm-up is detected from, its series by time of arrival, warm-up
     * included, in a fixed order (alert latency; each station's time in station).
     */
    Map<String, SliceSeries> warmupSeries();
}
