package org.stormsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stormsim.cli.BadScenarioTest.Outcome;

/**
 * The estimate before a run ({@link org.stormsim.plan.Cost}) against measured runs: the events and
 * the messages held at the horizon within a factor of 2 (docs/performance.md, "The cost model");
 * the oversized inputs refused before anything is built, naming the field that drives them; the
 * interval chosen from the horizon.
 */
class CostModelTest {
    private static final Path QUICKSTART = Path.of("..", "scenarios", "quickstart.yaml");
    private static final Path GB_2020_01 = Path.of("..", "scenarios", "gb-2020-01-alert-growth.yaml");
    private static final Path MM1 = Path.of("..", "scenarios", "validation", "mm1.yaml");
    private static final Path SMETS1 = Path.of("..", "scenarios", "smets1-migration-pacing.yaml");
    private static final Pattern EVENTS = Pattern.compile("(\\d+) events in ");
    private static final double FACTOR = 2;

    @TempDir
    Path tmp;

    private static String[] args(String command, Path file, String... more) {
        List<String> all = new ArrayList<>(List.of(command, file.toString()));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    /** The estimate of {@code file} with {@code sets}, as {@code explain --format json} prints it. */
    private static JsonNode estimate(Path file, String... sets) throws IOException {
        Outcome o = BadScenarioTest.cli(args("explain", file, with(sets, "--format", "json")));
        assertEquals(0, o.status(), o.err());
        return new ObjectMapper().readTree(o.out()).path("estimate");
    }

    private static String[] with(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }

    /** Runs {@code file} with {@code sets} into a fresh folder; its summary and its events. */
    private record Measured(JsonNode summary, long events) {
    }

    private Measured run(Path file, String... sets) throws IOException {
        Path out = Files.createTempDirectory(tmp, "run");
        Outcome o = BadScenarioTest.cli(args("run", file, with(sets, "--out", out.toString(), "--no-progress")));
        assertEquals(0, o.status(), o.err());
        Matcher m = EVENTS.matcher(o.out());
        assertTrue(m.find(), o.out());
        return new Measured(new ObjectMapper().readTree(out.resolve("summary.json").toFile()), Long.parseLong(m.group(1)));
    }

    private static void assertWithinFactor(double measured, double estimated, String what) {
        assertTrue(estimated >= measured / FACTOR && estimated <= measured * FACTOR,
                what + ": estimated " + estimated + ", measured " + measured + "; allowed: within a factor of " + FACTOR);
    }

    @Test
    void shouldEstimateTheEventsOfTheQuickstartWithinAFactorOfTwo() throws IOException {
        String[] sets = {"--set", "population.scale=0.1"};
        assertWithinFactor(run(QUICKSTART, sets).events(), estimate(QUICKSTART, sets).path("events").asDouble(), "events");
    }

    @Test
    void shouldEstimateTheAlertsHeldByOverloadedLanesWithinAFactorOfTwo() throws IOException {
        String[] sets = {"--set", "population.scale=0.02", "--set", "dsp.lanes=1"};
        Measured m = run(GB_2020_01, sets);
        JsonNode e = estimate(GB_2020_01, sets);
        long held = m.summary().path("alerts").path("inFlightAtEnd").asLong();
        assertTrue(held > 100_000, "the case is overloaded: " + held);
        assertWithinFactor(held, e.path("messagesHeldAtPeak").asDouble(), "alerts held at the horizon");
        assertWithinFactor(m.events(), e.path("events").asDouble(), "events");
        assertTrue(e.path("heap").get(0).path("field").asText().contains("against dsp.lanes"), e.toString());
    }

    @Test
    void shouldHoldSmets1AlertsAtAnOverloadedS1spAndNotAtAnUplink() throws IOException {
        // wave 1 alone for 10 days: about 14,000 installations by the end, 0.38 alerts/s against an S1SP serving 0.2/s
        String[] sets = {"--set", "duration=10d", "--set", "events[1].at=9d", "--set", "events[1].total=1", "--set", "network.smets1.servers=1",
            "--set", "network.smets1.alertService=exponential(5s)", "--set", "network.testCommandsPerHubPerMonth=0"};
        Measured m = run(SMETS1, sets);
        JsonNode e = estimate(SMETS1, sets);
        long held = m.summary().path("alerts").path("inFlightAtEnd").asLong();
        assertTrue(held > 1_000, "the S1SP is overloaded: " + held);
        assertWithinFactor(held, e.path("messagesHeldAtPeak").asDouble(), "SMETS1 alerts held at the horizon");
        boolean atS1sp = false;
        for (JsonNode part : e.path("heap")) {
            atS1sp |= part.path("field").asText().equals("network.smets1.servers");
        }
        assertTrue(atS1sp, "the queue is the S1SP's: " + e);
    }

    @Test
    void shouldEstimateAnOverloadedQueueOfANetworkScenarioWithinAFactorOfTwo() throws IOException {
        String[] sets = {"--set", "replications=1", "--set", "stations[1].service=exponential(2s)"};
        Measured m = run(MM1, sets);
        JsonNode e = estimate(MM1, sets);
        long held = m.summary().path("ledger").path("customers").path("inFlightAtEnd").asLong();
        assertWithinFactor(held, e.path("messagesHeldAtPeak").asDouble(), "customers held");
        assertWithinFactor(m.events(), e.path("events").asDouble(), "events");
        String[] normal = {"--set", "replications=1"};
        assertWithinFactor(run(MM1, normal).events(), estimate(MM1, normal).path("events").asDouble(), "events at rho 0.7");
    }

    @Test
    void shouldRefuseARunThatCannotFitTheHeapBeforeBuildingIt() {
        Path out = tmp.resolve("out");
        Outcome o = BadScenarioTest.cli("run", QUICKSTART.toString(), "--set", "population.regions.N=50000000", "--out", out.toString(), "--no-progress");
        assertEquals(Main.BAD_INPUT, o.status(), o.err());
        assertTrue(o.err().contains("of heap") && o.err().contains("driven by ") && o.err().contains("--force"), o.err());
        assertFalse(o.err().contains("Exception"), o.err());
        assertFalse(Files.exists(out), "nothing is written");
        Outcome sweep = BadScenarioTest.cli("sweep", QUICKSTART.toString(), "--set", "population.regions.N=50000000", "--param", "dsp.lanes=2,3",
                "--out", out.toString());
        assertEquals(Main.BAD_INPUT, sweep.status(), sweep.err());
        assertTrue(sweep.err().contains("of heap"), sweep.err());
    }

    /**
     * A GB run estimated to hold more messages at once than the message store's records can
     * ({@code Messages.MAX_LIVE}) is refused even on a JVM with heap enough for it, naming the field;
     * one well under the store runs on the same JVM.
     */
    @Test
    void shouldRefuseARunBeyondTheMessageStoreWhateverTheHeap() throws Exception {
        java.io.StringWriter text = new java.io.StringWriter();
        java.io.PrintWriter err = new java.io.PrintWriter(text);
        org.stormsim.scenario.Scenario huge = org.stormsim.scenario.ScenarioLoader.load(QUICKSTART, List.of("population.regions.N=50000000"));
        assertTrue(org.stormsim.plan.Cost.of(huge, 0).inFlight() > org.stormsim.dcc.Messages.MAX_LIVE, "the case is beyond the store");
        assertFalse(CommandChecks.fits("q.yaml", List.of(huge), 0, 1, false, tmp, err, Long.MAX_VALUE));
        err.flush();
        assertTrue(text.toString().contains("more than the model's message store holds (67,108,864, whatever the heap)")
                && text.toString().contains("driven by network.regions.N.uplinkChannels") && text.toString().contains("--force"), text.toString());
        org.stormsim.scenario.Scenario normal = org.stormsim.scenario.ScenarioLoader.load(QUICKSTART, List.of());
        assertTrue(CommandChecks.fits("q.yaml", List.of(normal), 0, 1, false, tmp, err, Long.MAX_VALUE));
        assertTrue(CommandChecks.fits("q.yaml", List.of(huge), 0, 1, true, tmp, err, Long.MAX_VALUE), "--force runs it anyway");
    }

    @Test
    void shouldRefuseARunEstimatedAtMoreThanADay() {
        Path out = tmp.resolve("out");
        Outcome o = BadScenarioTest.cli("run", QUICKSTART.toString(), "--set", "duration=100000d", "--out", out.toString(), "--no-progress");
        assertEquals(Main.BAD_INPUT, o.status(), o.err());
        assertTrue(o.err().contains("of wall time") && o.err().contains("allowed without --force: at most 24.0 h"), o.err());
        assertFalse(Files.exists(out), "nothing is written");
    }

    @Test
    void shouldPrintTheEstimateInValidateAndExplain() {
        Outcome v = BadScenarioTest.cli("validate", QUICKSTART.toString());
        assertEquals(0, v.status(), v.err());
        assertTrue(v.out().contains("estimate: ") && v.out().contains("event(s) a replication; heap "), v.out());
        Outcome e = BadScenarioTest.cli("explain", QUICKSTART.toString());
        assertTrue(e.out().contains("estimate: "), e.out());
    }

    static Stream<Arguments> oversized() throws IOException, URISyntaxException {
        List<Arguments> cases = new ArrayList<>();
        for (String line : Files.readAllLines(oversizedFolder().resolve("expected-refusals.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.split(" \\| ");
                cases.add(Arguments.of(parts[0], List.of(parts).subList(1, parts.length)));
            }
        }
        return cases.stream();
    }

    private static Path oversizedFolder() throws URISyntaxException {
        return Path.of(CostModelTest.class.getResource("/oversized-scenarios/expected-refusals.txt").toURI()).getParent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oversized")
    void shouldRefuseTheOversizedScenarioBeforeRunningItAndValidateShouldPrintItsEstimate(String name, List<String> fragments) throws Exception {
        Path file = oversizedFolder().resolve(name);
        Path out = tmp.resolve("out");
        Outcome run = BadScenarioTest.cli("run", file.toString(), "--out", out.toString(), "--no-progress");
        assertEquals(Main.BAD_INPUT, run.status(), run.out() + run.err());
        for (String f : fragments) {
            assertTrue(run.err().contains(f), "missing \"" + f + "\" in:\n" + run.err());
        }
        assertTrue(run.err().startsWith(file + ": "), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(Files.exists(out), "nothing is written");
        Outcome validate = BadScenarioTest.cli("validate", file.toString());
        assertEquals(0, validate.status(), validate.err());
        assertTrue(validate.out().contains("estimate: "), validate.out());
    }

    @Test
    void shouldHaveAnExpectationForEveryOversizedScenario() throws Exception {
        try (Stream<Path> files = Files.list(oversizedFolder())) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
            assertEquals(names, oversized().map(a -> (String) a.get()[0]).sorted().toList());
            assertTrue(names.size() >= 7, names.toString());
        }
    }

    @Test
    void shouldChooseTheIntervalFromTheHorizon() {
        long s = 1_000_000L;
        assertEquals(60 * s, RunCommand.autoInterval(86_400 * s), "a day: a minute");
        assertEquals(60 * s, RunCommand.autoInterval(3_600 * s), "an hour: the floor of a minute");
        assertEquals(30 * 60 * s, RunCommand.autoInterval(30 * 86_400 * s), "30 days: 30 minutes");
        assertEquals(7 * 3_600 * s, RunCommand.autoInterval(365 * 86_400 * s), "a year: 7 hours");
        long tenThousandDays = 10_000 * 86_400 * s;
        assertTrue(tenThousandDays / RunCommand.autoInterval(tenThousandDays) <= RunCommand.AUTO_INTERVALS);
    }
}
