package org.stormsim.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.stormsim.experiment.ReplicationOutcome;
import org.stormsim.experiment.ReplicationTask;
import org.stormsim.plan.Kinds;
import org.stormsim.scenario.Scenario;
import org.stormsim.scenario.ScenarioLoader;
import org.stormsim.summary.DccRecord;
import org.stormsim.summary.Figures;
import org.stormsim.summary.SummaryJson;

/**
 * What travels to a worker and back: every shipped scenario as a task, and a replication's result,
 * read back equal to what was written (the scenario's hash, the figures' JSON, the outcome's numbers),
 * so that a result from a worker is the result of the same task here.
 */
class TransportTest {
    static final Path ROOT = Path.of(System.getProperty("stormsim.root", ".."));

    @Test
    void shouldSendEveryShippedScenarioAsATaskAndReadItBackTheSame() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(ROOT.resolve("scenarios"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 10, "the shipped scenarios: " + files);
        for (Path f : files) {
            Scenario s = ScenarioLoader.load(f, List.of());
            ReplicationTask<?> task = Kinds.of(s).task(3, 0);
            assertTrue(task.portable(), f + ": a task that keeps no series travels");
            ReplicationTask<?> back = (ReplicationTask<?>) roundTrip(task);
            assertArrayEquals(bytes(task), bytes(back), f + ": the same task (scenario, replication, series interval) read back");
            assertEquals(task.horizon(), back.horizon(), f.toString());
        }
    }

    @Test
    void shouldKeepATaskThatKeepsSeriesHere() throws Exception {
        Scenario s = ScenarioLoader.load(ROOT.resolve("scenarios/quickstart.yaml"), List.of());
        assertFalse(Kinds.of(s).task(0, 60_000_000L).portable());
    }

    @Test
    void shouldBringBackAReplicationsResultWithTheSameFigures() throws Exception {
        for (String name : List.of("quickstart.yaml", "network-quickstart.yaml")) {
            List<String> small = name.startsWith("network") ? List.of("duration=300s", "warmup=0s")
                    : List.of("population.scale=0.02");
            Scenario s = ScenarioLoader.load(ROOT.resolve("scenarios").resolve(name), small);
            Object result = Kinds.of(s).task(0, 0).run(r -> { });
            Object back = roundTrip(result);
            ReplicationOutcome a = (ReplicationOutcome) result;
            ReplicationOutcome b = (ReplicationOutcome) back;
            assertEquals(a.events(), b.events(), name);
            assertEquals(a.completed(), b.completed(), name);
            assertEquals(a.warmupSeries(), b.warmupSeries(), name + ": the warm-up series");
            if (result instanceof DccRecord d) {
                DccRecord e = (DccRecord) back;
                assertEquals(json(d.figures()), json(e.figures()), name + ": the figures, written");
                assertEquals(d.alertBatches(), e.alertBatches(), name);
            } else {
                assertEquals(result, back, name + ": the network's results, equal by value");
            }
        }
    }

    private static String json(Figures f) throws IOException {
        return SummaryJson.toJson(f.tree());
    }

    static Object roundTrip(Object o) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes(o)))) {
            return in.readObject();
        }
    }

    private static byte[] bytes(Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }
}
