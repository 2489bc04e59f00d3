package org.stormsim.summary;

import java.util.ArrayList;
import java.util.List;

/**
 * The metrics a study reports when none are named: of a kind's candidate paths, those that at least
 * one point's figures have (a throttle's episodes exist only where it is on), in the candidates'
 * order.
 */
public final class DefaultMetrics {
    private DefaultMetrics() {
    }

    /** The {@code candidates} that resolve in at least one of {@code points} (one replication's figures per point). */
    public static List<MetricPath> of(List<String> candidates, List<Figures> points) {
        List<MetricPath> out = new ArrayList<>();
        for (String c : candidates) {
            MetricPath p = MetricPath.parse(c);
            if (points.stream().anyMatch(f -> resolves(p, f))) {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean resolves(MetricPath p, Figures figures) {
        try {
            figures.value(p);
            return true;
        } catch (MetricPath.NotInSummary e) {
            return false; // not in this summary (e.g. throttling off)
        }
    }
}
