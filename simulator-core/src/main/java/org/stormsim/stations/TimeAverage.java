package org.stormsim.stations;

/**
 * The time-weighted average and maximum of an integer quantity (customers in a station, busy
 * servers), counted only from the end of the warm-up period. The area is kept in exact integer
 * arithmetic (value x microseconds). A second, restartable window (warm-up included) serves the
 * per-interval time series: {@link #windowArea}, {@link #windowMax}, {@link #restartWindow}. Kernel
 * thread only.
 */
public final class TimeAverage {
    private final long warmup;
    private long value;
    private long lastChange;
    private long area;
    private long max;
    private long windowArea;
    private long windowMax;

    public TimeAverage(long warmup) {
        this.warmup = warmup;
    }

    public long value() {
        return value;
    }

    public void add(long now, long delta) {
        advance(now);
        value += delta;
        if (value > max && now >= warmup) {
            max = value;
        }
        if (value > windowMax) {
            windowMax = value;
        }
    }

    /** The average over [warmup, end]. */
    public double mean(long end) {
        advance(end);
        long span = end - warmup;
        return span > 0 ? area / (double) span : 0.0;
    }

    /** The largest value held at any time in [warmup, end]. */
    public long max(long end) {
        advance(end);
        return max;
    }

    /** The area (value x microseconds) since the window last restarted, up to {@code now}. */
    public long windowArea(long now) {
        advance(now);
        return windowArea;
    }

    /** The largest value held since the window last restarted. */
    public long windowMax() {
        return windowMax;
    }

    /** Starts a new window at the time of the last {@link #windowArea} call. */
    public void restartWindow() {
        windowArea = 0;
        windowMax = value;
    }

    private void advance(long now) {
        if (now > lastChange) {
            windowArea += value * (now - lastChange);
        }
        if (lastChange < warmup && now >= warmup && value > max) {
            max = value;
        }
        long from = Math.max(lastChange, warmup);
        if (now > from) {
            area += value * (now - from);
        }
        lastChange = now;
    }
}
