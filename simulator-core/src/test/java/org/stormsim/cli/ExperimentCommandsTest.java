package org.stormsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stormsim.cli.BadScenarioTest.Outcome;
import org.stormsim.testing.Timeline;

/**
 * The experiment commands end to end: {@code sweep} gives the same bytes (csv, json, html) on one
 * and two threads and common random numbers across points; {@code size-lanes}' answer meets the target and one lane
 * fewer does not (checked by separate {@code run}s); {@code run --precision} reaches its precision the
 * same way on any thread count; {@code warmup: auto} is detected and reported; bad options exit 2.
 */
class ExperimentCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The quickstart at 1:20 (15,000 hubs): a second or two per replication. */
    private static final String[] SMALL = {"--set", "population.scale=0.05"};

    @TempDir
    Path tmp;

    private static Path quickstart() {
        return Timeline.shipped("quickstart.yaml");
    }

    private static Outcome cli(String... args) {
        return BadScenarioTest.cli(args);
    }

    /** The command line with the 1:20 scale appended (options follow the command). */
    private static String[] small(String... args) {
        String[] all = new String[args.length + SMALL.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(SMALL, 0, all, args.length, SMALL.length);
        return all;
    }

    @Test
    void shouldWriteTheSameSweepBytesOnOneAndTwoThreads() throws IOException {
        for (String threads : List.of("1", "2")) {
            Outcome o = cli(small("sweep", quickstart().toString(), "--param", "dsp.lanes=1,2",
                    "--param", "throttling.alertStormProtection.enabled=false,true", "--replications", "2",
                    "--threads", threads, "--out", tmp.resolve("t" + threads).toString()));
            assertEquals(0, o.status(), o.err());
        }
        for (String f : List.of("sweep.csv", "sweep.json", "sweep.html")) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("t1").resolve(f)), Files.readAllBytes(tmp.resolve("t2").resolve(f)), f);
        }
        List<String> rows = Files.readAllLines(tmp.resolve("t1").resolve("sweep.csv"));
        assertEquals(5, rows.size(), "a header and one row per point");
        assertTrue(rows.get(0).startsWith("point,dsp.lanes,throttling.alertStormProtection.enabled,replications,"));
    }

    @Test
    void shouldGiveEveryPointTheSameArrivals() throws IOException {
        Outcome o = cli(small("sweep", quickstart().toString(), "--param", "dsp.lanes=1,3",
                "--param", "throttling.alertStormProtection.enabled=false,true", "--metric", "ledger.alerts.generated",
                "--metric", "alerts.latency.mean", "--metric", "alerts.suppressed", "--out", tmp.toString()));
        assertEquals(0, o.status(), o.err());
        JsonNode points = JSON.readTree(tmp.resolve("sweep.json").toFile()).path("points");
        assertEquals(4, points.size());
        double generated = points.get(0).path("metrics").path("ledger.alerts.generated").path("mean").asDouble();
        for (JsonNode p : points) {
            assertEquals(generated, p.path("metrics").path("ledger.alerts.generated").path("mean").asDouble(), 0.0,
                    "common random numbers: the same alerts raised at " + p.path("parameters"));
        }
        assertTrue(points.get(1).path("metrics").path("alerts.suppressed").path("mean").asDouble() > 0, "protection on suppresses");
        assertTrue(points.get(0).path("metrics").path("alerts.latency.mean").path("mean").asDouble()
                > points.get(2).path("metrics").path("alerts.latency.mean").path("mean").asDouble(), "three lanes beat one");
    }

    @Test
    void shouldAnswerWithLanesThatMeetTheTargetWhenOneFewerDoesNot() throws IOException {
        String target = "lanes.max.utilisation<=0.25";
        Outcome o = cli(small("size-lanes", quickstart().toString(), "--target", target, "--out", tmp.toString()));
        assertEquals(0, o.status(), o.err() + o.out());
        JsonNode sizing = JSON.readTree(tmp.resolve("lanes.json").toFile()).path("sizings").get(0);
        int lanes = sizing.path("lanes").asInt();
        assertTrue(lanes >= 2, o.out());
        assertTrue(sizing.path("tried").size() < lanes + 1 || lanes <= 3, "the search should not try every count: " + o.out());
        assertTrue(utilisation(lanes) <= 0.25, "met at the answer");
        assertFalse(utilisation(lanes - 1) <= 0.25, "not met with one lane fewer");
    }

    private double utilisation(int lanes) throws IOException {
        Path out = tmp.resolve("run-" + lanes);
        Outcome o = cli(small("run", quickstart().toString(), "--set", "dsp.lanes=" + lanes, "--out", out.toString()));
        assertEquals(0, o.status(), o.err());
        double max = 0;
        for (JsonNode lane : JSON.readTree(out.resolve("summary.json").toFile()).path("lanes")) {
            max = Math.max(max, lane.path("utilisation").asDouble());
        }
        return max;
    }

    @Test
    void shouldAddReplicationsUntilThePrecisionIsReachedTheSameWayOnAnyThreadCount() throws IOException {
        Path scenario = Timeline.shipped("network-quickstart.yaml");
        JsonNode[] precision = new JsonNode[2];
        for (int t = 1; t <= 2; t++) {
            Path out = tmp.resolve("p" + t);
            Outcome o = cli("run", scenario.toString(), "--set", "duration=300s", "--set", "warmup=auto", "--precision", "0.01",
                    "--metric", "stations.lanes.sojourn.mean", "--threads", Integer.toString(t), "--out", out.toString());
            assertEquals(0, o.status(), o.err());
            JsonNode s = JSON.readTree(out.resolve("summary.json").toFile());
            precision[t - 1] = s.path("precision");
            assertTrue(s.path("precision").path("reached").asBoolean(), o.out());
            JsonNode m = s.path("precision").path("metrics").get(0);
            assertTrue(m.path("halfWidth95").asDouble() <= 0.01 * m.path("mean").asDouble());
            assertEquals(s.path("precision").path("replications").asInt(), s.path("scenario").path("replications").asInt());
            assertEquals("MSER-5", s.path("simulated").path("warmupDetection").path("method").asText());
            assertTrue(s.path("simulated").path("warmupSeconds").asDouble() < 150, "a warm-up within the first half");
        }
        assertEquals(precision[0], precision[1], "the same replications and estimates on 1 and 2 threads");
    }

    @Test
    void shouldRejectBadExperimentOptionsWithStatusTwo() {
        String q = quickstart().toString();
        assertBad(cli("sweep", q, "--param", "dsp.lanes"), "write PATH=V1,V2");
        assertBad(cli("sweep", q, "--param", "dsp.lanes=0,1"), "dsp.lanes");
        assertBad(cli("sweep", q), "no sweep: section and no --param");
        assertBad(cli("size-lanes", q, "--target", "alerts.p99<60s"), "PATH<=VALUE");
        assertBad(cli("size-lanes", Timeline.shipped("network-quickstart.yaml").toString()), "size-lanes sizes dsp.lanes");
        assertBad(cli("size-lanes", q, "--by-month"), "needs a plan: section or a growth event");
        assertBad(cli("run", q, "--precision", "2"), "between 0 and 1");
        assertBad(cli(small("run", q, "--precision", "0.5", "--metric", "alerts.latency.p98")), "allowed: count, mean");
        assertBad(cli(small("run", q, "--precision", "0.5", "--metric", "sla.measures.alerts")), "matches 4 elements");
        assertBad(cli("run", q, "--precision", "0.5", "--max-replications", "1"), "allowed: 2 or more");
        assertBad(cli("size-lanes", Timeline.shipped("lane-sizing-2020-growth.yaml").toString(), "--by-month", "--months", "-3"), "--months");
        assertBad(cli("sweep", q, "--param", "dsp.lanes=1", "--out", Timeline.shipped("quickstart.yaml") + "/sub"), "is a file");
        // the core alone has no cluster engine: --cluster names the jar that has one, before anything runs
        assertBad(cli("sweep", q, "--param", "dsp.lanes=1", "--cluster", "127.0.0.1:5701"), "--cluster needs stormsim's cluster jar");
        assertBad(cli("run", q, "--cluster", "127.0.0.1:5701"), "--cluster needs stormsim's cluster jar");
    }

    @Test
    void shouldReportAFigureSomePointsLackAsMissingThere() throws IOException {
        Outcome o = cli(small("sweep", quickstart().toString(), "--param", "throttling.serviceRequestTrafficManagement.enabled=true,false",
                "--out", tmp.toString()));
        assertEquals(0, o.status(), o.err());
        List<String> rows = Files.readAllLines(tmp.resolve("sweep.csv"));
        List<String> header = List.of(rows.get(0).split(","));
        int episodes = header.indexOf("throttling.serviceRequestTrafficManagement.episodes.count");
        assertTrue(episodes > 0, "the episodes of the point with throttling on are reported: " + header);
        assertFalse(rows.get(1).split(",", -1)[episodes].isEmpty(), rows.get(1));
        assertTrue(rows.get(2).split(",", -1)[episodes].isEmpty(), "missing where throttling is off: " + rows.get(2));
    }

    @Test
    void shouldStopAWarmupPilotAndTheRunAfterItWhenAskedBefore() {
        org.stormsim.scenario.Scenario s;
        try {
            s = org.stormsim.scenario.ScenarioLoader.load(Timeline.shipped("network-quickstart.yaml"), List.of("warmup=auto", "duration=300s"));
        } catch (org.stormsim.scenario.InvalidScenarioException ex) {
            throw new IllegalStateException(ex);
        }
        org.stormsim.experiment.Experiment e = new org.stormsim.experiment.Experiment(2);
        e.requestStop();
        org.stormsim.plan.PlannedRun<?> r = org.stormsim.plan.RunPlan.of(s, org.stormsim.plan.RunPlan.Options.study(), line -> { }).runOn(e);
        assertNotNull(r.warmup(), "the pilot ran");
        assertFalse(r.completed(), "a stop asked before must reach the run after the pilot");
    }

    private static void assertBad(Outcome o, String fragment) {
        assertEquals(2, o.status(), o.out() + o.err());
        assertTrue(o.err().contains(fragment), "missing '" + fragment + "' in: " + o.err());
        assertFalse(o.err().contains("\tat "), "a stack trace: " + o.err());
    }
}
