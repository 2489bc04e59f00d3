package org.stormsim.throttle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.stormsim.scenario.DccScenario;
import org.stormsim.testing.DccRun;
import org.stormsim.testing.Timeline;

/**
 * Runs the traffic-management fixtures of {@code src/test/resources/throttle/} (and the shipped
 * scenarios) two ways: as {@code stormsim run} does, giving the summary.json tree, and as one
 * replication whose every outcome record is kept in publication order ({@link Timeline}), for tests
 * that replay what the gates saw against a simple oracle. No fixture here uses a replay trace.
 * Test threads only.
 */
final class ThrottleRuns {
    static final long SECOND = 1_000_000L;
    static final long HOUR = 3600 * SECOND;

    private ThrottleRuns() {
    }

    static Path fixture(String name) {
        return Timeline.resource("throttle", name);
    }

    /** The shipped scenario {@code name} under {@code scenarios/}, found from the working directory upwards. */
    static Path shipped(String name) {
        return Timeline.shipped(name);
    }

    static DccScenario load(Path file, String... overrides) {
        return Timeline.load(file, overrides);
    }

    /** The fixture {@code name} with {@code path=value} overrides (as --set gives them). */
    static DccScenario scenario(String name, String... overrides) {
        return load(fixture(name), overrides);
    }

    /** The summary.json tree of a one-thread run (without the second, unthrottled run). */
    static ObjectNode summary(DccScenario scenario) {
        return DccRun.of(scenario, 1).summary();
    }

    static long count(JsonNode summary, String pointer) {
        JsonNode n = summary.at(pointer);
        if (!n.isNumber()) {
            throw new IllegalArgumentException("summary has no number at " + pointer + ": " + n);
        }
        return n.asLong();
    }

    /** Runs replication 0 of {@code scenario}, keeping every outcome record. */
    static Timeline timeline(DccScenario scenario) {
        return Timeline.of(scenario);
    }
}
