package org.stormsim.study;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.stormsim.experiment.DccExperiment;
import org.stormsim.experiment.DccRunResult;
import org.stormsim.report.DccSummary;
import org.stormsim.report.NetworkSummary;
import org.stormsim.scenario.DccScenario;
import org.stormsim.scenario.InvalidScenarioException;

/**
 * Runs a loaded scenario to the summary.json tree that {@code stormsim run} (without
 * {@code --precision}) writes for it, printing nothing: {@code warmup: auto} resolved by its pilot,
 * the scenario's replications, and for a dcc scenario with SECMP0067 on the same scenario and seed
 * again with it off, for the Service Levels without throttling. Used where a summary is needed
 * without the command line (the committed baselines). Any thread; each call runs its own experiment.
 */
public final class Summaries {
    private Summaries() {
    }

    /**
     * The summary of {@code scenario} (a dcc or network scenario record) loaded from {@code file} (a dcc
     * scenario's replay trace is found beside it), its replications on up to {@code threads} threads.
     */
    public static ObjectNode of(Object scenario, Path file, int threads) throws InvalidScenarioException {
        ScenarioExperiment experiment = new ScenarioExperiment(scenario, threads);
        WarmupDetection detected = null;
        if (experiment.warmup().auto()) {
            detected = experiment.detectWarmup();
            experiment = experiment.resolved(detected.warmup());
        }
        Runs runs = experiment.run(0, experiment.replications());
        ObjectNode summary;
        if (runs instanceof Runs.Dcc dcc) {
            DccRunResult result = dcc.result();
            DccRunResult without = null;
            if (result.scenario().throttling().serviceRequestTrafficManagement().enabled() && result.completed()) {
                without = new DccExperiment(result.scenario().withoutRequestThrottling(), threads).run();
            }
            summary = DccSummary.build(result, without);
        } else {
            summary = NetworkSummary.build(((Runs.Network) runs).result());
        }
        if (detected != null) {
            detected.annotate(summary);
        }
        return summary;
    }
}
