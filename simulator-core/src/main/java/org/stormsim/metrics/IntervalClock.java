package org.stormsim.metrics;

/**
 * Which interval of simulated time an outcome record falls in, for a series consumer: interval
 * {@code i} covers [i x interval, (i + 1) x interval), the last is cut at the horizon and also takes
 * records at the horizon itself. Records arrive in time order, so intervals close one after another;
 * closing one closes it in the {@link IntervalLatencyLog}. At the end every interval up to where the
 * run stopped is closed, so the log covers the whole run. Owned by one consumer thread, except
 * {@link #endAt}.
 */
final class IntervalClock {
    private final long interval;
    private final long horizon;
    private final int intervals;
    private final IntervalLatencyLog log;
    private volatile long end = -1;
    private int open;
    private boolean ended;

    IntervalClock(long interval, long horizon, int intervals, IntervalLatencyLog log) {
        this.interval = interval;
        this.horizon = horizon;
        this.intervals = intervals;
        this.log = log;
    }

    /** Where the run stopped, set by the kernel thread before the ring closes. */
    void endAt(long time) {
        end = time;
    }

    /** The interval of time {@code t}, closing the open ones before it. */
    int roll(long t) {
        int at = (int) Math.min(intervals - 1, t / interval);
        while (open < at) {
            close();
        }
        return at;
    }

    private void close() {
        log.close(open, open * (double) interval / 1e6, Math.min((open + 1) * interval, horizon) / 1e6);
        open++;
    }

    /** After the last record: closes every interval up to the end of the run. */
    void end() {
        long stop = end >= 0 ? end : horizon;
        int last = (int) Math.min(intervals - 1, Math.max(0, stop - 1) / interval);
        while (open <= last) {
            close();
        }
        ended = true;
    }

    String logText() {
        if (!ended) {
            throw new IllegalStateException("the latency log is complete only after the ring is closed");
        }
        return log.text();
    }
}
