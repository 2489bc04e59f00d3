package org.stormsim.validation;

import static org.stormsim.validation.TheoryCheck.assertAgrees;
import static org.stormsim.validation.TheoryCheck.rateAllowance;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stormsim.scenario.NetworkScenario;
import org.stormsim.scenario.StationSpec;
import org.stormsim.testing.NetworkRun;

/**
 * M/M/1/K (scenarios/validation/mm1k.yaml): a single exponential server with room for K customers
 * in all. Checks the loss probability P_K = (1 - rho) rho^K / (1 - rho^(K+1)), the carried
 * throughput lambda (1 - P_K), the utilisation lambda (1 - P_K) / mu and the mean number in the
 * station from the truncated geometric distribution.
 */
class Mm1kValidationTest {
    private static final String CASE = "mm1k";
    private static NetworkRun run;
    private static double lambda;
    private static double rho;
    private static int capacity;

    @BeforeAll
    static void runScenario() {
        run = ValidationRuns.result(CASE);
        NetworkScenario s = run.scenario();
        lambda = ValidationRuns.arrivalRate(s, "arrivals");
        rho = lambda * ValidationRuns.meanService(s, "server");
        capacity = Math.toIntExact(ValidationRuns.station(s, "server", StationSpec.Queue.class).capacity().limit());
    }

    @Test
    void shouldMatchMm1kLossProbability() {
        double loss = QueueingTheory.mm1kLoss(rho, capacity);
        assertAgrees(CASE, "loss probability P_K", run.estimate("server", r -> r.lossProbability()), loss,
                rateAllowance(loss, lambda));
    }

    @Test
    void shouldCarryLambdaTimesOneMinusLossThroughMm1k() {
        double throughput = lambda * (1 - QueueingTheory.mm1kLoss(rho, capacity));
        assertAgrees(CASE, "throughput (/s)", run.estimate("server", r -> r.throughputPerSecond()), throughput,
                rateAllowance(throughput, lambda));
    }

    @Test
    void shouldMatchMm1kUtilisation() {
        double busy = rho * (1 - QueueingTheory.mm1kLoss(rho, capacity));
        assertAgrees(CASE, "utilisation", run.estimate("server", r -> r.utilisation()), busy, rateAllowance(busy, lambda));
    }

    @Test
    void shouldMatchMm1kMeanNumberInStation() {
        double l = QueueingTheory.mm1kMeanInStation(rho, capacity);
        assertAgrees(CASE, "mean number in station L", run.estimate("server", r -> r.inStationMean()), l,
                rateAllowance(l, lambda));
    }
}
