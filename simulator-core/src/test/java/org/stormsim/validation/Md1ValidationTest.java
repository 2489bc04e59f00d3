package org.stormsim.validation;

import static org.stormsim.validation.TheoryCheck.TIME_ALLOWANCE;
import static org.stormsim.validation.TheoryCheck.assertAgrees;
import static org.stormsim.validation.TheoryCheck.rateAllowance;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stormsim.experiment.NetworkRunResult;
import org.stormsim.scenario.NetworkScenario;

/**
 * M/D/1 (scenarios/validation/md1.yaml) against Pollaczek-Khinchine with a deterministic service
 * D: Wq = rho D / (2 (1 - rho)), W = Wq + D, Lq = lambda Wq. The second moment comes from the
 * parsed distribution, so the formula is the general P-K one fed with E[S^2] = D^2.
 */
class Md1ValidationTest {
    private static final String CASE = "md1";
    private static NetworkRunResult run;
    private static double lambda;
    private static double pkWait;
    private static double meanService;

    @BeforeAll
    static void runScenario() {
        run = ValidationRuns.result(CASE);
        NetworkScenario s = run.scenario();
        lambda = ValidationRuns.arrivalRate(s, "arrivals");
        meanService = ValidationRuns.meanService(s, "server");
        pkWait = QueueingTheory.pkWait(lambda, meanService, ValidationRuns.serviceSecondMoment(s, "server"));
    }

    @Test
    void shouldMatchPollaczekKhinchineWaitForMd1() {
        assertAgrees(CASE, "mean wait Wq (s)", run.estimate("server", r -> r.waitTime().mean()), pkWait, TIME_ALLOWANCE);
    }

    @Test
    void shouldMatchPollaczekKhinchineSojournForMd1() {
        assertAgrees(CASE, "mean sojourn W (s)", run.estimate("server", r -> r.sojourn().mean()), pkWait + meanService,
                TIME_ALLOWANCE);
    }

    @Test
    void shouldMatchMd1MeanQueueLengthByLittlesLaw() {
        double lq = lambda * pkWait;
        assertAgrees(CASE, "mean number waiting Lq", run.estimate("server", r -> r.queueLengthMean()), lq,
                lambda * TIME_ALLOWANCE + rateAllowance(lq, lambda));
    }
}
