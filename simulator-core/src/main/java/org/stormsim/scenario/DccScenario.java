package org.stormsim.scenario;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code kind: dcc} scenario: the GB smart metering network. Devices and Communications Hubs per
 * region in cohorts ({@code population}), the WAN and CSPs ({@code network}), the DSP and its
 * motorway lanes ({@code dsp}), the Users and their Service Requests ({@code users}), Service Level
 * targets ({@code sla}), storm events ({@code events}), trace replay ({@code replay}) and traffic
 * management ({@code throttling}). Every default is in docs/model.md with its source tag.
 */
@Doc("The GB smart metering network (kind: dcc)")
public record DccScenario(
        @Doc("the scenario kind: dcc") String kind,
        @Doc("a short name for the scenario") String name,
        @Default("1") @Doc("the run seed: same seed, same results") long seed,
        @Doc("simulated horizon, e.g. 1d") SimDuration duration,
        @Default(value = "2020-01-01", source = "A")
        @Doc("the calendar date whose midnight is simulated time 0: days and calendar months (the Service Levels' measurement period) "
                + "are counted from it") CalendarDate start,
        @Default("0s") @Doc("statistics start after this simulated time, or auto (detected by MSER-5)") Warmup warmup,
        @Default("1") @Range(min = 1, max = NetworkScenario.MAX_REPLICATIONS) @Doc("independent replications") int replications,
        @Doc("Communications Hubs per region and their cohorts") DccPopulation population,
        @Default("{}") @Doc("the WAN per region, HAN and device latencies") DccNetwork network,
        @Default("{}") @Doc("the Data Service Provider: ingest, motorway lanes, SR processing") DccDsp dsp,
        @Doc("the DCC Users: Suppliers, Network Operators, Other Users") List<DccUser> users,
        @Default("{}") @Doc("Target Response Times (each more than zero) and Service Levels") DccSla sla,
        @Default("[]") @Doc("storm events at given times") List<DccEvent> events,
        @Optional @Doc("a CSV of observed alert volumes replayed as arrivals") DccReplay replay,
        @Default("{}") @Doc("SECMP0062 alert storm protection and SECMP0067 SR traffic management") DccThrottling throttling)
        implements Scenario, Validated, java.io.Serializable {

    /** The three CSP regions: N (CSP North), C and S (CSP Central and South). */
    public static final List<String> REGIONS = List.of("N", "C", "S");

    @Override
    public void validate(Validation v) {
        v.check(!name.isBlank(), "name", "allowed: a non-empty name");
        v.check(duration.micros() > 0, "duration", "the simulated horizon must be more than zero");
        v.check(warmup.auto() || warmup.micros() < duration.micros(), "warmup", "the warm-up must end before the horizon (" + duration + ")");
        Set<String> userIds = new HashSet<>();
        for (int i = 0; i < users.size(); i++) {
            if (!userIds.add(users.get(i).id())) {
                v.problem("users[" + i + "].id", "user id '" + users.get(i).id() + "' is used twice; ids must be unique");
            }
        }
        v.check(!users.isEmpty(), "users", "a dcc scenario needs at least one User");
        Set<String> cohortIds = new HashSet<>();
        List<DccPopulation.Cohort> cohorts = population.cohorts();
        for (int i = 0; i < cohorts.size(); i++) {
            DccPopulation.Cohort c = cohorts.get(i);
            String at = "population.cohorts[" + i + "]";
            if (!cohortIds.add(c.id())) {
                v.problem(at + ".id", "cohort id '" + c.id() + "' is used twice; ids must be unique");
            }
            checkUser(v, userIds, at + ".supplier", c.supplier());
            checkUser(v, userIds, at + ".networkOperator", c.networkOperator());
        }
        for (int i = 0; i < events.size(); i++) {
            events.get(i).check(v, "events[" + i + "]", this, cohortIds, userIds);
        }
        checkRegionShares(v);
    }

    private static void checkUser(Validation v, Set<String> userIds, String path, String id) {
        if (id != null && !userIds.contains(id)) {
            v.problem(path, "no User has id '" + id + "'" + Suggest.didYouMean(id, userIds) + "; allowed: " + String.join(", ", userIds));
        }
    }

    private void checkRegionShares(Validation v) {
        for (String r : REGIONS) {
            double sum = 0;
            for (DccPopulation.Cohort c : population.cohorts()) {
                if (c.inRegion(r)) {
                    sum += c.share();
                }
            }
            v.check(sum <= 1.0 + 1e-9, "population.cohorts", "the shares of the cohorts in region " + r + " add up to "
                    + sum + "; they must add up to at most 1");
        }
    }

    /** Whether a SMETS1 wave (a migration event) is among the events: the model then has the SMETS1 path. */
    public boolean hasMigrations() {
        return events.stream().anyMatch(e -> e instanceof DccEvent.Migration);
    }

    /** The same scenario with SECMP0067 off: the counterfactual a run with it on is compared with. */
    public DccScenario withoutRequestThrottling() {
        DccThrottling.ServiceRequestTrafficManagement off = throttling.serviceRequestTrafficManagement().withEnabled(false);
        return new DccScenario(kind, name, seed, duration, start, warmup, replications, population, network, dsp, users, sla, events, replay,
                new DccThrottling(throttling.alertStormProtection(), off));
    }

    @Override
    public String outline() {
        return users.size() + " User(s)";
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
        return visitor.dcc(this);
    }

    @Override
    public DccScenario withFilesRead(Path scenarioFile, Location namedAt) throws InvalidScenarioException {
        return replay == null ? this : withReplayTrace(Trace.of(this, scenarioFile, namedAt));
    }

    /** The same scenario with a resolved warm-up (for {@code warmup: auto}). */
    @Override
    public DccScenario withWarmup(SimDuration resolved) {
        return new DccScenario(kind, name, seed, duration, start, Warmup.of(resolved), replications, population, network, dsp, users, sla,
                events, replay, throttling);
    }

    /** The same scenario with its replay trace read (the loader's last step). */
    public DccScenario withReplayTrace(Trace trace) {
        return new DccScenario(kind, name, seed, duration, start, warmup, replications, population, network, dsp, users, sla, events,
                replay.withTrace(trace), throttling);
    }

    /** The same scenario with another number of replications. */
    @Override
    public DccScenario withReplications(int n) {
        return new DccScenario(kind, name, seed, duration, start, warmup, n, population, network, dsp, users, sla, events, replay, throttling);
    }

    public DccUser user(String id) {
        for (DccUser u : users) {
            if (u.id().equals(id)) {
                return u;
            }
        }
        return null;
    }

    /** The hubs of every region, as a map N, C, S to counts. */
    public Map<String, Long> hubsByRegion() {
        return population.regions();
    }
}
