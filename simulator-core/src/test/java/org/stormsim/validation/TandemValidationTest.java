package org.stormsim.validation;

import static org.stormsim.validation.TheoryCheck.TIME_ALLOWANCE;
import static org.stormsim.validation.TheoryCheck.assertAgrees;
import static org.stormsim.validation.TheoryCheck.rateAllowance;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stormsim.scenario.NetworkScenario;
import org.stormsim.testing.NetworkRun;

/**
 * Two M/M/1 stations in tandem (scenarios/validation/tandem.yaml), the simplest Jackson network:
 * by Burke's theorem each station behaves as an M/M/1 fed at lambda, so its sojourn is
 * 1 / (mu_i - lambda), its mean number rho_i / (1 - rho_i), and the end-to-end time in the system
 * measured at the sink is the sum of the two sojourns.
 */
class TandemValidationTest {
    private static final String CASE = "tandem";
    private static NetworkRun run;
    private static double lambda;
    private static double service1;
    private static double service2;

    @BeforeAll
    static void runScenario() {
        run = ValidationRuns.result(CASE);
        NetworkScenario s = run.scenario();
        lambda = ValidationRuns.arrivalRate(s, "arrivals");
        service1 = ValidationRuns.meanService(s, "first");
        service2 = ValidationRuns.meanService(s, "second");
    }

    @Test
    void shouldMatchMm1SojournAtFirstStation() {
        assertAgrees(CASE, "first: mean sojourn (s)", run.estimate("first", r -> r.sojourn().mean()),
                mm1Sojourn(service1), TIME_ALLOWANCE);
    }

    @Test
    void shouldMatchMm1SojournAtSecondStationFedByDepartures() {
        assertAgrees(CASE, "second: mean sojourn (s)", run.estimate("second", r -> r.sojourn().mean()),
                mm1Sojourn(service2), TIME_ALLOWANCE);
    }

    @Test
    void shouldMatchMm1MeanNumberAtSecondStation() {
        double l = lambda * mm1Sojourn(service2);
        assertAgrees(CASE, "second: mean number in station", run.estimate("second", r -> r.inStationMean()), l,
                lambda * TIME_ALLOWANCE + rateAllowance(l, lambda));
    }

    @Test
    void shouldMatchSumOfSojournsEndToEndAtSink() {
        assertAgrees(CASE, "end-to-end time at sink (s)", run.estimate("done", r -> r.sojourn().mean()),
                mm1Sojourn(service1) + mm1Sojourn(service2), 2 * TIME_ALLOWANCE);
    }

    private static double mm1Sojourn(double meanService) {
        return QueueingTheory.mm1Wait(lambda, meanService) + meanService;
    }
}
