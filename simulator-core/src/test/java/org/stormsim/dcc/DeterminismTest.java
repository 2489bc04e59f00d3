package org.stormsim.dcc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stormsim.scenario.DccScenario;
import org.stormsim.testing.DccRun;

/**
 * Same scenario and seed, same summary.json, byte for byte apart from the machine-dependent
 * {@code run} section, on one thread or two. {@code ledger-stress.yaml} is used because it draws
 * from every kind of stream: cohort, migration and replay sources, Service Requests, every stage,
 * the outage. Different seeds and different replications must differ, or the equality proves nothing.
 */
class DeterminismTest {
    private static final String FIXTURE = "ledger-stress.yaml";
    private static Path file;
    private static DccScenario twoReplications;
    private static DccRun oneThread;

    @BeforeAll
    static void runOnOneThread() {
        file = DccRuns.fixture(FIXTURE);
        twoReplications = DccRuns.load(file, "replications=2");
        oneThread = DccRuns.run(twoReplications, file, 1);
    }

    private static ObjectNode withoutRun(DccRun r) {
        ObjectNode s = r.summary();
        s.remove("run");
        return s;
    }

    private static ObjectNode replication(DccRun r, int i) {
        return withoutRun(r.only(i));
    }

    @Test
    void shouldGiveTheSameSummaryForTheSameSeedTwice() {
        assertEquals(withoutRun(oneThread).toString(), withoutRun(DccRuns.run(twoReplications, file, 1)).toString());
    }

    @Test
    void shouldGiveTheSameSummaryOnOneAndTwoThreads() {
        DccRun two = DccRuns.run(twoReplications, file, 2);
        assertEquals(2, two.threads(), "the second run should use two kernel threads");
        assertEquals(withoutRun(oneThread).toString(), withoutRun(two).toString());
        for (int i = 0; i < 2; i++) {
            assertEquals(replication(oneThread, i).toString(), replication(two, i).toString(), "replication " + i);
        }
    }

    @Test
    void shouldGiveDifferentResultsForAnotherSeedOrReplication() {
        assertNotEquals(replication(oneThread, 0).at("/alerts").toString(), replication(oneThread, 1).at("/alerts").toString(),
                "two replications of one run drew the same numbers");
        DccRun other = DccRuns.run(DccRuns.load(file, "replications=2", "seed=1234"), file, 2);
        assertNotEquals(withoutRun(oneThread).at("/alerts").toString(), withoutRun(other).at("/alerts").toString());
    }

    @Test
    void shouldNotShiftOtherStreamsWhenOneStageChanges() {
        // each source and stage owns a named stream: a slower lane changes latencies, not what is raised
        DccScenario slowerLane = DccRuns.load(file, "dsp.laneService=exponential(25ms)");
        ObjectNode a = withoutRun(DccRuns.run(DccRuns.load(file), file, 1));
        ObjectNode b = withoutRun(DccRuns.run(slowerLane, file, 1));
        assertEquals(a.at("/serviceRequests/byCategory/firmware/submitted"), b.at("/serviceRequests/byCategory/firmware/submitted"));
        assertEquals(a.at("/ledger/registrations/generated"), b.at("/ledger/registrations/generated"));
        assertEquals(a.at("/alerts/generated"), b.at("/alerts/generated"));
        assertEquals(a.at("/alerts/byCode/AD1/generated"), b.at("/alerts/byCode/AD1/generated"));
        assertNotEquals(a.at("/alerts/latency/mean"), b.at("/alerts/latency/mean"));
    }
}
