package org.stormsim.throttle;

import org.HdrHistogram.Histogram;

/**
 * Throttle episodes of one subject (the whole system, or one User): an episode is a maximal run of
 * consecutive measurement windows in which throttling was engaged, from the moment it engaged in
 * the first to the end of the last (or the end of the run). Durations go to an HdrHistogram of
 * microseconds; the requests each episode affected are summed. The first {@link #LISTED} episodes
 * are also kept as (start, duration) pairs for the report's timeline; the list grows only when an
 * episode closes, never per request. Episodes longer than a risk limit (OPSG 25 [S]: "Longer periods
 * than the second or so anticipated could result in an operational risk") are counted, with the
 * requests they affected. Kernel thread only.
 */
public final class EpisodeTracker {
    /** Episodes kept one by one for the report; later ones count in the histogram only. */
    public static final int LISTED = 10_000;
    private final long window;
    private final long riskLimit;
    private final Histogram durations = new Histogram(3);
    private long lastWindow = Long.MIN_VALUE;
    private long start;
    private boolean open;
    private long count;
    private long totalMicros;
    private long affected;
    private long affectedInOpen;
    private long longer;
    private long affectedInLonger;
    private long[] starts = new long[16];
    private long[] lengths = new long[16];

    /** Episodes of windows of {@code windowMicros}, none counted as over a risk limit. */
    public EpisodeTracker(long windowMicros) {
        this(windowMicros, Long.MAX_VALUE);
    }

    /** Episodes of windows of {@code windowMicros}; those lasting more than {@code riskLimitMicros} are counted apart. */
    public EpisodeTracker(long windowMicros, long riskLimitMicros) {
        this.window = windowMicros;
        this.riskLimit = riskLimitMicros;
    }

    /** Throttling is engaged in window {@code w} at {@code now}: the episode goes on or a new one starts. */
    public void engage(long w, long now) {
        if (open && (w == lastWindow || w == lastWindow + 1)) {
            lastWindow = w;
            return;
        }
        close(Long.MAX_VALUE);
        open = true;
        affectedInOpen = 0;
        start = now;
        lastWindow = w;
    }

    /** A request was throttled or deferred in the open episode. */
    public void affect() {
        affected++;
        affectedInOpen++;
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
        list(start, d);
        count++;
        totalMicros += d;
        if (d > riskLimit) {
            longer++;
            affectedInLonger += affectedInOpen;
        }
        affectedInOpen = 0;
    }

    private void list(long from, long d) {
        if (count >= LISTED) {
            return;
        }
        if (count == starts.length) {
            starts = java.util.Arrays.copyOf(starts, Math.min(LISTED, starts.length * 2));
            lengths = java.util.Arrays.copyOf(lengths, starts.length);
        }
        starts[(int) count] = from;
        lengths[(int) count] = d;
    }

    /**
     * Time spent engaged from the start of the run to {@code now}, microseconds: closed episodes
     * plus the open one up to {@code now} (an engaged window stays engaged to its end). Never decreases
     * as {@code now} advances; the interval sampler takes its differences.
     */
    public long engagedMicrosUntil(long now) {
        if (!open) {
            return totalMicros;
        }
        return totalMicros + Math.max(0, Math.min(now, (lastWindow + 1) * window) - start);
    }

    /** Episodes kept in the list: the first {@link #LISTED} at most, in the order they closed. */
    public int listed() {
        return (int) Math.min(count, LISTED);
    }

    /** When listed episode {@code i} started, microseconds. */
    public long listedStart(int i) {
        return starts[i];
    }

    /** How long listed episode {@code i} lasted, microseconds. */
    public long listedDuration(int i) {
        return lengths[i];
    }

    /** The duration histogram (microseconds), for the report's distribution chart. */
    public Histogram durations() {
        return durations;
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

    /** Closed episodes that lasted longer than the risk limit. */
    public long longerThanRiskLimit() {
        return longer;
    }

    /** Requests affected in the closed episodes that lasted longer than the risk limit. */
    public long affectedInLongerThanRiskLimit() {
        return affectedInLonger;
    }

    /** The duration at percentile {@code p} (0-100), seconds; 0 without episodes. */
    public double durationSeconds(double p) {
        return count == 0 ? 0 : durations.getValueAtPercentile(p) / 1e6;
    }

    public double maxSeconds() {
        return count == 0 ? 0 : durations.getMaxValue() / 1e6;
    }
}
