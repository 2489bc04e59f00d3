package org.stormsim.plan;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.stormsim.experiment.ReplicationOutcome;
import org.stormsim.summary.Figures;
import org.stormsim.summary.RunFacts;

/**
 * What a {@link RunPlan} ran: the kind bound to the scenario as run (its warm-up resolved), the
 * replications in order, the counterfactual's (null when none was run, or it was interrupted), the
 * warm-up detection and the precision reached (null when not used), and the wall-clock seconds and
 * threads of the replications. Immutable.
 *
 * @param <C> what was kept of each replication
 */
public record PlannedRun<C extends ReplicationOutcome>(Kind<C> kind, List<C> replications, List<C> counterfactual,
                                                        WarmupDetection warmup, Precision.Result precision, double wallSeconds,
                                                        int threads) {
    /** Whether every replication ran to its horizon. */
    public boolean completed() {
        return replications.stream().allMatch(ReplicationOutcome::completed);
    }

    /** Kernel events of the replications. */
    public long events() {
        long n = 0;
        for (C r : replications) {
            n += r.events();
        }
        return n;
    }

    /** Each replication's figures, in order. */
    public List<Figures> figures() {
        List<Figures> out = new ArrayList<>();
        replications.forEach(r -> out.add(kind.figures(r)));
        return out;
    }

    /** The summary: the kind's, with the warm-up detection and the precision reached. */
    public ObjectNode summary() {
        ObjectNode s = kind.summary(replications, counterfactual, new RunFacts(wallSeconds, events(), threads));
        if (warmup != null) {
            warmup.annotate(s);
        }
        if (precision != null) {
            precision.annotate(s);
        }
        return s;
    }

    /** The table {@code stormsim run} prints. */
    public String table(ObjectNode summary) {
        return kind.table(replications, summary);
    }
}
