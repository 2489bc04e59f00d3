package org.stormsim.dcc;

import org.stormsim.throttle.EpisodeTracker;

/**
 * The time series of one replication: the model's state sampled per interval on the kernel thread,
 * the outcome records counted per interval on their consumer thread (with the latency log), and
 * SECMP0067's system-wide throttle episodes (null when it is off). All are complete once the
 * replication has run.
 */
public record DccSeries(IntervalSampler model, TimeSeriesConsumer outcomes, EpisodeTracker throttleEpisodes) {
    public long interval() {
        return model.interval();
    }

    /** The intervals the run covered (fewer than the horizon holds when it was interrupted). */
    public int rows() {
        return model.closed();
    }
}
