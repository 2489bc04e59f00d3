package org.stormsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.stormsim.scenario.NetworkScenario;
import org.stormsim.scenario.ScenarioLoader;
import org.stormsim.summary.SummaryJson;
import org.stormsim.testing.NetworkRun;

/**
 * A run's published progress: watched as hard as a thread can, it changes no result, and at the
 * end it reports all the simulated time and every event the kernels handled.
 */
class RunProgressTest {
    @Test
    void shouldReportEveryEventAndTheWholeHorizonWithoutChangingTheResults() throws Exception {
        NetworkScenario s = (NetworkScenario) ScenarioLoader.load(Path.of("..", "scenarios", "validation", "mm1.yaml"),
                List.of("duration=60s", "replications=3"));
        NetworkRun quiet = NetworkRun.of(s, 2);
        Experiment watched = new Experiment(2);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger polls = new AtomicInteger();
        Thread watcher = new Thread(() -> {
            while (running.get()) {
                RunProgress p = watched.progress();
                assertTrue(p.fraction() >= 0 && p.fraction() <= 1, p.toString());
                polls.incrementAndGet();
            }
        });
        watcher.start();
        NetworkRun result = NetworkRun.of(s, 2, 0, watched);
        running.set(false);
        watcher.join();
        assertTrue(polls.get() > 0);
        assertEquals(withoutRun(quiet), withoutRun(result));
        RunProgress end = watched.progress();
        assertEquals(1.0, end.fraction());
        assertEquals(3 * s.duration().micros(), end.simulatedTotal());
        assertEquals(result.events(), end.events());
    }

    private static String withoutRun(NetworkRun r) {
        String json = SummaryJson.toJson(r.summary());
        return json.substring(0, json.indexOf("\"run\" : {"));
    }
}
