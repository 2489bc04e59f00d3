package org.stormsim.dcc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The end-to-end capacity summary (OPSG 28, action 28/08): a stage's offered load, counted from its
 * arrivals and their mean service times, agrees with the utilisation the stage measured wherever it
 * can (a stable stage with a waiting room is busy exactly as much as it is offered, within the
 * run's statistical error); the lanes together are offered what the lanes are; a stage fed above
 * its capacity shows an offered load above 1 while its utilisation cannot pass 1, and is named the
 * first to saturate, at a growth below 1.
 */
class CapacitySummaryTest {
    private static ObjectNode quickstart;
    private static ObjectNode oneLane;

    @BeforeAll
    static void run() {
        Path file = DccRuns.shipped("quickstart.yaml");
        quickstart = DccRuns.summary(DccRuns.load(file, "duration=20h", "warmup=2h"), file);
        oneLane = DccRuns.summary(DccRuns.load(file, "duration=20h", "warmup=2h", "dsp.lanes=1"), file);
    }

    private static Map<String, JsonNode> stages(JsonNode summary) {
        Map<String, JsonNode> out = new HashMap<>();
        summary.at("/capacity/stages").forEach(x -> out.put(x.path("id").asText(), x));
        return out;
    }

    @Test
    void shouldOfferAStableStageWhatItIsMeasuredBusy() {
        Map<String, JsonNode> s = stages(quickstart);
        assertEquals(18, quickstart.at("/capacity/hours").asInt(), "the whole clock hours from 02:00 to 20:00");
        JsonNode lanes = quickstart.path("lanes");
        for (int k = 0; k < lanes.size(); k++) {
            close(s.get("lane-" + k).path("meanOfferedLoad").asDouble(), lanes.get(k).path("utilisation").asDouble(), "lane-" + k);
        }
        for (String r : new String[] {"N", "C", "S"}) {
            close(s.get("uplink:" + r).path("meanOfferedLoad").asDouble(), quickstart.at("/wan/" + r + "/uplinkUtilisation").asDouble(),
                    "uplink " + r);
            close(s.get("downlink:" + r).path("meanOfferedLoad").asDouble(), quickstart.at("/wan/" + r + "/downlinkUtilisation").asDouble(),
                    "downlink " + r);
        }
        close(s.get("dsp").path("meanOfferedLoad").asDouble(), quickstart.at("/dsp/utilisation").asDouble(), "dsp");
        double pool = (s.get("lane-0").path("meanOfferedLoad").asDouble() + s.get("lane-1").path("meanOfferedLoad").asDouble()) / 2;
        assertEquals(pool, s.get("lanes").path("meanOfferedLoad").asDouble(), 1e-12, "two lanes of one server each: the pool is their mean");
        for (JsonNode x : s.values()) {
            double peak = x.path("peakHourOfferedLoad").asDouble();
            assertTrue(peak >= x.path("meanOfferedLoad").asDouble(), x.path("id") + ": the peak hour is at least the mean");
            assertEquals(1 - peak, x.path("headroom").asDouble(), 1e-12);
            if (peak > 0) {
                assertEquals(1.0, peak * x.path("saturatesAtGrowth").asDouble(), 1e-9, x.path("id") + ": saturates at 1 / peak");
            }
        }
        assertEquals("lanes", quickstart.at("/capacity/firstToSaturate/id").asText(), "the lanes are the quickstart's busiest stage");
        assertTrue(quickstart.at("/capacity/leftOut").toString().contains("han:N"), "the HAN hop is a latency: left out and listed");
    }

    /** Within 3% of the utilisation and 0.002 absolute: one replication of 18 hours of Poisson traffic. */
    private static void close(double offered, double utilisation, String what) {
        assertEquals(utilisation, offered, 0.002 + 0.03 * utilisation, what + ": offered load against measured utilisation");
    }

    @Test
    void shouldShowAnOverloadedStageAboveOneAndNameItFirst() {
        JsonNode lane = stages(oneLane).get("lanes");
        double peak = lane.path("peakHourOfferedLoad").asDouble();
        assertTrue(peak > 1.0, "one lane, offered the two lanes' work, more than it can do in the evening peak: " + peak);
        assertTrue(oneLane.path("lanes").get(0).path("utilisation").asDouble() <= 1.0, "utilisation cannot pass 1");
        assertEquals("lanes", oneLane.at("/capacity/firstToSaturate/id").asText());
        assertTrue(oneLane.at("/capacity/firstToSaturate/saturatesAtGrowth").asDouble() < 1.0, "over its capacity now: a growth below 1");
        assertTrue(lane.path("headroom").asDouble() < 0, "no headroom left");
    }
}
