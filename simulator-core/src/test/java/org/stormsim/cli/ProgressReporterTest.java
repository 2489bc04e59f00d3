package org.stormsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.stormsim.experiment.RunProgress;

/**
 * Progress in plain-line mode (what a log or CI sees): when lines are written, what they say, and
 * that the reporter's thread writes nothing after it is closed, nor anything for a short run. The
 * reporter's clock and waits are stepped by the test ({@link SteppedTime}), so no test sleeps and
 * every line, times included, is known exactly.
 */
class ProgressReporterTest {
    private static final long HOUR = 3_600_000_000L;
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final long HALF_SECOND = SECOND / 2;

    private final StringWriter out = new StringWriter();
    private final Gate gate = new Gate(out);
    private final ProgressLines lines = new ProgressLines(new PrintWriter(gate, true), 30 * SECOND);

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
        SteppedTime time = new SteppedTime();
        Run run = new Run();
        ProgressReporter r = new ProgressReporter(run, lines, 2 * SECOND, 500, time, time).begin();
        time.awaitWait(2 * SECOND);
        assertEquals("", out.toString(), "nothing during the start delay");
        assertEquals(0, run.polls.size(), "no poll during the start delay");

        run.reach(20, 1_000_000);
        time.pass(2 * SECOND);
        time.awaitWait(HALF_SECOND);
        run.reach(40, 2_000_000);
        time.pass(HALF_SECOND);
        time.awaitWait(HALF_SECOND);
        run.reach(45, 2_500_000); // the same tenth, and not 30 s since the last line: polled, not written
        time.pass(HALF_SECOND);
        time.awaitWait(HALF_SECOND);
        run.reach(60, 3_000_000);
        time.pass(HALF_SECOND);
        time.awaitWait(HALF_SECOND);
        run.reach(100, 4_000_000);
        time.pass(HALF_SECOND);
        time.awaitWait(HALF_SECOND);
        Thread polling = time.sleeper;
        assertTrue(polling.isAlive(), "the reporter's thread runs until close");
        assertEquals(5, run.polls.size(), "one poll each time the reporter's wait ended");
        for (Thread t : run.polls) {
            assertSame(polling, t, "polled from the reporter's own thread");
        }
        assertNotSame(Thread.currentThread(), polling);
        assertEquals("stormsim-progress", polling.getName());

