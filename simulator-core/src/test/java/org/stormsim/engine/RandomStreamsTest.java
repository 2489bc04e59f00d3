package org.stormsim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Named random streams: reproducible from (run seed, name, replication), independent of one
 * another, and with the right distributions. Statistical checks allow five standard errors, so a
 * correct generator fails them with probability below one in a million.
 */
class RandomStreamsTest {
    private static final int N = 1_000_000;

    @Test
    void shouldGiveTheSameNumbersForTheSameSeedNameAndReplication() {
        long[] a = draw(new RandomStreams(7, 0).stream("service:server"), 1_000);
        long[] b = draw(new RandomStreams(7, 0).stream("service:server"), 1_000);
        assertArrayEquals(a, b);
    }

    @Test
    void shouldRestartAStreamEachTimeItIsAskedFor() {
        RandomStreams streams = new RandomStreams(7, 0);
        RandomStream first = streams.stream("route:split");
        first.nextLong();
        assertEquals(new RandomStreams(7, 0).stream("route:split").nextLong(), streams.stream("route:split").nextLong());
    }

    @Test
    void shouldGiveDifferentNumbersToDifferentNames() {
        RandomStreams streams = new RandomStreams(7, 0);
        assertFalse(Arrays.equals(draw(streams.stream("service:a"), 100), draw(streams.stream("service:b"), 100)));
        assertFalse(Arrays.equals(draw(streams.stream("service:a"), 100), draw(streams.stream("delay:a"), 100)));
    }

    @Test
    void shouldGiveDifferentNumbersToDifferentReplications() {
        long[] r0 = draw(new RandomStreams(7, 0).stream("interarrival:arrivals"), 100);
        long[] r1 = draw(new RandomStreams(7, 1).stream("interarrival:arrivals"), 100);
        long[] r2 = draw(new RandomStreams(7, 2).stream("interarrival:arrivals"), 100);
        assertFalse(Arrays.equals(r0, r1));
        assertFalse(Arrays.equals(r1, r2));
        assertFalse(Arrays.equals(r0, r2));
    }

    @Test
    void shouldGiveDifferentNumbersToDifferentRunSeeds() {
        assertFalse(Arrays.equals(draw(new RandomStreams(7, 0).stream("x"), 100), draw(new RandomStreams(8, 0).stream("x"), 100)));
    }

    @Test
    void shouldNotShiftAStreamWhenAnotherStreamIsAddedOrUsed() {
        RandomStreams alone = new RandomStreams(99, 3);
        long[] expected = draw(alone.stream("service:server"), 1_000);

        RandomStreams crowded = new RandomStreams(99, 3);
        RandomStream before = crowded.stream("service:new-station");
        draw(before, 5_000);
        RandomStream server = crowded.stream("service:server");
        RandomStream after = crowded.stream("route:new-station");
        long[] got = new long[1_000];
        for (int i = 0; i < got.length; i++) {
            got[i] = server.nextLong();
            after.nextLong(); // interleaved use of another stream changes nothing
        }
        assertArrayEquals(expected, got);
    }

    @Test
    void shouldKeepStreamsOfOneRunUncorrelated() {
        RandomStreams streams = new RandomStreams(1, 0);
        RandomStream a = streams.stream("service:a");
        RandomStream b = streams.stream("service:b");
        double sab = 0;
        for (int i = 0; i < N; i++) {
            sab += (a.nextDouble() - 0.5) * (b.nextDouble() - 0.5);
        }
        // correlation of two independent U(0,1): mean 0, standard error (1/12) / sqrt(N) on the covariance
        double covariance = sab / N;
        assertEquals(0.0, covariance, 5 * (1.0 / 12) / Math.sqrt(N));
    }

    @Test
    void shouldDrawDoublesInTheHalfOpenUnitIntervalWithMeanOneHalf() {
        RandomStream rng = new RandomStreams(5, 0).stream("uniform");
        double sum = 0;
        double min = 1;
        double max = 0;
        for (int i = 0; i < N; i++) {
            double u = rng.nextDouble();
            assertTrue(u >= 0.0 && u < 1.0, "out of [0,1): " + u);
            sum += u;
            min = Math.min(min, u);
            max = Math.max(max, u);
        }
        double se = Math.sqrt(1.0 / 12 / N);
        assertEquals(0.5, sum / N, 5 * se);
        assertTrue(min < 1e-4 && max > 1 - 1e-4, "the whole interval is covered");
    }

    @Test
    void shouldSpreadDoublesEvenlyOverTenBins() {
        RandomStream rng = new RandomStreams(6, 0).stream("bins");
        long[] bins = new long[10];
        for (int i = 0; i < N; i++) {
            bins[(int) (rng.nextDouble() * 10)]++;
        }
        double chi2 = 0;
        double expected = N / 10.0;
        for (long b : bins) {
            chi2 += (b - expected) * (b - expected) / expected;
        }
        // chi-squared with 9 degrees of freedom: P(chi2 > 33.7) = 1e-4
        assertTrue(chi2 < 33.7, "chi2 = " + chi2);
    }

    @Test
    void shouldDrawExponentialsWithMeanOneAndVarianceOne() {
        RandomStream rng = new RandomStreams(7, 0).stream("exponential");
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < N; i++) {
            double x = rng.nextExponential();
            assertTrue(x >= 0);
            sum += x;
            sumSq += x * x;
        }
        double mean = sum / N;
        double variance = sumSq / N - mean * mean;
        // Exp(1): sd 1, so the mean's standard error is 1/sqrt(N); Var(X^2) = 20, so E[X^2] has s.e. sqrt(20/N)
        assertEquals(1.0, mean, 5 / Math.sqrt(N));
        assertEquals(1.0, variance, 5 * Math.sqrt(20.0 / N) + 2 * 5 / Math.sqrt(N));
    }

    @Test
    void shouldAvoidTheAllZeroStateForEverySeed() {
        // xoshiro's one forbidden state would make a stream return zero for ever
        for (long seed = -1_000; seed <= 1_000; seed++) {
            RandomStream rng = new RandomStream(seed);
            boolean nonZero = false;
            for (int i = 0; i < 4 && !nonZero; i++) {
                nonZero = rng.nextLong() != 0;
            }
            assertTrue(nonZero, "seed " + seed);
        }
    }

    private static long[] draw(RandomStream rng, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = rng.nextLong();
        }
        return out;
    }
}
