package org.stormsim.experiment;

import java.util.List;
import org.stormsim.engine.Kernel;

/**
 * How far a run has got, as a thread watching it sees it: simulated time done summed over the
 * replications against horizon times replications (microseconds), and events handled. Read from
 * the kernels' published progress, never from their working state, so watching changes no result.
 */
public record RunProgress(long simulatedDone, long simulatedTotal, long events) {
    /** The progress of the given kernels (null for a replication not started) against {@code replications} x {@code horizon}. */
    static RunProgress of(List<Kernel> kernels, int replications, long horizon) {
        long done = 0;
        long events = 0;
        for (Kernel k : kernels) {
            if (k != null) {
                done += Math.min(k.progressNow(), horizon);
                events += k.progressEvents();
            }
        }
        return new RunProgress(done, (long) replications * horizon, events);
    }

    /** The share of simulated time done, 0 to 1. */
    public double fraction() {
        return simulatedTotal <= 0 ? 0 : Math.min(1.0, (double) simulatedDone / simulatedTotal);
    }
}
