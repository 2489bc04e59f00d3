package org.stormsim.throttle;

import org.HdrHistogram.Histogram;

/**
 * Throttle episodes of one subject (the whole system, or one User): an episode is a maximal run of
 * consecutive measurement windows in which throttling was engaged, from the moment it engaged in
 * the first to the end of the last (or the end of the run). Durations go to an HdrHistogram of
 * microseconds; the requests each episode affected are summed. Kernel thread only.
 */
public final class EpisodeTracker {
    private final long window;
    private final Histogram durations = new Histogram(3);
    private long lastWindow = Long.MIN_VALUE;
    private long start;
    private boolean open;
    private long count;
    private long totalMicros;
    private long affected;

    public EpisodeTracker(long windowMicros) {
        this.window = windowMicros;
    }

    /** Throttling is engaged in window {@code w} at {@code now}: the episode goes on or a new one starts. */
    public void engage(long w, long now) {
        if (open && (w == lastWindow || w == lastWindow + 1)) {
            lastWindow = w;
            return;
        }
        close(Long.MAX_VALUE);
        open = true;
        start = now;
        lastWindow = w;
    }

    /** A request was throttled or deferred in the open episode. */
    public void affect() {
        affected++;
    }

    /** Closes the open episode, if any, at the end of its last window (or {@code end}, if sooner). */
    public void close(long end) {
        if (!open) {
            return;
        }
        open = false;
        long stop = Math.min(end, (lastWindow + 1) * window);
        long d = Math.max(0, stop - start);
        durations.recordValue(d);
        count++;
        totalMicros += d;
    }

    public long count() {
        return count;
    }

    public double totalSeconds() {
        return totalMicros / 1e6;
    }

    public long affected() {
        return affected;
    }

    /** The duration at percentile {@code p} (0-100), seconds; 0 without episodes. */
    public double durationSeconds(double p) {
        return count == 0 ? 0 : durations.getValueAtPercentile(p) / 1e6;
    }

    public double maxSeconds() {
        return count == 0 ? 0 : durations.getMaxValue() / 1e6;
    }
}
