package org.stormsim.validation;

import static org.stormsim.validation.TheoryCheck.TIME_ALLOWANCE;
import static org.stormsim.validation.TheoryCheck.assertAgrees;
import static org.stormsim.validation.TheoryCheck.rateAllowance;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stormsim.experiment.NetworkRunResult;
import org.stormsim.scenario.NetworkScenario;

/**
 * M/G/1 with Erlang-k service (scenarios/validation/mg1-erlang.yaml) against
 * Pollaczek-Khinchine: Wq = lambda E[S^2] / (2 (1 - rho)) with E[S^2] = (1 + 1/k) E[S]^2,
 * W = Wq + E[S], Lq = lambda Wq, utilisation rho.
 */
class Mg1ErlangValidationTest {
    private static final String CASE = "mg1-erlang";
    private static NetworkRunResult run;
    private static double lambda;
    private static double meanService;
    private static double pkWait;

    @BeforeAll
    static void runScenario() {
        run = ValidationRuns.result(CASE);
        NetworkScenario s = run.scenario();
        lambda = ValidationRuns.arrivalRate(s, "arrivals");
        meanService = ValidationRuns.meanService(s, "server");
        pkWait = QueueingTheory.pkWait(lambda, meanService, ValidationRuns.serviceSecondMoment(s, "server"));
    }

    @Test
    void shouldMatchPollaczekKhinchineWaitForErlangService() {
        assertAgrees(CASE, "mean wait Wq (s)", run.estimate("server", r -> r.waitTime().mean()), pkWait, TIME_ALLOWANCE);
    }

    @Test
    void shouldMatchPollaczekKhinchineSojournForErlangService() {
        assertAgrees(CASE, "mean sojourn W (s)", run.estimate("server", r -> r.sojourn().mean()), pkWait + meanService,
                TIME_ALLOWANCE);
    }

    @Test
    void shouldMatchMg1MeanQueueLengthByLittlesLaw() {
        double lq = lambda * pkWait;
        assertAgrees(CASE, "mean number waiting Lq", run.estimate("server", r -> r.queueLengthMean()), lq,
                lambda * TIME_ALLOWANCE + rateAllowance(lq, lambda));
    }

    @Test
    void shouldMatchMg1Utilisation() {
        double rho = lambda * meanService;
        assertAgrees(CASE, "utilisation rho", run.estimate("server", r -> r.utilisation()), rho, rateAllowance(rho, lambda));
    }
}
