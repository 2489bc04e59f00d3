package org.stormsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stormsim.cli.BadScenarioTest.Outcome;
import org.stormsim.testing.Timeline;

/**
 * {@code stormsim compare}: exit 0 within tolerance, 1 on a figure beyond tolerance or missing, 2 on
 * bad input without a stack trace; fractional figures within {@code --rel} (2% by default), counts
 * exact unless a tolerance covers them; the {@code run} section ignored; different seeds, hashes or
 * replications warned of. Small hand-written summaries, so each case says exactly what moved.
 */
class CompareCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** A summary with one count and one fractional figure, and a run section. */
    private static String summary(long seed, long generated, String mean, String run) {
        return "{\"scenario\": {\"name\": \"t\", \"kind\": \"dcc\", \"seed\": " + seed + ", \"replications\": 1, \"hash\": \"abc\"},"
                + " \"status\": \"completed\", \"alerts\": {\"generated\": " + generated + ", \"latency\": {\"mean\": " + mean + ", \"p99\": 10.0}},"
                + " \"fingerprint\": \"f\", \"run\": " + run + "}";
    }

    private static String summary(long generated, String mean) {
        return summary(7, generated, mean, "{\"wallSeconds\": 1.5, \"threads\": 2, \"version\": \"0.1.0\", \"commit\": \"aaa\"}");
    }

    private Path file(String name, String content) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    private Outcome compare(String baseline, String current, String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("compare", file("baseline.json", baseline).toString(), file("current.json", current).toString()));
        args.addAll(List.of(options));
        return BadScenarioTest.cli(args.toArray(new String[0]));
    }

    @Test
    void shouldExitZeroWhenEveryFigureIsWithinTolerance() throws IOException {
        Outcome o = compare(summary(100, "1.0"), summary(100, "1.015"));
        assertEquals(Main.OK, o.status(), o.out() + o.err());
        assertTrue(o.out().contains("6 figures compared: 6 within tolerance, 0 beyond"), o.out());
        assertTrue(o.out().contains("within tolerance"), o.out());
    }

    @Test
    void shouldExitOneWhenAFractionalFigureMovesBeyondTheRelativeTolerance() throws IOException {
        Outcome o = compare(summary(100, "1.0"), summary(100, "1.03"));
        assertEquals(Main.REGRESSION, o.status(), o.out());
        assertTrue(o.out().lines().anyMatch(l -> l.startsWith("/alerts/latency/mean") && l.contains("BEYOND") && l.contains("+3.000%")), o.out());
        assertFalse(o.out().contains("/alerts/generated"), "only differences are listed: " + o.out());
        assertEquals(Main.OK, compare(summary(100, "1.0"), summary(100, "1.03"), "--rel", "0.05").status());
    }

    @Test
    void shouldRequireCountsToBeEqualUnlessAToleranceCoversThem() throws IOException {
        assertEquals(Main.REGRESSION, compare(summary(100, "1.0"), summary(101, "1.0")).status(), "a count is exact by default");
        assertEquals(Main.REGRESSION, compare(summary(100, "1.0"), summary(101, "1.0"), "--rel", "0.5").status(), "--rel is for fractions");
        assertEquals(Main.OK, compare(summary(100, "1.0"), summary(101, "1.0"), "--count-rel", "0.01").status());
        assertEquals(Main.OK, compare(summary(100, "1.0"), summary(101, "1.0"), "--abs", "/alerts/generated=1").status());
    }

    @Test
    void shouldLetAnAbsoluteToleranceReplaceTheRelativeOneForAPathAndWhatIsUnderIt() throws IOException {
        assertEquals(Main.OK, compare(summary(100, "1.0"), summary(100, "1.4"), "--abs", "/alerts/latency=0.5").status());
        assertEquals(Main.REGRESSION, compare(summary(100, "1.0"), summary(100, "1.4"), "--abs", "/alerts/latency=0.5",
                "--abs", "/alerts/latency/mean=0.1").status(), "the longest matching pointer wins");
        assertEquals(Main.REGRESSION, compare(summary(100, "1.0"), summary(100, "1.01"), "--abs", "/alerts/latency/mean=0").status(),
                "an absolute tolerance of 0 is exact");
    }

    @Test
    void shouldReportAMissingFigureAsARegressionAndANewOneAsNot() throws IOException {
        String without = summary(100, "1.0").replace(", \"p99\": 10.0", "");
        Outcome missing = compare(summary(100, "1.0"), without);
        assertEquals(Main.REGRESSION, missing.status());
        assertTrue(missing.out().lines().anyMatch(l -> l.startsWith("/alerts/latency/p99") && l.contains("MISSING")), missing.out());
        Outcome added = compare(without, summary(100, "1.0"));
        assertEquals(Main.OK, added.status(), added.out());
        assertTrue(added.out().contains("1 new in it"), added.out());
    }

    @Test
    void shouldIgnoreTheRunSectionTheVersionAndTheCommit() throws IOException {
        String other = summary(7, 100, "1.0", "{\"wallSeconds\": 99.0, \"threads\": 1, \"version\": \"9.9.9\", \"commit\": \"unknown\"}")
                .replace("\"fingerprint\": \"f\"", "\"fingerprint\": \"g\"");
        Outcome o = compare(summary(100, "1.0"), other, "--rel", "0");
        assertEquals(Main.OK, o.status(), o.out());
        assertFalse(o.out().contains("warning"), o.out());
    }

    @Test
    void shouldWarnWhenSeedsHashesOrReplicationsDifferAndCompareAllTheSame() throws IOException {
        String run = "{\"threads\": 1}";
        Outcome o = compare(summary(7, 100, "1.0", run), summary(8, 100, "1.5", run).replace("\"replications\": 1", "\"replications\": 2")
                .replace("\"hash\": \"abc\"", "\"hash\": \"def\""));
        assertEquals(Main.REGRESSION, o.status(), "the figures are still compared");
        assertTrue(o.out().contains("warning: the seeds differ (baseline 7, current 8)"), o.out());
        assertTrue(o.out().contains("warning: the scenario hashes differ"), o.out());
        assertTrue(o.out().contains("warning: the replication counts differ (baseline 1, current 2)"), o.out());
    }

    @Test
    void shouldExitTwoWithAClearMessageOnBadInput() throws IOException {
        Path good = file("good.json", summary(100, "1.0"));
        List<String[]> cases = List.of(
                new String[] {"compare", tmp.resolve("nowhere.json").toString(), good.toString()},
                new String[] {"compare", good.toString(), file("broken.json", "{\"scenario\": ").toString()},
                new String[] {"compare", file("other.json", "{\"rows\": [1, 2]}").toString(), good.toString()},
                new String[] {"compare", file("list.json", "[1, 2]").toString(), good.toString()},
                new String[] {"compare", good.toString(), tmp.toString()},
                new String[] {"compare", good.toString(), good.toString(), "--abs", "alerts=1"},
                new String[] {"compare", good.toString(), good.toString(), "--abs", "/alerts=lots"},
                new String[] {"compare", good.toString(), good.toString(), "--rel", "-1"},
                new String[] {"compare", good.toString()});
        List<String> expected = List.of("nowhere.json: no such file", "broken.json:1:", "not a stormsim summary.json",
                "not a JSON object", "a folder", "--abs alerts=1: allowed", "--abs /alerts=lots: allowed", "--rel -1.0", "CURRENT");
        for (int i = 0; i < cases.size(); i++) {
            Outcome o = BadScenarioTest.cli(cases.get(i));
            assertEquals(Main.BAD_INPUT, o.status(), String.join(" ", cases.get(i)) + ": " + o.out() + o.err());
            assertTrue(o.err().contains(expected.get(i)), "expected '" + expected.get(i) + "' in: " + o.err());
            assertFalse(o.err().contains("Exception") || o.err().contains("\tat "), "no stack trace: " + o.err());
        }
    }

    @Test
    void shouldWriteCompareJsonAtomicallyWhenAskedTo() throws IOException {
        Path out = tmp.resolve("cmp");
        Outcome o = compare(summary(100, "1.0"), summary(100, "1.1"), "--out", out.toString());
        assertEquals(Main.REGRESSION, o.status());
        JsonNode json = JSON.readTree(out.resolve("compare.json").toFile());
        assertEquals(1, json.path("counts").path("beyond").asInt());
        assertEquals("/alerts/latency/mean", json.path("differences").get(0).path("path").asText());
        assertEquals(0.1, json.path("differences").get(0).path("diff").asDouble(), 1e-9);
        assertFalse(json.path("withinTolerance").asBoolean());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("compare.json"), files.map(p -> p.getFileName().toString()).toList(), "no temporary file left");
        }
    }

    @Test
    void shouldFindARunAtTheManifestSettingsEqualToItsCommittedBaseline() {
        Path baseline = Timeline.shipped("quickstart.yaml").getParent().resolveSibling("results").resolve("baselines")
                .resolve("quickstart").resolve("summary.json");
        Path out = tmp.resolve("q");
        Outcome run = BadScenarioTest.cli("run", Timeline.shipped("quickstart.yaml").toString(), "--set", "population.scale=0.05",
                "--seed", "7", "--replications", "2", "--out", out.toString());
        assertEquals(Main.OK, run.status(), run.err());
        Outcome o = BadScenarioTest.cli("compare", baseline.toString(), out.resolve("summary.json").toString(), "--rel", "0");
        assertEquals(Main.OK, o.status(), "stormsim run gives what BaselineTest stored: " + o.out());
        assertFalse(o.out().contains("warning"), o.out());
    }

    @Test
    void shouldExplainItselfWithAnExample() {
        Outcome o = BadScenarioTest.cli("compare", "--help");
        assertEquals(Main.OK, o.status());
        assertTrue(o.out().contains("Examples:") && o.out().contains("stormsim compare ") && o.out().contains("--abs"), o.out());
        assertTrue(BadScenarioTest.cli("--help").out().contains("compare"), "listed among the commands");
    }
}
