package org.stormsim.dcc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Firmware download channels ({@code firmware-channels.yaml}): a pool of 5 channels in N with no
 * waiting room, offered 5 Erlangs of 11.1 jobs. A job that finds the pool full is cancelled
 * (counted as rejected), so the pool is an M/M/c/c loss system and the cancelled share is Erlang B.
 * The firmware measure is reported over the jobs not cancelled (as the CSP did) and over all jobs.
 */
class FirmwareChannelsTest {
    private static final String FIXTURE = "firmware-channels.yaml";
    private static ObjectNode summary;

    @BeforeAll
    static void run() {
        summary = DccRuns.summary(FIXTURE);
    }

    /** Erlang B by the usual recursion. */
    static double erlangB(int servers, double erlangs) {
        double b = 1;
        for (int k = 1; k <= servers; k++) {
            b = erlangs * b / (k + erlangs * b);
        }
        return b;
    }

    @Test
    void shouldCancelJobsThatFindEveryChannelBusyAtTheErlangBRate() {
        JsonNode n = summary.at("/firmware/N");
        double submitted = n.at("/submitted").asDouble();
        double cancelled = n.at("/cancelledChannelsFull").asDouble();
        assertTrue(submitted > 6000, "about 7,200 jobs a day expected: " + n);
        // binomial sd of the share is 0.0053 over 7,200 jobs, more with busy-period correlation; allow 0.03
        assertEquals(erlangB(5, 5), cancelled / submitted, 0.03, "cancelled share");
        assertEquals(cancelled, DccRuns.count(summary, "/serviceRequests/rejected"), "a cancelled job is a rejected request");
        assertEquals(cancelled, DccRuns.count(summary, "/serviceRequests/byCategory/firmware/rejected"));
    }

    @Test
    void shouldReportTheMeasureAsReportedAtLeastAsHighAsOverAllJobs() {
        JsonNode n = summary.at("/firmware/N");
        double asReported = n.at("/asReported").asDouble();
        double allJobs = n.at("/allJobs").asDouble();
        assertTrue(asReported >= allJobs, "excluding cancelled jobs can only raise the measure: " + n);
        // every download is far under the 1 h target, so as reported all jobs pass, and over all jobs
        // the measure is the share not cancelled
        assertEquals(1.0, asReported, 1e-12);
        double finished = n.at("/completed").asDouble() + n.at("/cancelledChannelsFull").asDouble();
        assertEquals(n.at("/withinTarget").asDouble() / finished, allJobs, 1e-12);
        assertEquals(1 - erlangB(5, 5), allJobs, 0.03);
    }

    @Test
    void shouldCancelNothingWhereChannelsAreNotShort() {
        ObjectNode roomy = DccRuns.summary(FIXTURE, "network.regions.N.firmwareChannels=40");
        assertEquals(0, DccRuns.count(roomy, "/firmware/N/cancelledChannelsFull"), "40 channels for 5 Erlangs never fill");
        assertEquals(1.0, DccRuns.number(roomy, "/firmware/N/allJobs"), 1e-12);
    }

    @Test
    void shouldCancelEveryJobWithNoChannels() {
        ObjectNode none = DccRuns.summary(FIXTURE, "network.regions.N.firmwareChannels=0", "duration=2h");
        assertEquals(DccRuns.count(none, "/firmware/N/submitted"), DccRuns.count(none, "/firmware/N/cancelledChannelsFull"));
        assertEquals(0, DccRuns.count(none, "/firmware/N/completed"));
        assertTrue(none.at("/firmware/N/asReported").isNull(), "no job left to report on");
    }

    @Test
    void shouldTakeTheDownloadPlusDspAndCspTimesPerJob() {
        // DSP 0.5 s + download 60 s + CSP 2 s + DSP 0.5 s; sd of the mean of about 5,000 downloads is 0.85 s
        assertEquals(63.0, DccRuns.number(summary, "/serviceRequests/byCategory/firmware/responseTime/mean"), 4.0);
        assertEquals(0, DccRuns.count(summary, "/serviceRequests/timedOut"), "firmware jobs have no time-out");
        assertEquals(0, DccRuns.count(summary, "/wan/N/downlinkMessages"), "firmware goes over the download channels, not the downlink");
    }

    @Test
    void shouldCountJobsWithinTheFirmwareTarget() {
        // with a 2 min target a job passes when DSP + download + CSP <= 120 s: P(download <= ~117 s) = 1 - exp(-117/60)
        ObjectNode tight = DccRuns.summary(FIXTURE, "sla.firmware=2min");
        double within = DccRuns.number(tight, "/firmware/N/withinTarget") / DccRuns.number(tight, "/firmware/N/completed");
        assertEquals(1 - Math.exp(-117.0 / 60), within, 0.03);
        assertEquals(within, DccRuns.number(tight, "/firmware/N/asReported"), 1e-12);
    }
}
