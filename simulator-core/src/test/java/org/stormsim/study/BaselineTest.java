package org.stormsim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stormsim.report.AtomicFiles;
import org.stormsim.scenario.InvalidScenarioException;
import org.stormsim.scenario.ScenarioLoader;
import org.stormsim.summary.SummaryJson;

/**
 * The committed baselines ({@code results/baselines/}): every shipped scenario is listed in the
 * manifest; every stored summary matches its own fingerprint (so a hand edit fails); and a rerun at
 * the manifest's scale, seed and replications gives the same summary, figure for figure (the
 * simulation is deterministic, so the comparison is exact; only {@code run} may differ). On a
 * difference the failure prints the table {@code stormsim compare} would. Regenerate deliberately
 * with {@code -Dstormsim.updateBaselines=true}: docs/baselines.md.
 */
class BaselineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final boolean UPDATE = Boolean.getBoolean("stormsim.updateBaselines");
    private static final Path ROOT = repositoryRoot();
    private static final Path BASELINES = ROOT.resolve("results").resolve("baselines");

    static List<BaselineManifest.Entry> entries() throws IOException {
        return BaselineManifest.read(BASELINES.resolve(BaselineManifest.FILE)).entries();
    }

    @Test
    void shouldHaveABaselineForEveryShippedScenarioAndNoOther() throws IOException {
        Set<String> shipped;
        try (Stream<Path> files = Files.list(ROOT.resolve("scenarios"))) {
            shipped = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> listed = entries().stream().map(BaselineManifest.Entry::scenario).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(shipped, listed, "results/baselines/baselines.yaml must list every scenarios/*.yaml, once");
        Set<String> stored;
        try (Stream<Path> dirs = Files.list(BASELINES)) {
            stored = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> names = entries().stream().map(BaselineManifest.Entry::name).collect(Collectors.toCollection(TreeSet::new));
        if (!UPDATE) {
            assertEquals(names, stored, "results/baselines/ must hold one folder per listed baseline, and no other");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void shouldReproduceTheCommittedBaseline(BaselineManifest.Entry entry) throws IOException, InvalidScenarioException {
        Path file = BASELINES.resolve(entry.name()).resolve("summary.json");
        Path scenario = ROOT.resolve("scenarios").resolve(entry.scenario());
        ObjectNode run = Baselines.summary(ScenarioLoader.load(scenario, entry.overrides()), Runtime.getRuntime().availableProcessors());
        String text = SummaryJson.toJson(run); // stamps the rerun's fingerprint
        JsonNode rerun = JSON.readTree(text); // compared as stormsim compare would: both read from text
        JsonNode stored = Files.exists(file) ? JSON.readTree(file.toFile()) : null;
        if (UPDATE) {
            boolean same = stored != null && rerun.path(SummaryJson.FINGERPRINT).equals(stored.path(SummaryJson.FINGERPRINT))
                    && SummaryJson.fingerprint(stored).equals(stored.path(SummaryJson.FINGERPRINT).asText());
            if (!same) { // unchanged baselines are left as they are, their run section (commit, wall time) too
                AtomicFiles.write(file, text);
            }
            return;
        }
        assertTrue(stored != null, file + " is missing: regenerate with -Dstormsim.updateBaselines=true (docs/baselines.md)");
        String own = SummaryJson.fingerprint(stored);
        assertEquals(own, stored.path(SummaryJson.FINGERPRINT).asText(), file + " does not match its own fingerprint: it was edited by hand. "
                + "Regenerate it instead (docs/baselines.md)");
        SummaryComparison.Result r = SummaryComparison.compare(stored, rerun, Tolerance.EXACT);
        if (!r.withinTolerance() || !r.warnings().isEmpty() || r.count(SummaryComparison.Verdict.ADDED) > 0) {
            fail("a rerun of " + entry.scenario() + " (" + String.join(", ", entry.overrides()) + ") differs from " + file + ":\n"
                    + String.join("\n", r.warnings()) + "\n" + ComparisonReport.table(r)
                    + "If the change is intended, regenerate with -Dstormsim.updateBaselines=true and review the diff (docs/baselines.md).");
        }
        assertEquals(stored.path(SummaryJson.FINGERPRINT), rerun.path(SummaryJson.FINGERPRINT), "the rerun's fingerprint");
    }

    /** The folder holding {@code results/baselines}, found from the working directory upwards. */
    private static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("results").resolve("baselines")) && Files.isDirectory(p.resolve("scenarios"))) {
                return p;
            }
        }
        throw new IllegalStateException("no results/baselines above " + Path.of("").toAbsolutePath());
    }
}
