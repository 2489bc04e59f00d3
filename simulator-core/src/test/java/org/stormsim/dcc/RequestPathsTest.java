package org.stormsim.dcc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stormsim.catalogue.ServiceCategory;
import org.stormsim.catalogue.ServiceRequestCatalogue;
import org.stormsim.testing.Timeline;

/**
 * The stages of each message's path, on an idle network where every delay is deterministic
 * ({@code request-paths.yaml}), so each response time is an exact sum:
 * <ul>
 * <li>on demand (4.1.1): DSP 0.5 + DSP servers 0.01 + downlink 0.15 + HAN 1 + device 2 + HAN 1 + uplink 0.15
 *     + CSP 2 + DSP 0.5 + DSP servers 0.01 = 7.32 s;</li>
 * <li>future-dated and DCC-scheduled: the same minus the first DSP hops, timed from execution: 6.81 s,
 *     executing 1-3 h after submission (futureDatedDelay uniform(1h, 3h)) plus the DSP's 0.51 s;</li>
 * <li>non-device (8.2): the DSP only, 0.51 s;</li>
 * <li>alerts: HAN 1 + uplink 0.1 + CSP 2 + ingest 0.05 + DSP servers 0.001 + lane 0.001 + intake 0.002 = 3.154 s.</li>
 * </ul>
 */
class RequestPathsTest {
    private static final String FIXTURE = "request-paths.yaml";
    private static final long MS = 1000;
    private static Timeline timeline;
    private static ObjectNode summary;

    @BeforeAll
    static void run() {
        timeline = DccRuns.timeline(FIXTURE);
        summary = DccRuns.summary(FIXTURE);
    }

    private static int variant(String id) {
        return ServiceRequestCatalogue.get().find(id).index();
    }

    private static List<Timeline.Outcome> completed(ServiceCategory c, String variant) {
        int v = variant(variant);
        return timeline.where(o -> o.kind() == DccOutcome.SR_COMPLETED && o.category() == c.ordinal() && o.subject() == v);
    }

    private static void assertAllTake(List<Timeline.Outcome> done, long micros, String what) {
        assertTrue(done.size() > 300, what + ": too few completions: " + done.size());
        for (Timeline.Outcome o : done) {
            assertEquals(micros, o.t2() - o.t0(), what + " should take exactly " + micros + " us: " + o);
        }
    }

    @Test
    void shouldSubmitAtTheUsersRatePerHubAcrossTheMix() {
        // 300 hubs x 12 a day for a day; the mix 0.4 / 0.2 / 0.2 / 0.2
        long submitted = DccRuns.count(summary, "/serviceRequests/submitted");
        assertTrue(DccRuns.withinPoisson(3600, submitted, 4), DccRuns.poissonMessage("requests", 3600, submitted));
        long nonDevice = DccRuns.count(summary, "/serviceRequests/byVariant/8.2/submitted");
        long scheduled = DccRuns.count(summary, "/serviceRequests/byCategory/dccScheduled/submitted");
        // binomial sd of a 0.2 share of 3,600 is 24; allow 4 sd
        assertEquals(0.2 * submitted, nonDevice, 96);
        assertEquals(0.2 * submitted, scheduled, 96);
    }

    @Test
    void shouldTakeOnDemandRequestsThroughDspWanHanDeviceAndBack() {
        assertAllTake(completed(ServiceCategory.ON_DEMAND, "4.1.1"), 7320 * MS, "on-demand 4.1.1");
    }

    @Test
    void shouldTimeFutureDatedAndDccScheduledRequestsFromExecution() {
        assertAllTake(completed(ServiceCategory.FUTURE_DATED, "4.1.1"), 6810 * MS, "future-dated 4.1.1");
        assertAllTake(completed(ServiceCategory.DCC_SCHEDULED, "4.8.1"), 6810 * MS, "DCC-scheduled 4.8.1");
        for (Timeline.Outcome o : completed(ServiceCategory.FUTURE_DATED, "4.1.1")) {
            long wait = o.t0() - o.t1(); // execution minus first submission
            assertTrue(wait >= DccRuns.HOUR + 510 * MS && wait <= 3 * DccRuns.HOUR + 510 * MS, "executed " + wait + " us after submission");
        }
        assertEquals(6.81, DccRuns.number(summary, "/serviceRequests/byCategory/futureDated/responseTime/mean"), 1e-9);
    }

    @Test
    void shouldAnswerNonDeviceRequestsAtTheDspWithoutTheWan() {
        assertAllTake(completed(ServiceCategory.ON_DEMAND, "8.2"), 510 * MS, "non-device 8.2");
        ObjectNode onlyNonDevice = DccRuns.summary(FIXTURE, "users[0].serviceRequests.mix=[{variant: 8.2, weight: 1}]");
        for (String r : List.of("N", "C", "S")) {
            assertEquals(0, DccRuns.count(onlyNonDevice, "/wan/" + r + "/downlinkMessages"), "a non-device request never reaches the downlink");
        }
    }

    @Test
    void shouldStartTheTimeOutClockAtExecutionForFutureDatedRequests() {
        // a 7 s time-out: on-demand requests (7.32 s from submission) time out, future-dated ones (6.81 s from execution) do not
        ObjectNode s = DccRuns.summary(FIXTURE, "users[0].timeout=7s");
        JsonNode c = s.at("/serviceRequests/byCategory");
        assertEquals(c.at("/onDemand/submitted").asLong() - DccRuns.count(s, "/serviceRequests/byVariant/8.2/submitted"),
                c.at("/onDemand/timedOut").asLong(), "every on-demand 4.1.1 takes 7.32 s");
        assertEquals(0, c.at("/futureDated/timedOut").asLong());
        assertEquals(0, c.at("/dccScheduled/timedOut").asLong());
        assertTrue(c.at("/futureDated/completed").asLong() > 300);
    }

    @Test
    void shouldSumEveryAlertStageOnAnIdlePath() {
        List<Timeline.Outcome> delivered = timeline.where(o -> o.kind() == DccOutcome.DELIVERY_TAKEN_IN);
        assertTrue(delivered.size() > 400);
        for (Timeline.Outcome o : delivered) {
            assertEquals(3154 * MS, o.t2() - o.t0(), "alert latency: " + o);
        }
    }

    @Test
    void shouldJudgeServiceLevelsAgainstTheTargetResponseTimes() {
        for (JsonNode m : summary.at("/sla/measures")) {
            if (m.at("/measured").asLong() == 0) {
                continue;
            }
            assertEquals(1.0, m.at("/achieved").asDouble(), 0.0, "everything is within its target: " + m);
            assertEquals("met", m.at("/againstTarget").asText());
        }
        // a 7 s on-demand target: 4.1.1 (7.32 s) misses it and 8.2 (0.51 s) meets it
        ObjectNode tight = DccRuns.summary(FIXTURE, "sla.onDemand=7s", "users[0].timeout=60s");
        JsonNode all = null;
        for (JsonNode m : tight.at("/sla/measures")) {
            if (m.at("/id").asText().equals("onDemand") && m.at("/region").asText().equals("all")) {
                all = m;
            }
        }
        assertTrue(all != null, "no onDemand measure over all regions: " + tight.at("/sla"));
        double expected = DccRuns.number(tight, "/serviceRequests/byVariant/8.2/completed")
                / DccRuns.number(tight, "/serviceRequests/byCategory/onDemand/completed");
        assertEquals(expected, all.at("/achieved").asDouble(), 1e-12);
        assertEquals("belowMinimum", all.at("/againstTarget").asText());
        assertEquals(7.0, all.at("/targetResponseSeconds").asDouble(), 0.0);
    }
}
