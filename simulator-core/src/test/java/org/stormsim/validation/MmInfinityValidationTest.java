package org.stormsim.validation;

import static org.stormsim.validation.TheoryCheck.PERCENTILE_RELATIVE;
import static org.stormsim.validation.TheoryCheck.TIME_ALLOWANCE;
import static org.stormsim.validation.TheoryCheck.assertAgrees;
import static org.stormsim.validation.TheoryCheck.rateAllowance;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stormsim.scenario.NetworkScenario;
import org.stormsim.scenario.StationSpec;
import org.stormsim.testing.NetworkRun;

/**
 * M/M/infinity (scenarios/validation/mm-infinity.yaml): a delay station holds every customer for
 * its own delay D. Checks the mean number in the station L = lambda E[D], the mean sojourn E[D],
 * and the exponential delay's 90th percentile -ln(0.1) E[D].
 */
class MmInfinityValidationTest {
    private static final String CASE = "mm-infinity";
    private static NetworkRun run;
    private static double lambda;
    private static double meanDelay;

    @BeforeAll
    static void runScenario() {
        run = ValidationRuns.result(CASE);
        NetworkScenario s = run.scenario();
        lambda = ValidationRuns.arrivalRate(s, "arrivals");
        meanDelay = ValidationRuns.station(s, "transit", StationSpec.Delay.class).delay().mean() / 1e6;
    }

    @Test
    void shouldHoldLambdaTimesMeanDelayInInfiniteServerStation() {
        double l = lambda * meanDelay;
        assertAgrees(CASE, "mean number in station lambda E[D]", run.estimate("transit", r -> r.inStationMean()), l,
                lambda * TIME_ALLOWANCE + rateAllowance(l, lambda));
    }

    @Test
    void shouldMatchMeanDelayAsSojourn() {
        assertAgrees(CASE, "mean sojourn E[D] (s)", run.estimate("transit", r -> r.sojourn().mean()), meanDelay, TIME_ALLOWANCE);
    }

    @Test
    void shouldMatchExponentialDelayPercentile() {
        double p90 = -Math.log(0.1) * meanDelay;
        assertAgrees(CASE, "sojourn p90 (s)", run.estimate("transit", r -> r.sojourn().p90()), p90,
                PERCENTILE_RELATIVE * p90 + TIME_ALLOWANCE);
    }
}
