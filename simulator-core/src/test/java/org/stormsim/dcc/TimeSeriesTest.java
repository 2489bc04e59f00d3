package org.stormsim.dcc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.stormsim.catalogue.AlertCatalogue;
import org.stormsim.metrics.OutcomeConsumer;
import org.stormsim.scenario.DccScenario;
import org.stormsim.testing.DccRun;

/**
 * The time series is an observer: sampling the model once per interval leaves every figure of the
 * summary as it was (its events are not counted), it is kept for replication 0 only, what it
 * samples adds up to the kernel's own counts, and an interrupted run keeps it up to the stop.
 */
class TimeSeriesTest {
    private static final long MINUTE = DccRuns.MINUTE;

    @Test
    void shouldLeaveTheSummaryAsItWasWhenASeriesIsKept() throws Exception {
        Path file = DccRuns.fixture("ledger-stress.yaml");
        DccScenario s = DccRuns.load(file, "replications=2");
        DccRun plain = DccRun.of(s, 1);
        DccRun sampled = DccRun.of(s, 1, 5 * MINUTE);
        assertEquals(withoutRun(plain), withoutRun(sampled));
        assertNull(plain.replications().get(0).series());
        assertNotNull(sampled.replications().get(0).series());
        assertNull(sampled.replications().get(1).series(), "replication 0 alone keeps a series");
    }

    @Test
    void shouldSampleWhatTheKernelCounted() throws Exception {
        Path file = DccRuns.fixture("ledger-stress.yaml");
        DccScenario s = DccRuns.load(file);
        DccRun r = DccRun.of(s, 1, 5 * MINUTE);
        DccSeries series = r.replications().get(0).series();
        Counters c = r.replications().get(0).counters();
        for (int region = 0; region < 3; region++) {
            long raised = 0;
            long kernel = 0;
            for (int i = 0; i < series.rows(); i++) {
                raised += series.model().raised(region, i);
            }
            for (int code = 0; code < AlertCatalogue.get().size(); code++) {
                kernel += c.raised(code, region);
            }
            assertEquals(kernel, raised, "region " + region);
        }
        assertEquals(org.stormsim.engine.SimTime.intervals(s.duration().micros(), 5 * MINUTE), series.rows());
    }

    @Test
    void shouldKeepTheSeriesUpToWhereAnInterruptedRunStopped() throws Exception {
        Path file = org.stormsim.testing.Timeline.resource("report", "report-storm.yaml");
        DccScenario s = DccRuns.load(file);
        AtomicReference<DccReplication> running = new AtomicReference<>();
        OutcomeConsumer stopper = batch -> {
            if (batch.size() > 0 && batch.t2(batch.size() - 1) > 30 * MINUTE) {
                running.get().requestStop(); // as Ctrl-C does, from another thread
            }
        };
        running.set(new DccReplication(s, 0, List.of(stopper), MINUTE));
        DccReplicationResult r = running.get().run();
        assertFalse(r.completed());
        DccSeries series = r.series();
        long stoppedAt = Math.round(r.simulatedSeconds() * 1e6);
        assertTrue(series.rows() < 120, "stopped early: " + series.rows() + " rows");
        assertEquals((stoppedAt + MINUTE - 1) / MINUTE, series.rows(), "intervals up to the stop, the last partial");
        long delivered = 0;
        for (int i = 0; i < series.rows(); i++) {
            for (int region = 0; region < 3; region++) {
                delivered += series.outcomes().alerts(AlertOutcome.DELIVERED, region, i);
            }
        }
        assertEquals(r.metrics().alerts().delivered(), delivered);
        long logged = series.outcomes().latencyLog().lines().filter(l -> l.startsWith("Tag=alerts,")).count();
        assertEquals(series.rows(), logged, "the latency log covers the run up to the stop");
    }

    private static String withoutRun(DccRun r) {
        ObjectNode n = (r).summary();
        n.remove("run");
        return n.toString();
    }
}
