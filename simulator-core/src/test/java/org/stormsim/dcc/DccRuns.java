package org.stormsim.dcc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.stormsim.scenario.DccScenario;
import org.stormsim.testing.DccRun;
import org.stormsim.testing.Timeline;
import org.stormsim.testing.Timeline.Outcome;

/**
 * Loads the GB-model test fixtures of {@code src/test/resources/dcc/} and the shipped scenarios of
 * {@code scenarios/}, and runs them two ways: through {@link DccRun} (what {@code stormsim
 * run} does, giving the summary.json tree) and, for tests that need to know when things happened,
 * as one replication whose every outcome record is kept ({@link Timeline}). Both ways use the same
 * named streams, so the same scenario gives the same outcomes either way. Test threads only.
 */
final class DccRuns {
    static final long SECOND = 1_000_000L;
    static final long MINUTE = 60 * SECOND;
    static final long HOUR = 60 * MINUTE;
    static final long DAY = 24 * HOUR;

    private DccRuns() {
    }

    /** The fixture {@code name} (e.g. {@code "base.yaml"}) under the test resources' {@code dcc/} folder. */
    static Path fixture(String name) {
        return Timeline.resource("dcc", name);
    }

    /** The shipped scenario {@code name} under {@code scenarios/}, found from the working directory upwards. */
    static Path shipped(String name) {
        return Timeline.shipped(name);
    }

    /** The {@code kind: dcc} scenario at {@code file} with {@code path=value} overrides (as --set gives them). */
    static DccScenario load(Path file, String... overrides) {
        return Timeline.load(file, overrides);
    }

    static DccScenario fixture(String name, String... overrides) {
        return load(fixture(name), overrides);
    }

    /** Runs every replication on {@code threads} kernel threads, as {@code stormsim run} does. */
    static DccRun run(DccScenario scenario, Path file, int threads) {
        return DccRun.of(scenario, threads);
    }

    /** The summary.json tree of a one-thread run. */
    static ObjectNode summary(DccScenario scenario, Path file) {
        return run(scenario, file, 1).summary();
    }

    /** The summary.json tree of a one-thread run of fixture {@code name} with overrides. */
    static ObjectNode summary(String name, String... overrides) {
        Path file = fixture(name);
        return summary(load(file, overrides), file);
    }

    static long count(JsonNode summary, String pointer) {
        JsonNode n = summary.at(pointer);
        if (!n.isNumber()) {
            throw new IllegalArgumentException("summary has no number at " + pointer + ": " + n);
        }
        return n.asLong();
    }

    static double number(JsonNode summary, String pointer) {
        JsonNode n = summary.at(pointer);
        if (!n.isNumber()) {
            throw new IllegalArgumentException("summary has no number at " + pointer + ": " + n);
        }
        return n.asDouble();
    }

    /** Alerts of {@code code} raised in the run (0 when the code never appeared). */
    static long generated(JsonNode summary, String code) {
        JsonNode n = summary.at("/alerts/byCode/" + code + "/generated");
        return n.isMissingNode() ? 0 : n.asLong();
    }

    /** Runs replication 0 of {@code scenario} keeping every outcome record, the way {@code DccReplication} runs it. */
    static Timeline timeline(DccScenario scenario, Path file) {
        return Timeline.of(scenario);
    }

    static Timeline timeline(String name, String... overrides) {
        Path file = fixture(name);
        return timeline(load(file, overrides), file);
    }

    /** Alert outcomes (delivered, suppressed, rejected, lost) of code {@code code}. */
    static Predicate<Outcome> alert(String code) {
        return o -> o.isAlert() && o.code().equals(code);
    }

    /** Whether {@code observed} is within {@code sigmas} Poisson standard deviations of {@code expected}. */
    static boolean withinPoisson(double expected, long observed, double sigmas) {
        return Math.abs(observed - expected) <= sigmas * Math.sqrt(Math.max(expected, 1));
    }

    static String poissonMessage(String what, double expected, long observed) {
        return what + ": expected " + Math.round(expected) + " +- 4 sd (" + Math.round(4 * Math.sqrt(Math.max(expected, 1)))
                + "), got " + observed;
    }
}
