package org.stormsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.stormsim.experiment.RunProgress;

/**
 * Progress in plain-line mode (what a log or CI sees): when lines are written, what they say, and
 * that the reporter's thread writes nothing after it is closed, nor anything for a short run.
 */
class ProgressReporterTest {
    private static final long HOUR = 3_600_000_000L;
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final StringWriter out = new StringWriter();
    private final ProgressLines lines = new ProgressLines(new PrintWriter(out, true), 30 * SECOND);

    @Test
    void shouldWriteALineFirstThenAtEveryTenthOfSimulatedTime() {
        lines.show(progress(0.05), 2 * SECOND);
        lines.show(progress(0.08), 3 * SECOND);
        lines.show(progress(0.12), 4 * SECOND);
        lines.show(progress(0.19), 5 * SECOND);
        lines.show(progress(0.31), 6 * SECOND);
        assertEquals(List.of("5%", "12%", "31%"), percents());
    }

    @Test
    void shouldWriteALineEveryThirtySecondsWhenProgressIsSlow() {
        lines.show(progress(0.01), 2 * SECOND);
        lines.show(progress(0.02), 20 * SECOND);
        lines.show(progress(0.03), 32 * SECOND);
        lines.show(progress(0.04), 50 * SECOND);
        lines.show(progress(0.05), 62 * SECOND);
        assertEquals(List.of("1%", "3%", "5%"), percents());
    }

    @Test
    void shouldSaySimulatedTimeEventRateAndTimeLeft() {
        lines.show(new RunProgress(6 * HOUR, 24 * HOUR, 5_000_000), 4 * SECOND);
        assertEquals("progress: 25% of simulated time (6.0 of 24.0 h), 1.25 million events/s, about 12 s left\n", out.toString());
    }

    @Test
    void shouldWriteTheEndOnlyWhenProgressWasShown() {
        lines.finish(progress(1.0), 3 * SECOND);
        assertEquals("", out.toString());
        lines.show(progress(0.5), 3 * SECOND);
        lines.finish(progress(1.0), 6 * SECOND);
        assertTrue(out.toString().endsWith("progress: 100% of simulated time (24.0 of 24.0 h), 0.00 million events/s, done in 6.0 s\n"), out.toString());
    }

    @Test
    void shouldPollTheRunFromItsOwnThreadAndWriteNothingAfterClose() throws Exception {
        AtomicLong done = new AtomicLong();
        ProgressReporter r = new ProgressReporter(() -> new RunProgress(done.get(), 24 * HOUR, 0), lines, 0, 5).begin();
        for (int i = 1; i <= 10; i++) {
            done.set(i * 24 * HOUR / 10);
            Thread.sleep(30);
        }
        r.close();
        String written = out.toString();
        Thread.sleep(50);
        assertEquals(written, out.toString(), "a line was written after close");
        assertTrue(percents().size() >= 3, written);
        assertTrue(written.endsWith("done in " + written.substring(written.lastIndexOf("done in ") + 8)), written);
        assertTrue(written.contains("progress: 100% of simulated time"), written);
    }

    @Test
    void shouldWriteNothingForARunShorterThanTheStartDelay() {
        ProgressReporter r = new ProgressReporter(() -> progress(0.5), lines, TimeUnit.MINUTES.toNanos(1), 5).begin();
        long start = System.nanoTime();
        r.close();
        assertEquals("", out.toString());
        assertTrue(System.nanoTime() - start < 5 * SECOND, "close waited for the start delay");
    }

    private static RunProgress progress(double fraction) {
        return new RunProgress((long) (fraction * 24 * HOUR), 24 * HOUR, 0);
    }

    /** The percentage of each progress line written, in order. */
    private List<String> percents() {
        return out.toString().lines().filter(l -> !l.contains("done in")).map(l -> l.split(" ")[1]).toList();
    }
}
