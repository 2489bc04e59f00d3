package org.stormsim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stormsim.scenario.NetworkScenario;
import org.stormsim.testing.NetworkRun;

/**
 * Same scenario and seed, same results: every replication's record (station results, events,
 * ledger) is equal across two runs and across one and two kernel threads. The split case is used
 * because it draws from every kind of stream (interarrival, service, routing), with two
 * replications so that two threads really run side by side. A different seed, and a different
 * replication of one run, must give different results, or the equality would prove nothing.
 */
class DeterminismValidationTest {
    private static final String CASE = "split";
    private static final String TWO_REPLICATIONS = "replications=2";
    private static NetworkScenario scenario;
    private static NetworkRun oneThread;

    @BeforeAll
    static void runOnOneThread() {
        scenario = ValidationRuns.load(CASE, TWO_REPLICATIONS);
        oneThread = ValidationRuns.run(scenario, 1);
    }

    @Test
    void shouldGiveIdenticalResultsForSameSeedTwice() {
        assertEquals(oneThread.replications(), ValidationRuns.run(scenario, 1).replications());
    }

    @Test
    void shouldGiveIdenticalResultsOnOneAndTwoThreads() {
        NetworkRun two = ValidationRuns.run(scenario, 2);
        assertEquals(2, two.threads(), "the second run should use two kernel threads");
        assertEquals(oneThread.replications(), two.replications());
    }

    @Test
    void shouldGiveDifferentResultsForDifferentSeedOrReplication() {
        NetworkRun otherSeed = ValidationRuns.run(ValidationRuns.load(CASE, TWO_REPLICATIONS, "seed=9999"), 2);
        assertNotEquals(oneThread.replications(), otherSeed.replications());
        assertNotEquals(oneThread.replications().get(0).stations(), oneThread.replications().get(1).stations(),
                "two replications of one run drew the same numbers");
    }
}
