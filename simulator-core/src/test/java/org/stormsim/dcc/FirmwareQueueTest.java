package org.stormsim.dcc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stormsim.catalogue.ServiceCategory;
import org.stormsim.testing.Timeline;

/**
 * CSP N's firmware job queue as the minutes describe it ({@code firmware-queue.yaml}): jobs that
 * wait for a download channel, a queue limit and a time-out that drop them ("dropped from the
 * queue", OPSG 28), downloads the device rejects ("firmware downloads of Devices being rejected",
 * OPSG 36x) and downloads that fail and are tried again ("a 50% success rate", OPSG 27). The queue is
 * checked against M/M/c/K, the time-out against its definition (a job dropped exactly when its wait
 * reaches it), rejections and retries against the probabilities of their rule. About 7,200 jobs a
 * day: a share's binomial sd is under 0.006; the tests allow 0.03 where busy periods correlate jobs.
 */
class FirmwareQueueTest {
    private static final String FIXTURE = "firmware-queue.yaml";
    /** The DSP's fixed hops before the channels: 0.5 s processing and 10 ms on its servers. */
    private static final long DSP_HOPS = 510_000;

    /** M/M/c/K: the stationary probabilities of 0..c+room jobs at the service, {@code a} Erlangs offered. */
    static double[] mmck(int c, int room, double a) {
        double[] p = new double[c + room + 1];
        p[0] = 1;
        for (int n = 1; n < p.length; n++) {
            p[n] = p[n - 1] * a / Math.min(n, c);
        }
        double sum = 0;
        for (double x : p) {
            sum += x;
        }
        for (int n = 0; n < p.length; n++) {
            p[n] /= sum;
        }
        return p;
    }

    @Test
    void shouldDropJobsFromAFullQueueAtTheMmckRate() {
        ObjectNode s = DccRuns.summary(FIXTURE);
        JsonNode n = s.at("/firmware/N");
        double[] p = mmck(5, 5, 5.0);
        double submitted = n.at("/submitted").asDouble();
        assertTrue(submitted > 6500, "about 7,200 jobs a day: " + n);
        assertEquals(p[10], n.at("/droppedFromQueue").asDouble() / submitted, 0.03, "the full queue's share p(10)");
        assertEquals(0, n.at("/cancelledChannelsFull").asLong(), "with room to wait a job is never cancelled");
        double lq = 0;
        for (int k = 6; k <= 10; k++) {
            lq += (k - 5) * p[k];
        }
        assertEquals(lq, n.at("/queue/mean").asDouble(), 0.1 * lq, "jobs waiting, time average");
        assertEquals(5.0 * (1 - p[10]), n.at("/channelsInUse/mean").asDouble(), 0.25, "channels busy: the carried load");
        assertEquals(5, n.at("/queue/max").asLong());
        assertEquals(5, n.at("/channelsInUse/max").asLong(), "the peak is reported beside the mean");
    }

    @Test
    void shouldCancelAJobThatFindsEveryChannelBusyOnlyWhenThereIsNoQueue() {
        ObjectNode s = DccRuns.summary(FIXTURE, "network.regions.N.firmwareQueue=0");
        JsonNode n = s.at("/firmware/N");
        assertEquals(FirmwareChannelsTest.erlangB(5, 5), n.at("/cancelledChannelsFull").asDouble() / n.at("/submitted").asDouble(), 0.03);
        assertEquals(0, n.at("/droppedFromQueue").asLong());
    }

    @Test
    void shouldDropAJobFromTheQueueExactlyWhenItsWaitReachesTheTimeOut() {
        Timeline t = DccRuns.timeline(FIXTURE, "network.regions.N.firmwareQueue=1000", "network.regions.N.firmwareQueueTimeout=1min");
        List<Timeline.Outcome> dropped = t.where(o -> o.kind() == DccOutcome.SR_DROPPED);
        assertTrue(dropped.size() > 200, "fixture: " + dropped.size() + " dropped after a minute's wait");
        for (Timeline.Outcome o : dropped) {
            assertEquals(ServiceCategory.FIRMWARE.ordinal(), o.category());
            assertEquals(DSP_HOPS + DccRuns.MINUTE, o.t2() - o.t0(), "reached the channels 0.51 s after submission, dropped a minute later: " + o);
        }
    }

    @Test
    void shouldRejectAndRetryDownloadsWithTheProbabilitiesOfTheRule() {
        // 40 channels: no job waits. Each attempt: rejected 0.25; else succeeds 0.5; else tried again, twice at most.
        ObjectNode s = DccRuns.summary(FIXTURE, "network.regions.N.firmwareChannels=40", "network.regions.N.firmwareRejection=0.25",
                "network.regions.N.firmwareSuccess=0.5", "network.regions.N.firmwareAttempts=2");
        JsonNode n = s.at("/firmware/N");
        double r = 0.25;
        double q = (1 - r) * (1 - 0.5); // neither rejected nor successful: tried again
        double attempts = (1 - q * q) / (1 - q);
        double finished = n.at("/finished").asDouble();
        assertEquals((1 - r) * 0.5 * attempts, n.at("/completed").asDouble() / finished, 0.02, "completed");
        assertEquals(r * attempts, n.at("/rejectedByDevice").asDouble() / finished, 0.02, "rejected by the device");
        assertEquals(q * q, n.at("/failed").asDouble() / finished, 0.02, "failed after both attempts");
        assertEquals(attempts, n.at("/downloadAttempts").asDouble() / n.at("/submitted").asDouble(), 0.02, "downloads per job");
        assertEquals(n.at("/completed").asDouble() / finished, n.at("/successRate").asDouble(), 1e-12);
        // a retried download holds its channel again: 5 jobs a minute x 1.375 downloads x 1 min on 40 channels
        assertEquals(5 * attempts, n.at("/channelsInUse/mean").asDouble(), 0.3);
        // PM2 over all jobs counts the rejected and failed ones as not within; as reported leaves the rejected out
        double within = n.at("/withinTarget").asDouble();
        assertEquals(within / finished, n.at("/allJobs").asDouble(), 1e-12);
        assertEquals(within / (finished - n.at("/rejectedByDevice").asDouble()), n.at("/asReported").asDouble(), 1e-12);
        assertEquals(n.at("/rejectedByDevice").asLong(), n.at("/leftOutOfAsReported/rejectedByDevice").asLong());
        assertEquals(n.at("/rejectedByDevice").asLong(), DccRuns.count(s, "/serviceRequests/byCategory/firmware/rejectedByDevice"));
        assertEquals(n.at("/failed").asLong(), DccRuns.count(s, "/serviceRequests/byCategory/firmware/failed"));
        assertTrue(s.at("/ledger/serviceRequests/balanced").asBoolean());
    }
}