        time.advance(HALF_SECOND); // the run ends half-way through the reporter's next wait
        r.close();
        gate.shut();
        assertFalse(polling.isAlive(), "close returned with the reporter's thread still running: it could write later");
        assertEquals(List.of(Thread.currentThread()), run.polls.subList(5, run.polls.size()), "the end is read by close");
        assertEquals("""
                progress: 20% of simulated time (4.8 of 24.0 h), 0.50 million events/s, about 8 s left
                progress: 40% of simulated time (9.6 of 24.0 h), 0.80 million events/s, about 4 s left
                progress: 60% of simulated time (14.4 of 24.0 h), 0.86 million events/s, about 2 s left
                progress: 100% of simulated time (24.0 of 24.0 h), 1.00 million events/s, about 0 s left
                progress: 100% of simulated time (24.0 of 24.0 h), 0.89 million events/s, done in 4.5 s
                """, out.toString());
        time.pass(HALF_SECOND);
        assertEquals("", gate.late(), "written after close");
        assertEquals(List.of(), time.waits.stream().toList(), "the reporter waited again after close");
    }

    /**
     * The negative check of the test above: a reporter still running once its output is meant to be
     * over is seen, both by its live thread and by the line it writes past the gate.
     */
    @Test
    void shouldCatchALineWrittenByAReporterThatOutlivesTheEndOfItsOutput() throws Exception {
        SteppedTime time = new SteppedTime();
        Run run = new Run();
        ProgressReporter r = new ProgressReporter(run, lines, 2 * SECOND, 500, time, time).begin();
        try {
            time.awaitWait(2 * SECOND);
            gate.shut(); // as the test above does once close has returned, but the reporter is not closed
            run.reach(30, 1_000_000);
            time.pass(2 * SECOND);
            time.awaitWait(HALF_SECOND);
            assertTrue(time.sleeper.isAlive(), "the check of the test above would fail");
            assertEquals("progress: 30% of simulated time (7.2 of 24.0 h), 0.50 million events/s, about 5 s left\n", gate.late());
            assertEquals("", out.toString());
        } finally {
            r.close();
        }
    }

    @Test
    void shouldWriteNothingForARunShorterThanTheStartDelay() throws Exception {
        SteppedTime time = new SteppedTime();
        Run run = new Run();
        ProgressReporter r = new ProgressReporter(run, lines, TimeUnit.MINUTES.toNanos(1), 5, time, time).begin();
        time.awaitWait(TimeUnit.MINUTES.toNanos(1));
        Thread polling = time.sleeper;
        time.advance(30 * SECOND);
        r.close();
        assertFalse(polling.isAlive(), "close ended the start delay");
        assertEquals(List.of(Thread.currentThread()), run.polls, "only close read the run");
        assertEquals("", out.toString());
    }

    @Test
    void shouldEndARealStartDelayWhenClosedWithoutWaitingItOut() {
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

    /** A 24-hour run whose progress the test sets, noting the thread of each poll. */
    private static final class Run implements Supplier<RunProgress> {
        final List<Thread> polls = new CopyOnWriteArrayList<>();
        private final AtomicLong done = new AtomicLong();
        private final AtomicLong events = new AtomicLong();

        void reach(int percent, long eventsSoFar) {
            done.set(24 * HOUR * percent / 100);
            events.set(eventsSoFar);
        }

        @Override
        public RunProgress get() {
            polls.add(Thread.currentThread());
            return new RunProgress(done.get(), 24 * HOUR, events.get());
        }
    }

    /**
     * The reporter's wall clock and its waits, stepped by the test: each wait is announced (with its
     * length) and lasts until the test lets time pass. Nothing here sleeps; the 10 s bound on the
     * announcement only keeps a broken reporter from hanging the build.
     */
    private static final class SteppedTime implements LongSupplier, ProgressReporter.Pause {
        final BlockingQueue<Long> waits = new LinkedBlockingQueue<>();
        volatile Thread sleeper;
        private final AtomicLong now = new AtomicLong(123 * SECOND);
        private final Semaphore passed = new Semaphore(0);

        @Override
        public long getAsLong() {
            return now.get();
        }

        @Override
        public void sleep(long nanos) throws InterruptedException {
            sleeper = Thread.currentThread();
            waits.add(nanos);
            passed.acquire();
        }

        /** Returns once the reporter waits, asserting for how long it means to. */
        void awaitWait(long nanos) throws InterruptedException {
            Long asked = waits.poll(10, TimeUnit.SECONDS);
            assertNotNull(asked, "the reporter did not come to wait");
            assertEquals(nanos, asked, "the length of the reporter's wait");
        }

        /** The clock moves on by {@code nanos}, and the waiting reporter wakes. */
        void pass(long nanos) {
            advance(nanos);
            passed.release();
        }

        /** The clock moves on by {@code nanos}; the reporter goes on waiting. */
        void advance(long nanos) {
            now.addAndGet(nanos);
        }
    }

    /** Passes what is written to {@code to} until shut; after that, keeps it aside as written late. */
    private static final class Gate extends Writer {
        private final StringWriter to;
        private final StringBuilder late = new StringBuilder();
        private volatile boolean shut;

        Gate(StringWriter to) {
            this.to = to;
        }

        void shut() {
            shut = true;
        }

        synchronized String late() {
            return late.toString();
        }

        @Override
        public synchronized void write(char[] text, int from, int length) {
            if (shut) {
                late.append(text, from, length);
            } else {
                to.write(text, from, length);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
