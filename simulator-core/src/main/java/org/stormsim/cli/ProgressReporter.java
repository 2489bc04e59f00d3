package org.stormsim.cli;

import java.io.PrintWriter;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.stormsim.experiment.RunProgress;

/**
 * Watches a run from its own daemon thread and shows its progress on standard error, never on
 * standard output or in summary.json. It polls the run's published progress (which the kernels
 * update with their stop check), so the kernel threads never wait for it and no result changes.
 * Nothing is shown for the first {@link #START_AFTER_NANOS}: a short run stays quiet.
 */
final class ProgressReporter implements AutoCloseable {
    /** How progress is shown: auto (a bar on a terminal, else lines), bar, lines or none. */
    enum Mode { auto, bar, lines, none }

    static final long START_AFTER_NANOS = TimeUnit.SECONDS.toNanos(2);
    static final long LINE_EVERY_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final long POLL_MILLIS = 500;

    private final Supplier<RunProgress> source;
    private final ProgressDisplay display;
    private final long startAfterNanos;
    private final long pollMillis;
    private final LongSupplier clock;
    private final Pause pause;
    private final long start;
    private final Thread thread;
    /** Set when the display failed: progress is a nicety, so it stops quietly and the run goes on. */
    private volatile boolean failed;

    /** How the watching thread waits between polls; interruptible, as close() interrupts it. */
    interface Pause {
        void sleep(long nanos) throws InterruptedException;
    }

    ProgressReporter(Supplier<RunProgress> source, ProgressDisplay display, long startAfterNanos, long pollMillis) {
        this(source, display, startAfterNanos, pollMillis, System::nanoTime, TimeUnit.NANOSECONDS::sleep);
    }

    /** With the wall clock (nanoseconds) and the waiting given: a test steps them itself. */
    ProgressReporter(Supplier<RunProgress> source, ProgressDisplay display, long startAfterNanos, long pollMillis,
            LongSupplier clock, Pause pause) {
        this.source = source;
        this.display = display;
        this.startAfterNanos = startAfterNanos;
        this.pollMillis = pollMillis;
        this.clock = clock;
        this.pause = pause;
        this.start = clock.getAsLong();
        this.thread = new Thread(this::watch, "stormsim-progress");
        thread.setDaemon(true);
    }

    /** Starts watching {@code source} in the given mode; {@code none} watches nothing. */
    static ProgressReporter start(Mode mode, Supplier<RunProgress> source, PrintWriter err) {
        ProgressDisplay display = display(mode == Mode.auto ? autoMode() : mode, err);
        ProgressReporter r = new ProgressReporter(source, display, START_AFTER_NANOS, POLL_MILLIS);
        if (mode != Mode.none) {
            r.thread.start();
        }
        return r;
    }

    /** A bar on an interactive terminal; plain lines when output goes to a file or a pipe, or under CI. */
    static Mode autoMode() {
        return System.console() != null && System.getenv("CI") == null ? Mode.bar : Mode.lines;
    }

    private static ProgressDisplay display(Mode mode, PrintWriter err) {
        return mode == Mode.bar ? new ProgressBarDisplay() : new ProgressLines(err, LINE_EVERY_NANOS);
    }

    /** Starts the watching thread (for a reporter built directly). */
    ProgressReporter begin() {
        thread.start();
        return this;
    }

    private void watch() {
        try {
            pause.sleep(startAfterNanos);
            while (!Thread.currentThread().isInterrupted()) {
                display.show(source.get(), clock.getAsLong() - start);
                pause.sleep(TimeUnit.MILLISECONDS.toNanos(pollMillis));
            }
        } catch (InterruptedException e) {
            // the run has ended: close() finishes the display
        } catch (RuntimeException e) {
            failed = true;
        }
    }

    /** Stops watching and, if progress was shown, shows the end; before the result table is printed. */
    @Override
    public void close() {
        if (thread.getState() == Thread.State.NEW) {
            return;
        }
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (!failed) {
            display.finish(source.get(), clock.getAsLong() - start);
        }
    }
}
