package org.stormsim.experiment;

/**
 * How far a run has got, as a thread watching it sees it: simulated time done summed over the
 * replications of the batch running now against their horizons (microseconds), and events handled. Read from
 * the kernels' published progress, never from their working state, so watching changes no result.
 */
public record RunProgress(long simulatedDone, long simulatedTotal, long events) {
    /** The share of simulated time done, 0 to 1. */
    public double fraction() {
        return simulatedTotal <= 0 ? 0 : Math.min(1.0, (double) simulatedDone / simulatedTotal);
    }
}
