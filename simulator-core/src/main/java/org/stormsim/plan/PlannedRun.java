package org.stormsim.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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

    /**
     * Each summarised replication's figures, in order: every replication when all reached the horizon
     * or none did, else only those that did (as {@link #summary}).
     */
    public List<Figures> figures() {
        List<Figures> out = new ArrayList<>();
        summarised().forEach(r -> out.add(kind.figures(r)));
        return out;
    }

    /** Replications that reached the horizon, or every one when all or none did. */
    private List<C> summarised() {
        List<C> finished = replications.stream().filter(ReplicationOutcome::completed).toList();
        return finished.isEmpty() ? replications : finished;
    }

    /**
     * The summary: the kind's, with the warm-up detection and the precision reached. A run stopped
     * early says so and what its figures are made of: the means over the replications that reached
     * the horizon when any did (those stopped early left out, each listed with how far it got), or
     * over every replication up to where each stopped when none did; never a replication that did not
     * finish averaged in as if it had.
     */
    public ObjectNode summary() {
        List<C> used = summarised();
        int finished = (int) replications.stream().filter(ReplicationOutcome::completed).count();
        ObjectNode s = kind.summary(used, counterfactual, new RunFacts(wallSeconds, events(), threads));
        if (finished < replications.size()) {
            s = interrupted(s, finished, finished > 0);
        }
        if (warmup != null) {
            warmup.annotate(s);
        }
        if (precision != null) {
            precision.annotate(s);
        }
        return s;
    }

    /** {@code s} marked interrupted, with an {@code interruption} section just after its status. */
    private ObjectNode interrupted(ObjectNode s, int finished, boolean onlyFinished) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = s.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.set(e.getKey(), e.getValue());
            if (e.getKey().equals("status")) {
                out.put("status", "interrupted");
                ObjectNode i = out.putObject("interruption");
                i.put("replications", replications.size());
                i.put("finished", finished);
                i.put("summarised", onlyFinished ? "the " + finished + " replication(s) that reached the horizon; those stopped early are left out"
                        : "no replication reached the horizon: every one, each up to where it stopped");
                ArrayNode stopped = i.putArray("stoppedEarly");
                for (C r : replications) {
                    if (!r.completed()) {
                        stopped.addObject().put("replication", r.replication()).put("simulatedSeconds", r.simulatedSeconds());
                    }
                }
            }
        }
        return out;
    }

    /** The table {@code stormsim run} prints. */
    public String table(ObjectNode summary) {
        return kind.table(replications, summary);
    }
}
