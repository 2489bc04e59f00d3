package org.stormsim.dcc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stormsim.report.DccTable;

/**
 * The shipped firmware scenario at a twentieth of its scale: PM2 over all submitted jobs is the
 * headline ("The OPSG and DCC agreed that all submitted jobs should be reported on", OPSG 36x), the
 * CSP's "as reported" figure beside it, and every job that missed its target accounted for by cause;
 * about half of CSP N's jobs succeed ("a 50% success rate of OTA firmware upgrades especially in CSP
 * N", OPSG 27) and the peak of its channels in use stays well under the 400 (OPSG 36x: "the peak has
 * been 200 out of the 400 channels in use at one time").
 */
class FirmwareScenarioTest {
    private static ObjectNode summary;

    @BeforeAll
    static void run() {
        Path file = DccRuns.shipped("firmware-ota-csp-n.yaml");
        summary = DccRuns.summary(DccRuns.load(file, "population.scale=0.05"), file);
    }

    @Test
    void shouldMakeAllSubmittedJobsTheHeadlineWithTheCausesOfTheDifference() {
        for (String region : new String[] {"N", "C", "S"}) {
            JsonNode fw = summary.at("/firmware/" + region);
            JsonNode headline = ServiceLevelPeriodsTest.measure(summary, "firmware", region);
            assertEquals(fw.at("/allJobs").asDouble(), headline.at("/achieved").asDouble(), 1e-12, region + ": the SLA table's firmware row is all jobs");
            assertTrue(fw.at("/asReported").asDouble() > fw.at("/allJobs").asDouble(), region + ": leaving rejected jobs out flatters PM2");
            long missed = 0;
            for (JsonNode n : fw.at("/missedByCause")) {
                missed += n.asLong();
            }
            assertEquals(fw.at("/finished").asLong() - fw.at("/withinTarget").asLong(), missed, region + ": every miss has a cause");
            long left = fw.at("/leftOutOfAsReported/cancelledChannelsFull").asLong() + fw.at("/leftOutOfAsReported/droppedFromQueue").asLong()
                    + fw.at("/leftOutOfAsReported/rejectedByDevice").asLong();
            assertTrue(left > 0, region + ": what 'as reported' leaves out");
        }
        String table = DccTable.render(summary);
        assertTrue(table.contains("not within target, by cause") && table.contains("rejectedByDevice"), table);
    }

    @Test
    void shouldSucceedForAboutHalfOfCspNorthsJobsWithItsChannelsNeverFull() {
        JsonNode n = summary.at("/firmware/N");
        double success = n.at("/successRate").asDouble();
        double jobs = n.at("/finished").asDouble();
        double expected = 0.8 * 0.45 + 0.8 * 0.55 * 0.8 * 0.45; // two attempts, each rejected 20%, succeeding 45% otherwise
        assertTrue(Math.abs(success - expected) < 4 * Math.sqrt(expected * (1 - expected) / jobs), "success " + success + " of " + jobs);
        assertTrue(n.at("/channelsInUse/max").asDouble() < n.at("/channels").asDouble(), "the peak stays under the channels");
        assertTrue(n.at("/channelsInUse/max").asDouble() > 1.5 * n.at("/channelsInUse/mean").asDouble(), "peak and mean are apart");
        assertEquals(0, n.at("/cancelledChannelsFull").asLong(), "nothing is cancelled while a channel is free");
    }
}
