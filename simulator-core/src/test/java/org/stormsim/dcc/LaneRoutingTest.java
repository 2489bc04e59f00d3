package org.stormsim.dcc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How alerts pick a motorway lane ({@code lane-routing.yaml}: 8F3E and 8014 at 3 a second each from
 * 90 ESMEs into 3 lanes, warm-up 0 so lane counts cover every alert; {@code lanes-overload.yaml}
 * for the queueing comparisons): device hash, round robin, least loaded, and dedicated lanes.
 */
class LaneRoutingTest {
    private static final String FIXTURE = "lane-routing.yaml";
    private static final String[] ONE_DEVICE = {"population.regions.N=1", "population.regions.C=0", "population.regions.S=0"};

    private static List<Long> processed(ObjectNode s) {
        List<Long> out = new ArrayList<>();
        for (JsonNode lane : s.at("/lanes")) {
            out.add(lane.at("/processed").asLong());
        }
        return out;
    }

    private static String[] with(String[] base, String... more) {
        String[] out = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, out, base.length, more.length);
        return out;
    }

    @Test
    void shouldKeepOneDevicesAlertsOfACodeOnOneLaneWithDeviceHash() {
        ObjectNode s = DccRuns.summary(FIXTURE, with(ONE_DEVICE, "dsp.lanes=8",
                "population.cohorts[0].alerts=[{code: 8F3E, device: ESME, ratePerDevice: 2880/d}]"));
        List<Long> lanes = processed(s);
        assertEquals(8, lanes.size());
        assertEquals(1, lanes.stream().filter(n -> n > 0).count(), "one ESME's 8F3E storm should stay on one lane: " + lanes);
        assertEquals(DccRuns.count(s, "/alerts/delivered"), lanes.stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void shouldKeepOneDeviceOnOneLaneWithDeviceHashWhateverItsCodes() {
        // the same ESME raising 8F3E and 8014: routing by device hash should not split its alerts
        ObjectNode s = DccRuns.summary(FIXTURE, with(ONE_DEVICE, "dsp.lanes=8"));
        List<Long> lanes = processed(s);
        assertTrue(DccRuns.generated(s, "8014") > 100 && DccRuns.generated(s, "8F3E") > 100);
        assertEquals(1, lanes.stream().filter(n -> n > 0).count(), "one ESME's alerts should stay on one lane: " + lanes);
    }

    @Test
    void shouldSpreadManyDevicesOverAllLanesWithDeviceHash() {
        List<Long> lanes = processed(DccRuns.summary(FIXTURE));
        long total = lanes.stream().mapToLong(Long::longValue).sum();
        for (long n : lanes) {
            // 90 devices hashed to 3 lanes: each gets a binomial(90, 1/3) share of devices, sd 4.5 devices (15%)
            assertEquals(total / 3.0, n, 0.45 * total / 3, "device-hash lane loads " + lanes);
        }
    }

    @Test
    void shouldSpreadAlertsEvenlyWithRoundRobin() {
        ObjectNode s = DccRuns.summary(FIXTURE, "dsp.laneRouting=roundRobin");
        List<Long> lanes = processed(s);
        long max = lanes.stream().mapToLong(Long::longValue).max().orElseThrow();
        long min = lanes.stream().mapToLong(Long::longValue).min().orElseThrow();
        assertTrue(max - min <= 2, "round robin sends every third alert to each lane: " + lanes);
        assertEquals(DccRuns.count(s, "/alerts/delivered"), lanes.stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void shouldSendDedicatedCodesOnlyToTheirLanes() {
        ObjectNode s = DccRuns.summary(FIXTURE, "dsp.dedicated=[{codes: [8F3E], lanes: 1}]");
        List<Long> lanes = processed(s);
        long stormCodeDelivered = DccRuns.count(s, "/alerts/byCode/8F3E/delivered");
        long stormCodeRaised = DccRuns.generated(s, "8F3E");
        long otherDelivered = DccRuns.count(s, "/alerts/byCode/8014/delivered");
        long otherRaised = DccRuns.generated(s, "8014");
        // a lane processes an alert before its User's intake takes it, so lane counts lie between delivered and raised
        assertTrue(lanes.get(0) >= stormCodeDelivered && lanes.get(0) <= stormCodeRaised,
                "lane-0 is 8F3E's alone: it processed " + lanes.get(0) + ", 8F3E delivered " + stormCodeDelivered);
        long general = lanes.get(1) + lanes.get(2);
        assertTrue(general >= otherDelivered && general <= otherRaised, "lanes 1-2 carry 8014 alone: " + lanes);
        assertTrue(lanes.get(1) > 0 && lanes.get(2) > 0, "the general lanes share the other codes: " + lanes);
    }

    @Test
    void shouldRoundRobinWithinDedicatedAndGeneralLanesSeparately() {
        ObjectNode s = DccRuns.summary(FIXTURE, "dsp.lanes=4", "dsp.laneRouting=roundRobin", "dsp.dedicated=[{codes: [8F3E], lanes: 2}]");
        List<Long> lanes = processed(s);
        assertTrue(Math.abs(lanes.get(0) - lanes.get(1)) <= 2, "8F3E alternates over lanes 0-1: " + lanes);
        assertTrue(Math.abs(lanes.get(2) - lanes.get(3)) <= 2, "8014 alternates over lanes 2-3: " + lanes);
        assertTrue(lanes.get(0) + lanes.get(1) >= DccRuns.count(s, "/alerts/byCode/8F3E/delivered"));
    }

    @Test
    void shouldBreakLeastLoadedTiesToTheLowestLane() {
        // with 10 ms per alert and 6 alerts a second, lanes are mostly empty and ties go to the lowest lane
        List<Long> lanes = processed(DccRuns.summary(FIXTURE, "dsp.laneRouting=leastLoaded"));
        long total = lanes.stream().mapToLong(Long::longValue).sum();
        // lane-0 is busy 6% of the time, so about 94% start there; lane-2 needs two busy lanes (under 1%)
        assertEquals(0.94, lanes.get(0) / (double) total, 0.02, "lane loads " + lanes);
        assertTrue(lanes.get(2) < 0.01 * total, "lane loads " + lanes);
    }

    /** GI/M/1 with Erlang-3 arrivals at {@code lambda} and service rate {@code mu}: mean sojourn 1 / (mu (1 - sigma)). */
    private static double erlang3M1Sojourn(double lambda, double mu) {
        double sigma = 0.5;
        for (int i = 0; i < 200; i++) {
            double k = 3 * lambda;
            sigma = Math.pow(k / (k + mu * (1 - sigma)), 3);
        }
        return 1 / (mu * (1 - sigma));
    }

    @Test
    void shouldQueueLessWithRoundRobinAndLeastLoadedThanWithDeviceHash() {
        // lanes-overload.yaml with 3 lanes: 15 alerts a second, 10 a second per lane. Fixed delays 3.152 s.
        double fixed = 1 + 0.1 + 2 + 0.05 + 0.002;
        double hash = DccRuns.number(DccRuns.summary("lanes-overload.yaml", "dsp.lanes=3"), "/alerts/latency/mean") - fixed;
        double roundRobin = DccRuns.number(DccRuns.summary("lanes-overload.yaml", "dsp.lanes=3", "dsp.laneRouting=roundRobin"),
                "/alerts/latency/mean") - fixed;
        double leastLoaded = DccRuns.number(DccRuns.summary("lanes-overload.yaml", "dsp.lanes=3", "dsp.laneRouting=leastLoaded"),
                "/alerts/latency/mean") - fixed;
        // round robin turns the Poisson stream into Erlang-3 arrivals at each lane: E3/M/1 at 5 a second
        assertEquals(erlang3M1Sojourn(5, 10), roundRobin, 0.01, "round-robin lane sojourn");
        // joining the shortest queue does no better than one shared queue (M/M/3: 0.1158 s) and better than device hash
        double mm3 = 0.1 + 0.2368 / (30 - 15);
        assertTrue(leastLoaded >= mm3 - 0.005 && leastLoaded < roundRobin,
                "least loaded " + leastLoaded + " should lie between M/M/3 " + mm3 + " and round robin " + roundRobin);
        assertTrue(roundRobin < hash, "round robin " + roundRobin + " should beat device hash " + hash);
    }
}
