package org.stormsim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stormsim.validation.TheoryCheck.assertAgrees;
import static org.stormsim.validation.TheoryCheck.rateAllowance;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stormsim.scenario.NetworkScenario;
import org.stormsim.scenario.StationSpec;
import org.stormsim.testing.NetworkRun;

/**
 * M/M/c/c (scenarios/validation/erlang-b.yaml): c servers and no waiting room. Checks the loss
 * probability against Erlang B, the carried load a (1 - B) as the mean number in the station and
 * as utilisation per server, that nobody waits; and, since Erlang B is insensitive to the service
 * distribution beyond its mean, that the same holds with a lognormal service of the same mean.
 */
class ErlangBValidationTest {
    private static final String CASE = "erlang-b";
    private static NetworkRun run;
    private static double lambda;
    private static double offered;
    private static int servers;

    @BeforeAll
    static void runScenario() {
        run = ValidationRuns.result(CASE);
        NetworkScenario s = run.scenario();
        lambda = ValidationRuns.arrivalRate(s, "arrivals");
        offered = lambda * ValidationRuns.meanService(s, "trunks");
        StationSpec.Queue trunks = ValidationRuns.station(s, "trunks", StationSpec.Queue.class);
        servers = trunks.servers();
        assertEquals(servers, trunks.capacity().limit(), "the Erlang B case needs capacity = servers");
    }

    @Test
    void shouldMatchErlangBLossForMmcc() {
        double b = QueueingTheory.erlangB(servers, offered);
        assertAgrees(CASE, "loss probability B(c, a)", run.estimate("trunks", r -> r.lossProbability()), b,
                rateAllowance(b, lambda));
    }

    @Test
    void shouldMatchCarriedLoadAsMeanNumberInStation() {
        double carried = offered * (1 - QueueingTheory.erlangB(servers, offered));
        assertAgrees(CASE, "mean number in station a(1-B)", run.estimate("trunks", r -> r.inStationMean()), carried,
                rateAllowance(carried, lambda));
        assertAgrees(CASE, "utilisation a(1-B)/c", run.estimate("trunks", r -> r.utilisation()), carried / servers,
                rateAllowance(carried / servers, lambda));
    }

    @Test
    void shouldNeverQueueInLossSystem() {
        run.replications().forEach(rep -> {
            assertEquals(0.0, rep.station("trunks").waitTime().max(), "replication " + rep.replication() + ": someone waited");
            assertEquals(0.0, rep.station("trunks").queueLengthMean(), "replication " + rep.replication() + ": someone queued");
        });
    }

    @Test
    void shouldMatchErlangBWithLognormalServiceByInsensitivity() {
        NetworkScenario s = ValidationRuns.load(CASE, "stations.trunks.service=lognormal(10ms, 20ms)");
        double a = lambda * ValidationRuns.meanService(s, "trunks");
        double b = QueueingTheory.erlangB(servers, a);
        NetworkRun lognormal = ValidationRuns.run(s, ValidationRuns.THREADS);
        assertAgrees(CASE + " (lognormal service)", "loss probability B(c, a)",
                lognormal.estimate("trunks", r -> r.lossProbability()), b, rateAllowance(b, lambda));
    }
}
