package org.stormsim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** MSER-5 on series whose warm-up is known: a decaying transient, none, and a series that never settles. */
class MserTest {
    private static final long HORIZON = 500_000_000L; // 500 s: slices of 1 s

    @Test
    void shouldTruncateAnExponentialTransientNearWhereItDiesOut() {
        SliceSeries s = series(t -> 10 + 50 * Math.exp(-t / 20.0), 1.0, 1);
        Mser.Result r = Mser.detect(List.of(s));
        assertTrue(r.settled());
        double seconds = r.warmupMicros() / 1e6;
        // the transient is below the noise (sd 1 per slice, 0.45 per batch of 5) after about 20 ln(50 / 0.45) = 94 s
        assertTrue(seconds >= 40 && seconds <= 140, "warm-up " + seconds + " s");
    }

    @Test
    void shouldKeepNearlyEverythingOfAStationarySeries() {
        Mser.Result r = Mser.detect(List.of(series(t -> 10, 1.0, 2), series(t -> 10, 1.0, 3)));
        assertTrue(r.settled());
        assertTrue(r.warmupMicros() / 1e6 <= 100, "warm-up " + r.warmupMicros() / 1e6 + " s of a stationary series");
    }

    @Test
    void shouldSayWhenTheSeriesNeverSettles() {
        Mser.Result r = Mser.detect(List.of(series(t -> t, 0.1, 4))); // a queue that grows without bound
        assertFalse(r.settled());
        assertEquals(100, r.batches());
    }

    @Test
    void shouldPickTheTruncationThatMinimisesTheStatistic() {
        assertEquals(2, Mser.truncation(new double[] {100, 50, 1, 2, 1, 2, 1, 2, 1, 2}));
        assertEquals(0, Mser.truncation(new double[] {1, 2, 1, 2, 1, 2}));
    }

    private static SliceSeries series(java.util.function.DoubleUnaryOperator mean, double sd, long seed) {
        SliceSeries s = new SliceSeries(HORIZON);
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < SliceSeries.SLICES; i++) {
            double t = i + 0.5;
            s.record((long) (t * 1e6), mean.applyAsDouble(t) + sd * gaussian(rnd));
        }
        return s;
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
