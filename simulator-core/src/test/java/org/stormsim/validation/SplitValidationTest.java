package org.stormsim.validation;

import static org.stormsim.validation.TheoryCheck.TIME_ALLOWANCE;
import static org.stormsim.validation.TheoryCheck.assertAgrees;
import static org.stormsim.validation.TheoryCheck.rateAllowance;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stormsim.scenario.NetworkScenario;
import org.stormsim.testing.NetworkRun;

/**
 * A probabilistic split (scenarios/validation/split.yaml): Poisson arrivals at lambda routed to
 * branch i with probability p_i. Thinning keeps each branch Poisson, so branch i carries p_i
 * lambda and is an M/M/1 at that rate, with sojourn 1 / (mu_i - p_i lambda); the end-to-end time
 * at the sink is the mix sum_i p_i W_i.
 */
class SplitValidationTest {
    private static final String CASE = "split";
    private static NetworkRun run;
    private static NetworkScenario scenario;
    private static double lambda;

    @BeforeAll
    static void runScenario() {
        run = ValidationRuns.result(CASE);
        scenario = run.scenario();
        lambda = ValidationRuns.arrivalRate(scenario, "arrivals");
    }

    @Test
    void shouldSendEachBranchItsShareOfArrivals() {
        for (String branch : new String[] {"a", "b"}) {
            double share = lambda * ValidationRuns.routeWeight(scenario, "arrivals", branch);
            assertAgrees(CASE, branch + ": throughput p lambda (/s)", run.estimate(branch, r -> r.throughputPerSecond()), share,
                    rateAllowance(share, lambda));
        }
    }

    @Test
    void shouldMakeEachBranchAnMm1AtItsOwnRate() {
        for (String branch : new String[] {"a", "b"}) {
            assertAgrees(CASE, branch + ": mean sojourn (s)", run.estimate(branch, r -> r.sojourn().mean()), sojourn(branch),
                    TIME_ALLOWANCE);
            double rho = branchRate(branch) * ValidationRuns.meanService(scenario, branch);
            assertAgrees(CASE, branch + ": utilisation", run.estimate(branch, r -> r.utilisation()), rho,
                    rateAllowance(rho, lambda));
        }
    }

    @Test
    void shouldMixBranchSojournsEndToEndAtSink() {
        double mix = 0;
        for (String branch : new String[] {"a", "b"}) {
            mix += ValidationRuns.routeWeight(scenario, "arrivals", branch) * sojourn(branch);
        }
        assertAgrees(CASE, "end-to-end time at sink (s)", run.estimate("done", r -> r.sojourn().mean()), mix, TIME_ALLOWANCE);
    }

    private static double branchRate(String branch) {
        return lambda * ValidationRuns.routeWeight(scenario, "arrivals", branch);
    }

    private static double sojourn(String branch) {
        double meanService = ValidationRuns.meanService(scenario, branch);
        return QueueingTheory.mm1Wait(branchRate(branch), meanService) + meanService;
    }
}
