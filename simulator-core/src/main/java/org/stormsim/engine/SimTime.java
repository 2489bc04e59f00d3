package org.stormsim.engine;

/**
 * Simulated time: a {@code long} count of microseconds since the start of the run. There is no
 * floating-point clock anywhere in the engine; conversions to seconds happen only when results
 * are reported.
 */
public final class SimTime {
    public static final long MICROSECOND = 1L;
    public static final long MILLISECOND = 1_000L;
    public static final long SECOND = 1_000_000L;
    public static final long MINUTE = 60 * SECOND;
    public static final long HOUR = 60 * MINUTE;
    public static final long DAY = 24 * HOUR;

    private SimTime() {
    }

    /** Microseconds as (double) seconds, for reports. */
    public static double toSeconds(long micros) {
        return micros / (double) SECOND;
    }

    /**
     * The number of intervals of {@code interval} microseconds that cut a run of {@code horizon}
     * (at least one; the last may be shorter), for the time series.
     */
    public static int intervals(long horizon, long interval) {
        if (interval <= 0) {
            throw new IllegalArgumentException("the interval must be more than zero: " + interval);
        }
        long n = Math.max(1, (horizon + interval - 1) / interval);
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many intervals: " + n);
        }
        return (int) n;
    }

    /** Seconds as the nearest whole microsecond. */
    public static long fromSeconds(double seconds) {
        return Math.round(seconds * SECOND);
    }
}
