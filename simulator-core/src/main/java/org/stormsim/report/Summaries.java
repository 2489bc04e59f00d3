package org.stormsim.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.stormsim.dcc.Trace;
import org.stormsim.experiment.DccExperiment;
import org.stormsim.experiment.DccRunResult;
import org.stormsim.experiment.NetworkExperiment;
import org.stormsim.scenario.DccScenario;
import org.stormsim.scenario.InvalidScenarioException;
import org.stormsim.scenario.NetworkScenario;

/**
 * Runs a loaded scenario to the summary.json tree that {@code stormsim run} writes for it, without
 * printing anything: for a dcc scenario with SECMP0067 on, the same scenario and seed is run again
 * with it off for the Service Levels without throttling, as {@code run} does. Used where a summary
 * is needed without the command line (the committed baselines). Any thread; each call runs its own
 * experiment.
 */
public final class Summaries {
    private Summaries() {
    }

    /**
     * The summary of {@code scenario} (a {@link DccScenario} or {@link NetworkScenario}) loaded from
     * {@code file} (a dcc scenario's replay trace is found beside it), its replications on up to
     * {@code threads} threads.
     */
    public static ObjectNode of(Object scenario, Path file, int threads) throws InvalidScenarioException {
        if (scenario instanceof NetworkScenario n) {
            return NetworkSummary.build(new NetworkExperiment(n, threads).run());
        }
        DccScenario d = (DccScenario) scenario;
        Trace trace = Trace.of(d, file);
        DccRunResult result = new DccExperiment(d, trace, threads).run();
        DccRunResult without = null;
        if (d.throttling().serviceRequestTrafficManagement().enabled() && result.completed()) {
            without = new DccExperiment(d.withoutRequestThrottling(), trace, threads).run();
        }
        return DccSummary.build(result, without);
    }
}
