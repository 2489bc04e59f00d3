package org.stormsim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sampling schedule every periodic sampler inherits: one kernel event per whole interval before
 * the horizon, the run's end closing the last, partial interval, and each interval's end and span
 * passed to the subclass exactly once.
 */
class PeriodicSamplerTest {
    private static final int PAYLOAD = -1;

    /** Records every interval it is asked to fill as {end, span, index}. */
    private static final class RecordingSampler extends PeriodicSampler {
        final List<long[]> samples = new ArrayList<>();

        RecordingSampler(Kernel kernel, long interval, long horizon) {
            super(kernel, interval, horizon, PAYLOAD);
        }

        @Override
        protected void sample(long now, long span, int i) {
            samples.add(new long[] {now, span, i});
        }
    }

    private static RecordingSampler run(long interval, long horizon, long stopAt) {
        Kernel kernel = new Kernel();
        RecordingSampler sampler = new RecordingSampler(kernel, interval, horizon);
        sampler.start();
        kernel.runUntil(stopAt, payload -> {
            assertEquals(PAYLOAD, payload);
            sampler.onTick(kernel.now());
        });
        sampler.finish(kernel.now());
        return sampler;
    }

    @Test
    void shouldCloseTheLastPartialIntervalAtTheHorizon() {
        RecordingSampler s = run(10, 25, 25);
        assertEquals(3, s.capacity());
        assertEquals(2, s.ticks());
        assertEquals(3, s.closed());
        assertArrayEquals(new long[] {10, 10, 0}, s.samples.get(0));
        assertArrayEquals(new long[] {20, 10, 1}, s.samples.get(1));
        assertArrayEquals(new long[] {25, 5, 2}, s.samples.get(2));
    }

    @Test
    void shouldNotScheduleATickAtTheHorizonItself() {
        RecordingSampler s = run(10, 30, 30);
        assertEquals(2, s.ticks());
        assertEquals(3, s.closed());
        assertArrayEquals(new long[] {30, 10, 2}, s.samples.get(2));
    }

    @Test
    void shouldCloseNothingMoreWhenTheRunEndsOnASample() {
        RecordingSampler s = run(10, 100, 20);
        assertEquals(2, s.ticks());
        assertEquals(2, s.closed());
        s.finish(20);
        assertEquals(2, s.closed());
    }

    @Test
    void shouldRejectAnIntervalOfZero() {
        assertThrows(IllegalArgumentException.class, () -> new RecordingSampler(new Kernel(), 0, 100));
    }
}
