package org.stormsim.metrics;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Batch means of one long run's observations (e.g. waits), for a confidence interval within a single
 * replication. Successive waits are correlated (strongly near saturation), so an interval that treats
 * them as independent is far too narrow; the means of large enough batches are nearly independent and
 * normal. The number of batches is kept between {@link #MIN_BATCHES} and {@link #MAX_BATCHES} by
 * doubling the batch size and merging pairs whenever the buffer fills, so the batch size grows with
 * the run without knowing its length beforehand; the last, partial batch is left out. Observations
 * are in arrival order of the records. Owned by one consumer thread; records without allocating.
 */
public final class BatchMeans {
    public static final int MIN_BATCHES = 20;
    public static final int MAX_BATCHES = 2 * MIN_BATCHES;

    private final double[] sums = new double[MAX_BATCHES];
    private int full;
    private long batchSize = 1;
    private long inCurrent;
    private double current;

    public void record(double x) {
        current += x;
        if (++inCurrent == batchSize) {
            sums[full++] = current;
            current = 0;
            inCurrent = 0;
            if (full == MAX_BATCHES) {
                for (int i = 0; i < MIN_BATCHES; i++) {
                    sums[i] = sums[2 * i] + sums[2 * i + 1];
                }
                full = MIN_BATCHES;
                batchSize *= 2;
            }
        }
    }

    /** Complete batches so far. */
    public int batches() {
        return full;
    }

    public long batchSize() {
        return batchSize;
    }

    /** The mean of the observations in complete batches. */
    public double mean() {
        double s = 0;
        for (int i = 0; i < full; i++) {
            s += sums[i];
        }
        return full == 0 ? Double.NaN : s / full / batchSize;
    }

    /**
     * The 95% half-width of the mean from the batch means (Student t with batches - 1 degrees of
     * freedom); NaN with fewer than {@link #MIN_BATCHES} batches (too few observations for one).
     */
    public double halfWidth95() {
        if (full < MIN_BATCHES) {
            return Double.NaN;
        }
        double m = mean();
        double ss = 0;
        for (int i = 0; i < full; i++) {
            double d = sums[i] / batchSize - m;
            ss += d * d;
        }
        double sd = Math.sqrt(ss / (full - 1));
        return TDistribution.of(full - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(full);
    }

    /**
     * The lag-1 autocorrelation of the batch means: near 0 when the batches are long enough to be
     * nearly independent. A large value (trend, daily profile, unfinished warm-up) makes the interval
     * untrustworthy.
     */
    public double lag1Autocorrelation() {
        if (full < 3) {
            return Double.NaN;
        }
        double m = mean();
        double num = 0;
        double den = 0;
        for (int i = 0; i < full; i++) {
            double d = sums[i] / batchSize - m;
            den += d * d;
            if (i > 0) {
                num += d * (sums[i - 1] / batchSize - m);
            }
        }
        return den == 0 ? 0 : num / den;
    }

    /** The interval as a value, for results that outlive the consumer. */
    public Interval interval() {
        return new Interval(mean(), halfWidth95(), full, batchSize, lag1Autocorrelation());
    }

    /**
     * A batch-means interval: the mean, its 95% half-width (NaN when there were too few batches),
     * the batches and their size, and the lag-1 autocorrelation of the batch means.
     */
    public record Interval(double mean, double halfWidth95, int batches, long batchSize, double lag1) implements java.io.Serializable {
        /** The largest lag-1 autocorrelation of batch means for which the interval is reported. */
        public static final double MAX_LAG1 = 0.5;
        public static final Interval NONE = new Interval(Double.NaN, Double.NaN, 0, 0, Double.NaN);

        /** Whether the interval can be trusted: enough batches, and batch means not strongly correlated. */
        public boolean trustworthy() {
            return !Double.isNaN(halfWidth95) && lag1 < MAX_LAG1;
        }
    }
}
