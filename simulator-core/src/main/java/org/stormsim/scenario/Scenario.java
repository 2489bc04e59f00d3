package org.stormsim.scenario;

import java.nio.file.Path;

/**
 * A bound, validated scenario of either kind: the GB smart metering network ({@link DccScenario},
 * {@code kind: dcc}) or a generic queueing network ({@link NetworkScenario}, {@code kind: network}).
 * What every layer above needs whatever the kind is here; what only one kind has is reached through
 * {@link #accept}, so that no caller tells the kinds apart by testing types. Immutable records.
 */
public sealed interface Scenario permits DccScenario, NetworkScenario {
    /** The scenario kind as written in the file: {@code dcc} or {@code network}. */
    String kind();

    String name();

    /** The run seed: the same seed gives the same results. */
    long seed();

    /** The simulated horizon. */
    SimDuration duration();

    /** Statistics start after this, or {@code auto} (detected by MSER-5 on a pilot). */
    Warmup warmup();

    /** Independent replications. */
    int replications();

    /** What the scenario holds, in a few words for people: {@code 5 stations}, {@code 3 User(s)}. */
    String outline();

    /** The same scenario with a resolved warm-up (for {@code warmup: auto}). */
    Scenario withWarmup(SimDuration resolved);

    /** The same scenario with another number of replications. */
    Scenario withReplications(int n);

    /**
     * The same scenario with the files it names read (a dcc scenario's replay trace, relative to
     * {@code scenarioFile}); a file that cannot be read is reported at {@code namedAt}, where the
     * scenario named it.
     */
    Scenario withFilesRead(Path scenarioFile, Location namedAt) throws InvalidScenarioException;

    /** Hands this scenario, by its kind, to {@code visitor}. */
    <T> T accept(Visitor<T> visitor);

    /** This scenario if it is of {@code kind: dcc}, else null (for what only the GB model has, such as its motorway lanes). */
    default DccScenario asDcc() {
        return accept(new Visitor<>() {
            @Override
            public DccScenario dcc(DccScenario scenario) {
                return scenario;
            }

            @Override
            public DccScenario network(NetworkScenario scenario) {
                return null;
            }
        });
    }

    /** Something done differently for each kind of scenario. */
    interface Visitor<T> {
        T dcc(DccScenario scenario);

        T network(NetworkScenario scenario);
    }
}
