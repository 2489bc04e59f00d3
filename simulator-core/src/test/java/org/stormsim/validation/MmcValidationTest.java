package org.stormsim.validation;

import static org.stormsim.validation.TheoryCheck.TIME_ALLOWANCE;
import static org.stormsim.validation.TheoryCheck.assertAgrees;
import static org.stormsim.validation.TheoryCheck.rateAllowance;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stormsim.scenario.NetworkScenario;
import org.stormsim.scenario.StationSpec;
import org.stormsim.testing.NetworkRun;

/**
 * M/M/c (scenarios/validation/mmc.yaml) against Erlang C: the mean wait Wq = C(c, a) / (c mu -
 * lambda), the 90th percentile of the wait (P(Wq > t) = C exp(-(c mu - lambda) t), which checks
 * the probability of waiting itself), the mean sojourn Wq + 1/mu, Lq = lambda Wq and the
 * utilisation per server a / c.
 */
class MmcValidationTest {
    private static final String CASE = "mmc";
    private static NetworkRun run;
    private static double lambda;
    private static double meanService;
    private static int servers;

    @BeforeAll
    static void runScenario() {
        run = ValidationRuns.result(CASE);
        NetworkScenario s = run.scenario();
        lambda = ValidationRuns.arrivalRate(s, "arrivals");
        meanService = ValidationRuns.meanService(s, "servers");
        servers = ValidationRuns.station(s, "servers", StationSpec.Queue.class).servers();
    }

    @Test
    void shouldMatchErlangCWaitForMmc() {
        assertAgrees(CASE, "mean wait Wq (s)", run.estimate("servers", r -> r.waitTime().mean()),
                QueueingTheory.mmcWait(lambda, meanService, servers), TIME_ALLOWANCE);
    }

    @Test
    void shouldMatchErlangCWaitPercentileForMmc() {
        double p90 = QueueingTheory.mmcWaitQuantile(lambda, meanService, servers, 0.90);
        assertAgrees(CASE, "wait p90 (s)", run.estimate("servers", r -> r.waitTime().p90()), p90,
                TheoryCheck.PERCENTILE_RELATIVE * p90 + TIME_ALLOWANCE);
    }

    @Test
    void shouldMatchErlangCSojournForMmc() {
        double theory = QueueingTheory.mmcWait(lambda, meanService, servers) + meanService;
        assertAgrees(CASE, "mean sojourn W (s)", run.estimate("servers", r -> r.sojourn().mean()), theory, TIME_ALLOWANCE);
    }

    @Test
    void shouldMatchErlangCMeanQueueLengthForMmc() {
        double lq = lambda * QueueingTheory.mmcWait(lambda, meanService, servers);
        assertAgrees(CASE, "mean number waiting Lq", run.estimate("servers", r -> r.queueLengthMean()), lq,
                lambda * TIME_ALLOWANCE + rateAllowance(lq, lambda));
    }

    @Test
    void shouldMatchUtilisationPerServerForMmc() {
        double rho = lambda * meanService / servers;
        assertAgrees(CASE, "utilisation a/c", run.estimate("servers", r -> r.utilisation()), rho, rateAllowance(rho, lambda));
    }
}
