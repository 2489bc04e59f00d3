package org.stormsim.plan;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stormsim.summary.Figures;
import org.stormsim.summary.MetricEstimate;
import org.stormsim.summary.MetricPath;

/**
 * {@code --precision R}: replications are added until every chosen metric's 95% half-width is at
 * most R times its mean, or the cap is reached. After each round the replications still needed are
 * estimated from the worst metric ({@code n (h / R)^2}, at most four times as many as so far), so
 * the number run depends only on the results, never on the thread count: the same seed gives the
 * same replications and the same summary. A {@link RunPlan} runs the rounds; this says how many.
 * Immutable.
 *
 * @param relative the relative half-width aimed at, between 0 and 1
 * @param cap the most replications
 * @param metrics the metrics that must all reach it (empty: the kind's default)
 */
public record Precision(double relative, int cap, List<MetricPath> metrics) {
    /** Replications of the first round (at least), enough for a first estimate of the spread. */
    public static final int FIRST_ROUND = 5;

    public Precision {
        if (!(relative > 0 && relative < 1)) {
            throw new IllegalArgumentException("the relative precision must be between 0 and 1, e.g. 0.02");
        }
        cap = Math.max(2, cap);
        metrics = List.copyOf(metrics);
    }

    /** The replications of the first round for a scenario of {@code replications}. */
    int firstRound(int replications) {
        return Math.min(cap, Math.max(FIRST_ROUND, replications));
    }

    /** Where the replications so far have got: each metric's estimate and the worst relative half-width. */
    record Round(int replications, List<MetricEstimate> estimates, double worst, boolean reached) {
    }

    /** The round of {@code figures} (one replication's each) on {@code chosen} metrics. */
    Round evaluate(List<Figures> figures, List<MetricPath> chosen) {
        List<MetricEstimate> estimates = new ArrayList<>();
        double worst = 0;
        for (MetricPath m : chosen) {
            MetricEstimate e = MetricEstimate.of(m, figures);
            estimates.add(e);
            worst = Math.max(worst, e.relativeHalfWidth());
        }
        return new Round(figures.size(), estimates, worst, worst <= relative);
    }

    /** The progress line of a round. */
    String describe(Round r) {
        return String.format(Locale.ROOT, "precision: %d replication(s), worst relative half-width %.4f (target %.4f)%s",
                r.replications(), r.worst(), relative, r.reached() ? ": reached" : "");
    }

    /** The replications the next round brings the total to. */
    int nextCount(int n, double worst) {
        double needed = Double.isInfinite(worst) ? 2.0 * n : Math.ceil(n * (worst / relative) * (worst / relative));
        return (int) Math.min(cap, Math.max(n + 1, Math.min(4.0 * n, needed)));
    }

    /** What the precision loop ran and reached. */
    public record Result(int replications, List<MetricEstimate> estimates, boolean reached, double relative, int cap) {
        /** Adds the {@code precision} section to a summary. */
        public void annotate(ObjectNode summary) {
            ObjectNode p = summary.putObject("precision");
            p.put("relativeHalfWidth", relative);
            p.put("replications", replications);
            p.put("cap", cap);
            p.put("reached", reached);
            ArrayNode ms = p.putArray("metrics");
            for (MetricEstimate e : estimates) {
                ObjectNode x = ms.addObject();
                x.put("path", e.metric().text());
                e.writeTo(x);
                MetricEstimate.put(x, "relativeHalfWidth", e.relativeHalfWidth());
            }
        }
    }
}
