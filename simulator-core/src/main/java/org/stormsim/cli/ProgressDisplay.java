package org.stormsim.cli;

import java.util.Locale;
import org.stormsim.experiment.RunProgress;

/**
 * One way of showing a run's progress. {@link #show} is called from the progress thread only,
 * {@link #finish} once, after that thread has ended; times are wall-clock nanoseconds since the
 * run started.
 */
interface ProgressDisplay {
    void show(RunProgress p, long elapsedNanos);

    /** The run has ended at {@code last}; a display that showed nothing shows nothing now either. */
    void finish(RunProgress last, long elapsedNanos);

    /** Events handled per wall-clock second since the start, in millions, e.g. "1.21 million events/s". */
    static String eventRate(RunProgress p, long elapsedNanos) {
        return String.format(Locale.ROOT, "%.2f million events/s", p.events() / Math.max(elapsedNanos / 1e9, 1e-9) / 1e6);
    }

    /** The wall-clock time left at the pace so far, e.g. "3 min 20 s", or "?" before any progress. */
    static String timeLeft(RunProgress p, long elapsedNanos) {
        long s = secondsLeft(p, elapsedNanos);
        if (s < 0) {
            return "?";
        }
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " min " + s % 60 + " s";
        }
        return s / 3600 + " h " + s / 60 % 60 + " min";
    }

    /** The wall-clock seconds left at the pace so far, or -1 before any progress. */
    static long secondsLeft(RunProgress p, long elapsedNanos) {
        double f = p.fraction();
        return f <= 0 ? -1 : Math.round(elapsedNanos / 1e9 * (1 - f) / f);
    }

    /** A unit for simulated time of this total: h, min or s, with its length in microseconds. */
    static String unit(long totalMicros) {
        return totalMicros >= 2 * 3_600_000_000L ? "h" : totalMicros >= 2 * 60_000_000L ? "min" : "s";
    }

    static long unitMicros(String unit) {
        return unit.equals("h") ? 3_600_000_000L : unit.equals("min") ? 60_000_000L : 1_000_000L;
    }
}
