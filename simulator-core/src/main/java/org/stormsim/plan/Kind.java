package org.stormsim.plan;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.stormsim.experiment.ReplicationOutcome;
import org.stormsim.experiment.ReplicationTask;
import org.stormsim.scenario.Scenario;
import org.stormsim.scenario.SimDuration;
import org.stormsim.summary.Figures;
import org.stormsim.summary.MetricPath;
import org.stormsim.summary.RunFacts;

/**
 * What a scenario kind does at every layer, bound to one scenario of that kind: its replications (as
 * tasks for an {@link org.stormsim.experiment.Experiment}), what is kept of each, its figures, its
 * summary, its counterfactual run (if any), its default metrics, its printed table and its time
 * series outputs. A {@link RunPlan} and the studies use a kind and never tell the kinds apart;
 * {@link Kinds#of} picks the kind of a scenario. Immutable.
 *
 * @param <C> what is kept of one replication once it has run
 */
public interface Kind<C extends ReplicationOutcome> {
    /** The scenario this kind is bound to. */
    Scenario scenario();

    /** The same kind bound to the scenario with {@code warmup} in place of its own (0 for a pilot; the resolved one after it). */
    Kind<C> withWarmup(SimDuration warmup);

    /** Replication {@code replication} of the scenario, keeping its time series in intervals of {@code seriesInterval} microseconds (0: none). */
    ReplicationTask<C> task(int replication, long seriesInterval);

    /** One replication's figures (what metric paths read). */
    Figures figures(C replication);

    /**
     * The run the summary is compared with, when the kind has one for this scenario (a dcc scenario with
     * SECMP0067 on: the same scenario and seed with it off); null when there is none.
     */
    Counterfactual<C> counterfactual();

    /** The same scenario run otherwise, and the line that says so when it starts. */
    record Counterfactual<C extends ReplicationOutcome>(Kind<C> kind, String description) {
    }

    /** The summary of {@code replications}, with the counterfactual's replications ({@code null}: none). */
    ObjectNode summary(List<C> replications, List<C> counterfactual, RunFacts facts);

    /** The metrics {@code --precision} aims at when none are named. */
    List<MetricPath> precisionMetrics();

    /** The metrics a sweep reports when none are named: the defaults that one of {@code points} (one replication's figures a point) has. */
    List<MetricPath> studyMetrics(List<Figures> points);

    /** The table {@code stormsim run} prints of a run's {@code replications} and their {@code summary}. */
    String table(List<C> replications, ObjectNode summary);

    /** The lines that tell the conservation ledger of a summary. */
    List<String> ledgerLines(ObjectNode summary);

    /**
     * Writes the run's time series outputs into {@code dir} from {@code first} (the replication that
     * kept them) and returns the files written; none when it kept no series.
     */
    List<Path> writeSeries(Path dir, C first, ObjectNode summary, int replications) throws IOException;
}
