package org.stormsim.validation;

import static org.stormsim.validation.TheoryCheck.TIME_ALLOWANCE;
import static org.stormsim.validation.TheoryCheck.assertAgrees;
import static org.stormsim.validation.TheoryCheck.rateAllowance;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stormsim.scenario.NetworkScenario;
import org.stormsim.testing.NetworkRun;

/**
 * M/G/1 against Pollaczek-Khinchine, Wq = lambda E[S^2] / (2 (1 - rho)), W = Wq + E[S],
 * Lq = lambda Wq, utilisation rho, for two service distributions: deterministic D
 * (scenarios/validation/md1.yaml, E[S^2] = D^2) and Erlang-k (scenarios/validation/mg1-erlang.yaml,
 * E[S^2] = (1 + 1/k) E[S]^2). The second moment comes from the parsed distribution, so the general
 * formula is fed with what the simulator ran.
 */
class PollaczekKhinchineValidationTest {
    /** One case's run and the figures its theory needs. */
    private record Case(String name, NetworkRun run, double lambda, double meanService, double pkWait) {
        static Case of(String name) {
            NetworkRun run = ValidationRuns.result(name);
            NetworkScenario s = run.scenario();
            double lambda = ValidationRuns.arrivalRate(s, "arrivals");
            double meanService = ValidationRuns.meanService(s, "server");
            return new Case(name, run, lambda, meanService,
                    QueueingTheory.pkWait(lambda, meanService, ValidationRuns.serviceSecondMoment(s, "server")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"md1", "mg1-erlang"})
    void shouldMatchPollaczekKhinchineWait(String name) {
        Case c = Case.of(name);
        assertAgrees(c.name(), "mean wait Wq (s)", c.run().estimate("server", r -> r.waitTime().mean()), c.pkWait(), TIME_ALLOWANCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"md1", "mg1-erlang"})
    void shouldMatchPollaczekKhinchineSojourn(String name) {
        Case c = Case.of(name);
        assertAgrees(c.name(), "mean sojourn W (s)", c.run().estimate("server", r -> r.sojourn().mean()),
                c.pkWait() + c.meanService(), TIME_ALLOWANCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"md1", "mg1-erlang"})
    void shouldMatchMeanQueueLengthByLittlesLaw(String name) {
        Case c = Case.of(name);
        double lq = c.lambda() * c.pkWait();
        assertAgrees(c.name(), "mean number waiting Lq", c.run().estimate("server", r -> r.queueLengthMean()), lq,
                c.lambda() * TIME_ALLOWANCE + rateAllowance(lq, c.lambda()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"md1", "mg1-erlang"})
    void shouldMatchUtilisation(String name) {
        Case c = Case.of(name);
        double rho = c.lambda() * c.meanService();
        assertAgrees(c.name(), "utilisation rho", c.run().estimate("server", r -> r.utilisation()), rho,
                rateAllowance(rho, c.lambda()));
    }
}
