package org.stormsim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.stormsim.experiment.RunProgress;

/**
 * Progress as plain lines, for a log or CI where a bar would be noise: one when progress is first
 * shown, then one each time another 10% of simulated time is done or {@code every} nanoseconds have
 * passed since the last, and one at the end if any was written.
 */
final class ProgressLines implements ProgressDisplay {
    private final PrintWriter err;
    private final long every;
    private int lastTenth = -1;
    private long lastLineAt;

    ProgressLines(PrintWriter err, long everyNanos) {
        this.err = err;
        this.every = everyNanos;
    }

    @Override
    public void show(RunProgress p, long elapsedNanos) {
        int tenth = (int) (p.fraction() * 10);
        if (lastTenth < 0 || tenth > lastTenth || elapsedNanos - lastLineAt >= every) {
            lastTenth = tenth;
            lastLineAt = elapsedNanos;
            err.println(line(p, elapsedNanos) + ", about " + ProgressDisplay.timeLeft(p, elapsedNanos) + " left");
            err.flush();
        }
    }

    @Override
    public void finish(RunProgress last, long elapsedNanos) {
        if (lastTenth >= 0) {
            err.printf(Locale.ROOT, "%s, done in %.1f s%n", line(last, elapsedNanos), elapsedNanos / 1e9);
            err.flush();
        }
    }

    /** e.g. "progress: 40% of simulated time (9.6 of 24 h), 1.21 million events/s". */
    static String line(RunProgress p, long elapsedNanos) {
        String unit = ProgressDisplay.unit(p.simulatedTotal());
        double size = ProgressDisplay.unitMicros(unit);
        return String.format(Locale.ROOT, "progress: %d%% of simulated time (%.1f of %.1f %s), %s", (int) (p.fraction() * 100),
                p.simulatedDone() / size, p.simulatedTotal() / size, unit, ProgressDisplay.eventRate(p, elapsedNanos));
    }
}
