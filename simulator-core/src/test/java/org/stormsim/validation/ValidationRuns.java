package org.stormsim.validation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stormsim.scenario.InvalidScenarioException;
import org.stormsim.scenario.NetworkScenario;
import org.stormsim.scenario.ScenarioLoader;
import org.stormsim.scenario.StationSpec;
import org.stormsim.testing.NetworkRun;

/**
 * Loads the scenario files of {@code scenarios/validation/} and runs each one once per test JVM,
 * so that the theory checks and the conservation check of a case share one run. Station
 * parameters are read back from the parsed scenario in seconds and per second, so that every
 * theoretical value is computed from the file the simulator ran. Test threads only; the cache is
 * synchronised.
 */
final class ValidationRuns {
    /** Kernel threads per run: the replications run two at a time on this 2-core machine. */
    static final int THREADS = 2;

    /**
     * The fewest customers a validation replication may generate. A replication whose outcome
     * records all fit in the metrics ring (256 batches of 1,024) can finish before the consumer
     * threads start, and Disruptor's shutdown then halts them unstarted, so the run loses every
     * record and fails its ledger check (see docs/validation.md, "Known defect"). Each customer
     * writes at least one record, so 300,000 customers overflow the ring and the producer waits
     * for the consumers to start.
     */
    static final double MIN_CUSTOMERS_PER_REPLICATION = 300_000;

    private static final Map<String, NetworkRun> RESULTS = new HashMap<>();

    private ValidationRuns() {
    }

    /** The folder holding the validation scenarios, found from the working directory upwards. */
    static Path directory() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("scenarios").resolve("validation");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no scenarios/validation folder above " + Path.of("").toAbsolutePath());
    }

    /** The scenario file {@code name}.yaml, parsed, with {@code path=value} overrides applied. */
    static NetworkScenario load(String name, String... overrides) {
        try {
            return (NetworkScenario) ScenarioLoader.load(directory().resolve(name + ".yaml"), List.of(overrides));
        } catch (InvalidScenarioException e) {
            throw new IllegalStateException("validation scenario " + name + " does not load: " + e.getMessage(), e);
        }
    }

    /** The result of running {@code name}.yaml as written, computed on first use. */
    static synchronized NetworkRun result(String name) {
        return RESULTS.computeIfAbsent(name, n -> run(load(n), THREADS));
    }

    static NetworkRun run(NetworkScenario scenario, int threads) {
        double customers = scenario.duration().micros() / 1e6 * totalArrivalRate(scenario);
        if (customers < MIN_CUSTOMERS_PER_REPLICATION) {
            throw new IllegalStateException(scenario.name() + ": about " + Math.round(customers) + " customers per replication, fewer than "
                    + Math.round(MIN_CUSTOMERS_PER_REPLICATION) + "; lengthen the duration (see MIN_CUSTOMERS_PER_REPLICATION)");
        }
        return NetworkRun.of(scenario, threads);
    }

    /** The spec of station {@code id}, of the expected type. */
    static <T extends StationSpec> T station(NetworkScenario scenario, String id, Class<T> type) {
        Integer i = scenario.indexById().get(id);
        if (i == null) {
            throw new IllegalArgumentException("no station " + id + " in " + scenario.name());
        }
        return type.cast(scenario.stations().get(i));
    }

    /** The Poisson arrival rate of source {@code id}, per second. */
    static double arrivalRate(NetworkScenario scenario, String id) {
        StationSpec.Source s = station(scenario, id, StationSpec.Source.class);
        return s.rate() != null ? s.rate().perSecond() : 1e6 / s.interarrival().mean();
    }

    /** The sum of the sources' arrival rates, per second. */
    static double totalArrivalRate(NetworkScenario scenario) {
        return scenario.stations().stream().filter(st -> st instanceof StationSpec.Source)
                .mapToDouble(st -> arrivalRate(scenario, st.id())).sum();
    }

    /** The mean service time of queue {@code id}, seconds. */
    static double meanService(NetworkScenario scenario, String id) {
        return station(scenario, id, StationSpec.Queue.class).service().mean() / 1e6;
    }

    /** The second moment of the service time of queue {@code id}, seconds squared. */
    static double serviceSecondMoment(NetworkScenario scenario, String id) {
        return station(scenario, id, StationSpec.Queue.class).service().secondMoment() / 1e12;
    }

    /** The weight of the branch from {@code from} to {@code to}. */
    static double routeWeight(NetworkScenario scenario, String from, String to) {
        Integer i = scenario.indexById().get(from);
        return scenario.stations().get(i).to().targets().stream()
                .filter(t -> t.to().equals(to)).mapToDouble(t -> t.weight()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no route " + from + " -> " + to));
    }
}
