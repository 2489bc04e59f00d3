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

    /** Seconds as the nearest whole microsecond. */
    public static long fromSeconds(double seconds) {
        return Math.round(seconds * SECOND);
    }
}
