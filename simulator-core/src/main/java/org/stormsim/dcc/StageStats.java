package org.stormsim.dcc;

/**
 * One stage's kernel-side statistics after warm-up: arrivals, messages processed, utilisation (busy
 * servers over servers; NaN for pure latencies) and messages waiting (time average and maximum).
 */
public record StageStats(String id, long arrivals, long processed, double utilisation, double queueMean, long queueMax) {
}
