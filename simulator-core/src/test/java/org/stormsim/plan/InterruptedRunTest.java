package org.stormsim.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stormsim.experiment.Experiment;
import org.stormsim.scenario.InvalidScenarioException;
import org.stormsim.scenario.Scenario;
import org.stormsim.scenario.ScenarioLoader;
import org.stormsim.testing.Timeline;

/**
 * A run stopped after its first replication (one kernel thread, so the others start after the stop
 * and end at once) says so, and its figures are those of the replication that reached the horizon,
 * equal to a whole run of that one replication: nothing unfinished is averaged in.
 */
class InterruptedRunTest {
    private static Scenario load(String... overrides) throws InvalidScenarioException {
        return ScenarioLoader.load(Timeline.shipped("network-quickstart.yaml"), List.of(overrides));
    }

    @Test
    void shouldSummariseOnlyTheReplicationsThatReachedTheHorizon() throws InvalidScenarioException {
        Experiment experiment = new Experiment(1);
        RunPlan<?> plan = RunPlan.of(load("duration=300s", "replications=3"), RunPlan.Options.study(), line -> { });
        RunPlan.runAll(List.of(plan), experiment, (p, phase) -> experiment.requestStop());
        PlannedRun<?> run = plan.result();
        assertFalse(run.completed());
        ObjectNode s = run.summary();
        assertEquals("interrupted", s.path("status").asText());
        JsonNode i = s.path("interruption");
        assertEquals(3, i.path("replications").asInt());
        assertEquals(1, i.path("finished").asInt());
        assertEquals(2, i.path("stoppedEarly").size(), i.toString());
        for (JsonNode r : i.path("stoppedEarly")) {
            assertTrue(r.path("simulatedSeconds").asDouble() < 300, r.toString());
        }

        assertEquals(1, run.figures().size(), "a sweep's point or a lane count is estimated from the finished replication only");

        ObjectNode one = RunPlan.of(load("duration=300s", "replications=1"), RunPlan.Options.study(), line -> { })
                .runOn(new Experiment(1)).summary();
        for (String key : List.of("stations", "ledger")) {
            assertEquals(one.path(key), s.path(key), key + ": the finished replication's figures, nothing averaged in");
        }
    }
}
