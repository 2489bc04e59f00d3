package org.stormsim.throttle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stormsim.dcc.AlertCatalogue;
import org.stormsim.dcc.DccModel;
import org.stormsim.dcc.DccOutcome;
import org.stormsim.dcc.ServiceRequestCatalogue;
import org.stormsim.experiment.DccExperiment;
import org.stormsim.experiment.DccReplication;
import org.stormsim.metrics.OutcomeBatch;
import org.stormsim.metrics.OutcomeConsumer;
import org.stormsim.report.DccSummary;
import org.stormsim.scenario.DccScenario;
import org.stormsim.scenario.InvalidScenarioException;
import org.stormsim.scenario.ScenarioLoader;

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
        URL url = ThrottleRuns.class.getResource("/throttle/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test fixture throttle/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The shipped scenario {@code name} under {@code scenarios/}, found from the working directory upwards. */
    static Path shipped(String name) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("scenarios").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no scenarios/" + name + " above " + Path.of("").toAbsolutePath());
    }

    static DccScenario load(Path file, String... overrides) {
        try {
            return (DccScenario) ScenarioLoader.load(file, List.of(overrides));
        } catch (InvalidScenarioException e) {
            throw new IllegalStateException(file + " does not load: " + e.getMessage(), e);
        }
    }

    /** The fixture {@code name} with {@code path=value} overrides (as --set gives them). */
    static DccScenario scenario(String name, String... overrides) {
        return load(fixture(name), overrides);
    }

    /** The summary.json tree of a one-thread run (without the second, unthrottled run). */
    static ObjectNode summary(DccScenario scenario) {
        return DccSummary.build(new DccExperiment(scenario, null, 1).run());
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
        Timeline t = new Timeline();
        DccReplication replication = new DccReplication(scenario, null, 0, List.of(t));
        replication.run();
        t.model = replication.model();
        t.end = t.model.kernel().now();
        return t;
    }

    /** One outcome record of the GB model (see {@link DccOutcome} for the fields). */
    record Outcome(int kind, int subject, int attribute, long t0, long t1, long t2) {
        int user() {
            return DccOutcome.user(attribute);
        }

        boolean isAlert() {
            return kind >= DccOutcome.ALERT_DELIVERED && kind <= DccOutcome.ALERT_LOST;
        }

        /** The alert code (alert outcomes). */
        String code() {
            return AlertCatalogue.get().at(subject).code();
        }

        /** The DUIS variant (Service Request outcomes). */
        String variant() {
            return ServiceRequestCatalogue.get().at(subject).variant();
        }
    }

    /** Every outcome record of one replication, in publication order, and the model that wrote them. */
    static final class Timeline implements OutcomeConsumer {
        final List<Outcome> outcomes = new ArrayList<>();
        DccModel model;
        long end;

        @Override
        public void onBatch(OutcomeBatch b) {
            for (int i = 0; i < b.size(); i++) {
                outcomes.add(new Outcome(b.kind(i), b.subject(i), b.attribute(i), b.t0(i), b.t1(i), b.t2(i)));
            }
        }

        int user(String id) {
            for (int u = 0; u < model.scenario().users().size(); u++) {
                if (model.scenario().users().get(u).id().equals(id)) {
                    return u;
                }
            }
            throw new IllegalArgumentException("no user " + id);
        }

        long count(int kind) {
            return outcomes.stream().filter(o -> o.kind() == kind).count();
        }
    }
}
