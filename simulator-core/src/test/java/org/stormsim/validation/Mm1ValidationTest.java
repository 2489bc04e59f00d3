package org.stormsim.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stormsim.validation.TheoryCheck.PERCENTILE_RELATIVE;
import static org.stormsim.validation.TheoryCheck.TIME_ALLOWANCE;
import static org.stormsim.validation.TheoryCheck.assertAgrees;
import static org.stormsim.validation.TheoryCheck.assertDisagrees;
import static org.stormsim.validation.TheoryCheck.rateAllowance;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stormsim.metrics.Estimate;
import org.stormsim.scenario.NetworkScenario;
import org.stormsim.testing.NetworkRun;

/**
 * M/M/1 (scenarios/validation/mm1.yaml) against its closed forms: Wq = rho / (mu - lambda),
 * W = Wq + 1/mu, utilisation rho, Lq = lambda Wq, L = lambda W, and the exponential sojourn
 * distribution; plus the negative check that the same run is told apart from the M/D/1 formula.
 */
class Mm1ValidationTest {
    private static final String CASE = "mm1";
    private static NetworkRun run;
    private static double lambda;
    private static double meanService;

    @BeforeAll
    static void runScenario() {
        run = ValidationRuns.result(CASE);
        NetworkScenario s = run.scenario();
        lambda = ValidationRuns.arrivalRate(s, "arrivals");
        meanService = ValidationRuns.meanService(s, "server");
    }

    @Test
    void shouldMatchMm1MeanWait() {
        assertAgrees(CASE, "mean wait Wq (s)", meanWait(), QueueingTheory.mm1Wait(lambda, meanService), TIME_ALLOWANCE);
    }

    @Test
    void shouldMatchMm1MeanSojourn() {
        double theory = QueueingTheory.mm1Wait(lambda, meanService) + meanService;
        assertAgrees(CASE, "mean sojourn W (s)", run.estimate("server", r -> r.sojourn().mean()), theory, TIME_ALLOWANCE);
    }

    @Test
    void shouldMatchMm1Utilisation() {
        double rho = lambda * meanService;
        assertAgrees(CASE, "utilisation rho", run.estimate("server", r -> r.utilisation()), rho, rateAllowance(rho, lambda));
    }

    @Test
    void shouldMatchMm1MeanQueueLengthByLittlesLaw() {
        double lq = lambda * QueueingTheory.mm1Wait(lambda, meanService);
        assertAgrees(CASE, "mean number waiting Lq", run.estimate("server", r -> r.queueLengthMean()), lq,
                lambda * TIME_ALLOWANCE + rateAllowance(lq, lambda));
    }

    @Test
    void shouldMatchMm1MeanNumberInStation() {
        double l = lambda * (QueueingTheory.mm1Wait(lambda, meanService) + meanService);
        assertAgrees(CASE, "mean number in station L", run.estimate("server", r -> r.inStationMean()), l,
                lambda * TIME_ALLOWANCE + rateAllowance(l, lambda));
    }

    @Test
    void shouldMatchExponentialSojournPercentilesForMm1() {
        double p90 = QueueingTheory.mm1SojournQuantile(lambda, meanService, 0.90);
        double p99 = QueueingTheory.mm1SojournQuantile(lambda, meanService, 0.99);
        assertAgrees(CASE, "sojourn p90 (s)", run.estimate("server", r -> r.sojourn().p90()), p90,
                PERCENTILE_RELATIVE * p90 + TIME_ALLOWANCE);
        assertAgrees(CASE, "sojourn p99 (s)", run.estimate("server", r -> r.sojourn().p99()), p99,
                PERCENTILE_RELATIVE * p99 + TIME_ALLOWANCE);
    }

    @Test
    void shouldTellMm1WaitApartFromTheMd1Formula() {
        double right = QueueingTheory.mm1Wait(lambda, meanService);
        double wrong = QueueingTheory.md1Wait(lambda, meanService);
        assertDisagrees(CASE, "mean wait Wq (s)", meanWait(), wrong, TIME_ALLOWANCE);
        // the tolerance is a few per cent of the value, so a formula 5% off would be caught too
        double tolerance = 2 * meanWait().halfWidth95() + TIME_ALLOWANCE;
        assertTrue(tolerance < 0.05 * right, "tolerance " + tolerance + " s is not below 5% of Wq = " + right + " s");
    }

    private static Estimate meanWait() {
        return run.estimate("server", r -> r.waitTime().mean());
    }
}
