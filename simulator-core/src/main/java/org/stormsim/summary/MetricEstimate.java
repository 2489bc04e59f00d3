package org.stormsim.summary;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.stormsim.metrics.Estimate;

/**
 * A metric's mean across replications with its 95% half-width (Student t), from each replication's
 * node; replications where the metric has no data (null) are left out and {@code n} says how many
 * counted. The half-width is NaN with fewer than two.
 */
public record MetricEstimate(MetricPath metric, double mean, double halfWidth95, int n) {
    public static MetricEstimate of(MetricPath metric, List<Figures> replications) {
        double[] values = replications.stream().mapToDouble(f -> f.value(metric)).filter(v -> !Double.isNaN(v)).toArray();
        if (values.length == 0) {
            return new MetricEstimate(metric, Double.NaN, Double.NaN, 0);
        }
        Estimate e = Estimate.of(values);
        return new MetricEstimate(metric, e.mean(), e.halfWidth95() == null ? Double.NaN : e.halfWidth95(), e.n());
    }

    /** The half-width relative to the mean; infinite when there is none yet, 0 for a metric constant at 0. */
    public double relativeHalfWidth() {
        if (Double.isNaN(halfWidth95)) {
            return Double.POSITIVE_INFINITY;
        }
        if (mean == 0) {
            return halfWidth95 == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return halfWidth95 / Math.abs(mean);
    }

    /** {@code {mean, halfWidth95, n}}, NaN written as null. */
    public void writeTo(ObjectNode n) {
        put(n, "mean", mean);
        put(n, "halfWidth95", halfWidth95);
        n.put("n", this.n);
    }

    /** Puts {@code v} at {@code key}, NaN and infinities as null. */
    public static void put(ObjectNode n, String key, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            n.putNull(key);
        } else {
            n.put(key, v);
        }
    }
}
