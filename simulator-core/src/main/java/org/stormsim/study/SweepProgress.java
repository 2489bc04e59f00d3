package org.stormsim.study;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.Consumer;

/**
 * The sweep's progress line: points done of all, replications done, elapsed time and time left
 * (from the mean time per replication so far). Called from kernel threads as replications end;
 * prints when a point completes or every few seconds, never into the results.
 */
final class SweepProgress {
    private static final long EVERY_NANOS = 5_000_000_000L;

    private final int points;
    private final int tasks;
    private final Consumer<String> out;
    private final AtomicIntegerArray donePerPoint;
    private final long start = System.nanoTime();
    private int tasksDone;
    private int pointsDone;
    private long lastPrint = start;

    SweepProgress(int points, int tasks, Consumer<String> out) {
        this.points = points;
        this.tasks = tasks;
        this.out = out;
        this.donePerPoint = new AtomicIntegerArray(points);
    }

    synchronized void done(int point, int replicationsOfPoint) {
        tasksDone++;
        boolean pointDone = donePerPoint.incrementAndGet(point) == replicationsOfPoint;
        if (pointDone) {
            pointsDone++;
        }
        long now = System.nanoTime();
        if (pointDone || now - lastPrint > EVERY_NANOS) {
            lastPrint = now;
            double elapsed = (now - start) / 1e9;
            double left = elapsed / tasksDone * (tasks - tasksDone);
            out.accept(String.format(Locale.ROOT, "sweep: %d/%d points done (%d/%d replications), %s elapsed, about %s left",
                    pointsDone, points, tasksDone, tasks, clock(elapsed), clock(left)));
        }
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
