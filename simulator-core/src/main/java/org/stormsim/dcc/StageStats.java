package org.stormsim.dcc;

/**
 * One stage's kernel-side statistics after warm-up: arrivals, messages processed, its servers as
 * built (at the run's population scale; 0 for pure latencies), utilisation (busy servers over
 * servers; NaN for pure latencies), the most servers busy at once, and messages waiting (time
 * average and maximum), the waits for a server of alerts and of the other messages, and the
 * service work offered in each clock hour of the run (microseconds; warm-up included; null for pure
 * latencies).
 */
public record StageStats(String id, long arrivals, long processed, int servers, double utilisation, long busyMax, double queueMean,
                         long queueMax, Waits alertWaits, Waits otherWaits, double[] offeredWorkByHour) {

    /** Waits for a server, after warm-up: how many started service, the mean and the longest wait, seconds. */
    public record Waits(long count, double meanSeconds, double maxSeconds) {
        /** A stage without servers, or that served none. */
        public static final Waits NONE = new Waits(0, 0, 0);
    }
}
