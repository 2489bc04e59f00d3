package org.stormsim.stations;

/**
 * The time-weighted average and maximum of an integer quantity (customers in a station, busy
 * servers), counted only from the end of the warm-up period. The area is kept in exact integer
 * arithmetic (value x microseconds). Kernel thread only.
 */
public final class TimeAverage {
    private final long warmup;
    private long value;
    private long lastChange;
    private long area;
    private long max;

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

    private void advance(long now) {
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
