package org.stormsim.study;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stormsim.experiment.Experiment;
import org.stormsim.plan.RunPlan;
import org.stormsim.scenario.Scenario;

/**
 * The summary.json tree that {@code stormsim run} (without {@code --precision}) writes for a loaded
 * scenario, printing nothing: the same {@link RunPlan} ({@code warmup: auto} resolved by its pilot,
 * the scenario's replications, the counterfactual when the kind has one). Used where a summary is
 * needed without the command line (the committed baselines). Any thread; each call runs its own
 * experiment.
 */
public final class Baselines {
    private Baselines() {
    }

    /** The summary of {@code scenario}, its replications on up to {@code threads} threads. */
    public static ObjectNode summary(Scenario scenario, int threads) {
        return RunPlan.of(scenario, new RunPlan.Options(0, null, true), line -> { }).runOn(new Experiment(threads)).summary();
    }
}
