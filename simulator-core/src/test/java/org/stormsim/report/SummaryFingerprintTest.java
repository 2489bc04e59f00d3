package org.stormsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stormsim.scenario.NetworkScenario;
import org.stormsim.scenario.ScenarioLoader;
import org.stormsim.summary.ScenarioHash;
import org.stormsim.summary.SummaryJson;
import org.stormsim.summary.Version;
import org.stormsim.testing.Timeline;

/**
 * The reproducibility fields of summary.json: the fingerprint covers every result and nothing of the
 * {@code run} section, survives a trip through the file, and changes when a figure is edited by hand;
 * the scenario hash covers the resolved scenario (defaults and overrides) but not how values were
 * written; the run section names the version and the git commit.
 */
class SummaryFingerprintTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static NetworkScenario scenario(String... overrides) throws Exception {
        return (NetworkScenario) ScenarioLoader.load(Timeline.shipped("network-quickstart.yaml"), List.of(overrides));
    }

    private static ObjectNode summary(double wallSeconds) throws Exception {
        NetworkScenario sc = scenario();
        ObjectNode root = SummaryJson.open(sc, sc.name(), sc.kind(), sc.seed(), sc.replications(), true);
        root.putObject("alerts").put("generated", 1234L).putObject("latency").put("mean", 3.25);
        SummaryJson.close(root, wallSeconds, 1_000_000, 2);
        return root;
    }

    @Test
    void shouldChangeTheFingerprintWhenAFigureIsEditedByHand() throws Exception {
        JsonNode stored = JSON.readTree(SummaryJson.toJson(summary(1.0)));
        assertEquals(stored.path("fingerprint").asText(), SummaryJson.fingerprint(stored), "a file matches its own fingerprint");
        ObjectNode edited = stored.deepCopy();
        ((ObjectNode) edited.path("alerts")).put("generated", 1235);
        assertNotEquals(stored.path("fingerprint").asText(), SummaryJson.fingerprint(edited));
        ObjectNode reformatted = JSON.readTree(SummaryJson.toJson(summary(1.0)).replace("3.25", "3.250")).deepCopy();
        assertEquals(stored.path("fingerprint").asText(), SummaryJson.fingerprint(reformatted), "the same numbers written otherwise");
    }

    @Test
    void shouldLeaveTheRunSectionOutOfTheFingerprint() throws Exception {
        ObjectNode fast = summary(1.0);
        ObjectNode slow = summary(99.0);
        SummaryJson.toJson(fast);
        SummaryJson.toJson(slow);
        assertNotEquals(fast.path("run"), slow.path("run"));
        assertEquals(fast.path("fingerprint"), slow.path("fingerprint"));
        List<String> sections = JSON.readTree(SummaryJson.toJson(fast)).properties().stream().map(e -> e.getKey()).toList();
        assertEquals(List.of("fingerprint", "run"), sections.subList(sections.size() - 2, sections.size()), "the run section stays last");
    }

    @Test
    void shouldNameTheVersionAndTheCommitInTheRunSection() throws Exception {
        JsonNode run = summary(1.0).path("run");
        assertEquals(Version.get(), run.path("version").asText());
        assertTrue(run.path("commit").asText().matches("unknown|[0-9a-f]{40}(-dirty)?"), run.toString());
    }

    @Test
    void shouldHashTheResolvedScenarioNotHowItWasWritten() throws Exception {
        String asShipped = ScenarioHash.of(scenario());
        assertEquals(asShipped, ScenarioHash.of(scenario("duration=1h")), "3600s and 1h are the same horizon");
        assertEquals(asShipped, ScenarioHash.of(scenario("seed=7")), "an override that restates a value");
        assertNotEquals(asShipped, ScenarioHash.of(scenario("seed=8")));
        assertNotEquals(asShipped, ScenarioHash.of(scenario("duration=2h")));
        assertTrue(summary(1.0).path("scenario").path("hash").asText().matches("[0-9a-f]{64}"));
    }

    @Test
    void shouldHashAGbScenarioWithItsDefaultsFilledIn() throws Exception {
        Path file = Timeline.shipped("quickstart.yaml");
        String shipped = ScenarioHash.of(ScenarioLoader.load(file, List.of()));
        assertEquals(shipped, ScenarioHash.of(ScenarioLoader.load(file, List.of("dsp.laneRouting=deviceHash"))), "the default, stated");
        assertNotEquals(shipped, ScenarioHash.of(ScenarioLoader.load(file, List.of("dsp.laneRouting=roundRobin"))));
        assertNotEquals(shipped, ScenarioHash.of(ScenarioLoader.load(file, List.of("population.scale=0.5"))));
    }
}
