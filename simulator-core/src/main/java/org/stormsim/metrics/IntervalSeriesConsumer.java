package org.stormsim.metrics;

/**
 * What the series consumers share: outcome records cut into intervals of simulated time by when
 * they happened (t2), through an {@link IntervalClock}, with each interval's latencies (microseconds)
 * in an {@link IntervalLatencyLog} under the subclass's tags. A subclass counts what its model's
 * records mean in {@link #onBatch}, on the consumer thread, rolling the clock and recording into the
 * log without allocating. Read only after the ring is closed; {@link #endAt} alone is called by the
 * kernel thread.
 */
public abstract class IntervalSeriesConsumer implements OutcomeConsumer {
    private final IntervalClock clock;
    private final IntervalLatencyLog log;

    protected IntervalSeriesConsumer(long interval, long horizon, int intervals, String... tags) {
        log = new IntervalLatencyLog(intervals, tags);
        clock = new IntervalClock(interval, horizon, intervals, log);
    }

    /** Where the run stopped (microseconds), set by the kernel thread before the ring closes, so that the log covers the whole run. */
    public final void endAt(long time) {
        clock.endAt(time);
    }

    @Override
    public final void onEnd() {
        clock.end();
    }

    /** The interval log, as HistogramLogReader reads it. */
    public final String latencyLog() {
        return clock.logText();
    }

    /** The latency of tag {@code tag} at p50 ({@code upper} false) or p99 in interval {@code i}, microseconds; NaN when none was recorded. */
    /** The interval of time {@code t} (microseconds), closing the open ones before it; records come in time order. */
    protected final int roll(long t) {
        return clock.roll(t);
    }

    /** Records latency {@code micros} under tag {@code tag} in the open interval. */
    protected final void recordLatency(int tag, long micros) {
        log.record(tag, micros);
    }

    protected final double latency(int tag, boolean upper, int i) {
        return upper ? log.p99(tag, i) : log.p50(tag, i);
    }
}
