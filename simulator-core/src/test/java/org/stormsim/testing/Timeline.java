package org.stormsim.testing;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.stormsim.catalogue.AlertCatalogue;
import org.stormsim.catalogue.ServiceRequestCatalogue;
import org.stormsim.dcc.DccModel;
import org.stormsim.dcc.DccOutcome;
import org.stormsim.dcc.DccReplication;
import org.stormsim.dcc.StageStats;
import org.stormsim.metrics.OutcomeBatch;
import org.stormsim.metrics.OutcomeConsumer;
import org.stormsim.scenario.DccScenario;
import org.stormsim.scenario.InvalidScenarioException;
import org.stormsim.scenario.ScenarioLoader;

/**
 * Every outcome record of one replication of a GB scenario, in publication order, and the model
 * that wrote them: run through {@link DccReplication} itself (its records also go here), so tests
 * see exactly what {@code stormsim run} does. Also the scenario look-ups the GB-model and
 * traffic-management tests share. Test threads only.
 */
public final class Timeline implements OutcomeConsumer {
    /** One outcome record of the GB model (see {@link DccOutcome} for the fields). */
    public record Outcome(int kind, int subject, int attribute, long t0, long t1, long t2) {
        public int region() {
            return DccOutcome.region(attribute);
        }

        public int user() {
            return DccOutcome.user(attribute);
        }

        public int category() {
            return DccOutcome.category(attribute);
        }

        /** One record per alert that ended its way to the DSP's hand-off: suppressed, lost, or its first delivery handed over. */
        public boolean isAlert() {
            return kind == DccOutcome.ALERT_SUPPRESSED || kind == DccOutcome.ALERT_LOST || handedOver();
        }

        /** An alert's first delivery handed to its User (one record per alert handed over). */
        public boolean handedOver() {
            return kind == DccOutcome.DELIVERY_HANDED_OVER && DccOutcome.delivery(attribute) == 0;
        }

        /** The delivery number of an alert record (0: the alert's first User). */
        public int delivery() {
            return DccOutcome.delivery(attribute);
        }

        /** The alert code (alert outcomes). */
        public String code() {
            return AlertCatalogue.get().at(subject).code();
        }

        /** The DUIS variant (Service Request outcomes). */
        public String variant() {
            return ServiceRequestCatalogue.get().at(subject).variant();
        }
    }

    public final List<Outcome> outcomes = new ArrayList<>();
    public DccModel model;
    public DccScenario scenario;
    public long end;

    /** Runs replication 0 of {@code scenario} (with its replay trace, if any), keeping every outcome. */
    public static Timeline of(DccScenario scenario) {
        Timeline t = new Timeline();
        DccReplication replication = new DccReplication(scenario, 0, List.of(t));
        replication.run();
        t.model = replication.model();
        t.scenario = scenario;
        t.end = replication.kernel().now();
        return t;
    }

    @Override
    public void onBatch(OutcomeBatch b) {
        for (int i = 0; i < b.size(); i++) {
            outcomes.add(new Outcome(b.kind(i), b.subject(i), b.attribute(i), b.t0(i), b.t1(i), b.t2(i)));
        }
    }

    public List<Outcome> where(Predicate<Outcome> p) {
        return outcomes.stream().filter(p).toList();
    }

    public long count(Predicate<Outcome> p) {
        return outcomes.stream().filter(p).count();
    }

    public long count(int kind) {
        return count(o -> o.kind() == kind);
    }

    /** The index of User {@code id} in the scenario. */
    public int user(String id) {
        for (int u = 0; u < scenario.users().size(); u++) {
            if (scenario.users().get(u).id().equals(id)) {
                return u;
            }
        }
        throw new IllegalArgumentException("no user " + id);
    }

    public StageStats stage(String id) {
        return model.stageReport(end).all().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no stage " + id));
    }

    /** The test resource {@code folder/name}. */
    public static Path resource(String folder, String name) {
        URL url = Timeline.class.getResource("/" + folder + "/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test fixture " + folder + "/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The shipped scenario {@code name} under {@code scenarios/}, found from the working directory upwards. */
    public static Path shipped(String name) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("scenarios").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no scenarios/" + name + " above " + Path.of("").toAbsolutePath());
    }

    /** The {@code kind: dcc} scenario at {@code file} with {@code path=value} overrides (as --set gives them). */
    public static DccScenario load(Path file, String... overrides) {
        try {
            return (DccScenario) ScenarioLoader.load(file, List.of(overrides));
        } catch (InvalidScenarioException e) {
            throw new IllegalStateException(file + " does not load: " + e.getMessage(), e);
        }
    }
}
