package org.stormsim.study;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code --precision R}: replications are added until every chosen metric's 95% half-width is at
 * most R times its mean, or the cap is reached. After each round the replications still needed are
 * estimated from the worst metric ({@code n (h / R)^2}, at most four times as many as so far), so
 * the number run depends only on the results, never on the thread count: the same seed gives the
 * same replications and the same summary.
 */
public final class Precision {
    /** Replications of the first round (at least), enough for a first estimate of the spread. */
    public static final int FIRST_ROUND = 5;

    private final ScenarioExperiment experiment;
    private final double relative;
    private final int cap;
    private final List<MetricPath> metrics;

    public Precision(ScenarioExperiment experiment, double relative, int cap, List<MetricPath> metrics) {
        if (!(relative > 0 && relative < 1)) {
            throw new IllegalArgumentException("the relative precision must be between 0 and 1, e.g. 0.02");
        }
        this.experiment = experiment;
        this.relative = relative;
        this.cap = Math.max(2, cap);
        this.metrics = List.copyOf(metrics);
    }

    /** What the precision loop ran and reached. */
    public record Result(Runs runs, List<MetricEstimate> estimates, boolean reached, double relative, int cap) {
        /** Adds the {@code precision} section to a summary. */
        public void annotate(ObjectNode summary) {
            ObjectNode p = summary.putObject("precision");
            p.put("relativeHalfWidth", relative);
            p.put("replications", runs.replications());
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

    /** Runs rounds of replications; {@code progress} hears one line per round. */
    public Result run(Consumer<String> progress) {
        int n = Math.min(cap, Math.max(FIRST_ROUND, experiment.replications()));
        Runs runs = experiment.run(0, n);
        while (true) {
            List<ObjectNode> nodes = runs.replicationNodes();
            List<MetricEstimate> estimates = new ArrayList<>();
            double worst = 0;
            for (MetricPath m : metrics) {
                MetricEstimate e = MetricEstimate.of(m, nodes);
                estimates.add(e);
                worst = Math.max(worst, e.relativeHalfWidth());
            }
            boolean reached = worst <= relative;
            progress.accept(String.format(java.util.Locale.ROOT, "precision: %d replication(s), worst relative half-width %.4f "
                    + "(target %.4f)%s", n, worst, relative, reached ? ": reached" : ""));
            if (reached || n >= cap || !runs.completed() || experiment.stopped()) {
                return new Result(runs, estimates, reached, relative, cap);
            }
            int next = nextCount(n, worst);
            runs = runs.plus(experiment.run(n, next));
            n = next;
        }
    }

    private int nextCount(int n, double worst) {
        double needed = Double.isInfinite(worst) ? 2.0 * n : Math.ceil(n * (worst / relative) * (worst / relative));
        return (int) Math.min(cap, Math.max(n + 1, Math.min(4.0 * n, needed)));
    }
}
