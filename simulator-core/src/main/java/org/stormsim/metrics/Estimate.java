package org.stormsim.metrics;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * A mean across independent replications with its 95% confidence half-width from Student's t
 * distribution (null half-width with a single replication: no honest interval exists then).
 */
public record Estimate(double mean, Double halfWidth95, int n) {
    public static Estimate of(double[] values) {
        int n = values.length;
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / n;
        if (n < 2) {
            return new Estimate(mean, null, n);
        }
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / (n - 1));
        double t = TDistribution.of(n - 1).inverseCumulativeProbability(0.975);
        return new Estimate(mean, t * sd / Math.sqrt(n), n);
    }
}
