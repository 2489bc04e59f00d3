package org.stormsim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.stormsim.metrics.BatchMeans;

class BatchMeansTest {
    @Test
    void shouldKeepBetweenTheMinimumAndMaximumNumberOfBatches() {
        BatchMeans b = new BatchMeans();
        for (int i = 0; i < 1_000_003; i++) {
            b.record(i % 7);
            if (i > 100) {
                assertTrue(b.batches() >= BatchMeans.MIN_BATCHES && b.batches() < BatchMeans.MAX_BATCHES);
            }
        }
        assertEquals(b.batches() * b.batchSize(), 1_000_003 - 1_000_003 % b.batchSize(), 0, "complete batches only");
    }

    @Test
    void shouldGiveTheMeanOfCompleteBatchesAndNoIntervalFromTooFewObservations() {
        BatchMeans b = new BatchMeans();
        for (int i = 1; i <= 10; i++) {
            b.record(i);
        }
        assertEquals(5.5, b.mean(), 1e-12);
        assertTrue(Double.isNaN(b.halfWidth95()));
    }

    @Test
    void shouldWidenTheIntervalForCorrelatedObservations() {
        BatchMeans iid = new BatchMeans();
        BatchMeans ar = new BatchMeans();
        SplittableRandom r = new SplittableRandom(7);
        double x = 0;
        for (int i = 0; i < 2_000_000; i++) {
            double e = r.nextDouble() - 0.5;
            iid.record(e);
            x = 0.99 * x + e; // AR(1) with the same noise: variance of the mean ~ 100^2 times larger
            ar.record(x);
        }
        assertTrue(ar.halfWidth95() > 30 * iid.halfWidth95(), ar.halfWidth95() + " vs " + iid.halfWidth95());
        assertTrue(Math.abs(ar.lag1Autocorrelation()) < BatchMeans.Interval.MAX_LAG1);
    }
}
