package org.stormsim.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * MSER-5 (White, 1997; Franklin and White, 2008): the warm-up truncation that minimises the marginal
 * standard error of the mean that remains. The observations are the means of equal slices of
 * simulated time (pooled across the pilot's replications); they are averaged in batches of five and,
 * for each truncation point d up to half the batches, {@code sum((Y_i - mean_d)^2) / (k - d)^2} is
 * computed over the batches kept; the smallest wins. A minimum at the half-way limit means the
 * series never settled (the run is too short, or the system is overloaded or not stationary): the
 * result says so instead of passing it off as a warm-up.
 */
public final class Mser {
    public static final int BATCH = 5;

    private Mser() {
    }

    /**
     * The detected truncation of one quantity.
     *
     * @param warmupMicros the start of the first slice kept
     * @param settled false when the minimum was at the half-way limit (no trustworthy warm-up)
     * @param batches the batches of five slices the statistic was computed over
     */
    public record Result(long warmupMicros, boolean settled, int batches) {
    }

    /** MSER-5 over the series of several replications of the same quantity, pooled slice by slice. */
    public static Result detect(List<SliceSeries> replications) {
        List<Integer> sliceOf = new ArrayList<>();
        List<Double> means = new ArrayList<>();
        for (int s = 0; s < SliceSeries.SLICES; s++) {
            double sum = 0;
            long n = 0;
            for (SliceSeries r : replications) {
                sum += r.sum(s);
                n += r.count(s);
            }
            if (n > 0) {
                sliceOf.add(s);
                means.add(sum / n);
            }
        }
        int k = means.size() / BATCH;
        if (k < 4) {
            return new Result(0, false, k);
        }
        double[] y = new double[k];
        for (int b = 0; b < k; b++) {
            double sum = 0;
            for (int j = 0; j < BATCH; j++) {
                sum += means.get(b * BATCH + j);
            }
            y[b] = sum / BATCH;
        }
        int best = truncation(y);
        long slice = replications.get(0).sliceMicros();
        long warmup = best == 0 ? 0 : sliceOf.get(best * BATCH) * slice; // no truncation: keep the run from its start
        return new Result(warmup, best < k / 2, k);
    }

    /** The d in [0, k/2] minimising the MSER statistic of {@code y} truncated at d. */
    static int truncation(double[] y) {
        int k = y.length;
        double[] suffixSum = new double[k + 1];
        double[] suffixSq = new double[k + 1];
        for (int i = k - 1; i >= 0; i--) {
            suffixSum[i] = suffixSum[i + 1] + y[i];
            suffixSq[i] = suffixSq[i + 1] + y[i] * y[i];
        }
        int best = 0;
        double bestStat = Double.POSITIVE_INFINITY;
        for (int d = 0; d <= k / 2; d++) {
            int n = k - d;
            double mean = suffixSum[d] / n;
            double sse = Math.max(0, suffixSq[d] - n * mean * mean);
            double stat = sse / ((double) n * n);
            if (stat < bestStat) {
                bestStat = stat;
                best = d;
            }
        }
        return best;
    }
}
