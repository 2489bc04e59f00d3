package org.stormsim.dcc;

/**
 * One stage's kernel-side statistics after warm-up: arrivals, messages processed, its servers as
 * built (at the run's population scale; 0 for pure latencies), utilisation (busy servers over
 * servers; NaN for pure latencies), the most servers busy at once, and messages waiting (time
 * average and maximum).
 */
public record StageStats(String id, long arrivals, long processed, int servers, double utilisation, long busyMax, double queueMean,
                         long queueMax) {
}
