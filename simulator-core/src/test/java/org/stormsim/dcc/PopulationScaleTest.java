package org.stormsim.dcc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stormsim.scenario.DccEvent;
import org.stormsim.scenario.DccNetwork;
import org.stormsim.scenario.DccScenario;
import org.stormsim.scenario.PopulationScale;

/**
 * {@code population.scale} scales volumes and capacities together, so a small run of a full-scale
 * scenario keeps its utilisations: the quickstart at scale 0.1 has its lanes' and WAN uplinks'
 * utilisations within 3% (relative) of scale 1, and its downlinks' within 6% (a tenth of the
 * Service Requests, about 9,600 a region, so noisier). Fixed seed: the tolerances are a margin over
 * what this seed gives (under 1% for lanes and uplinks, under 3% for downlinks).
 */
class PopulationScaleTest {
    private static final double LANE_AND_UPLINK = 0.03;
    private static final double DOWNLINK = 0.06;
    private static Path file;
    private static ObjectNode full;
    private static ObjectNode tenth;

    @BeforeAll
    static void runQuickstartAtTwoScales() {
        file = DccRuns.shipped("quickstart.yaml");
        full = DccRuns.summary(DccRuns.load(file), file);
        tenth = DccRuns.summary(DccRuns.load(file, "population.scale=0.1"), file);
    }

    @Test
    void shouldKeepEveryLanesUtilisationAtATenthOfTheScale() {
        assertEquals(full.path("lanes").size(), tenth.path("lanes").size(), "the lanes keep their number");
        for (int k = 0; k < full.path("lanes").size(); k++) {
            assertClose("/lanes/" + k + "/utilisation", LANE_AND_UPLINK);
        }
        long alertsFull = DccRuns.count(full, "/alerts/generated");
        long alertsTenth = DccRuns.count(tenth, "/alerts/generated");
        assertEquals(0.1, (double) alertsTenth / alertsFull, 0.005, "a tenth of the alerts");
    }

    @Test
    void shouldKeepTheWanUtilisationAtATenthOfTheScale() {
        for (String r : DccScenario.REGIONS) {
            assertClose("/wan/" + r + "/uplinkUtilisation", LANE_AND_UPLINK);
            assertClose("/wan/" + r + "/downlinkUtilisation", DOWNLINK);
        }
    }

    @Test
    void shouldScaleServerPoolsLanesAndTheThrottleCapacity() {
        DccScenario sc = DccRuns.load(file, "population.scale=0.1", "throttling.serviceRequestTrafficManagement.capacity=1000/s",
                "users[0].forecast=50/s");
        DccScenario scaled = PopulationScale.apply(sc);
        DccNetwork.Region before = sc.network().region("N");
        DccNetwork.Region after = scaled.network().region("N");
        assertEquals(6, after.uplinkChannels(), "64 channels at 0.1: 6");
        assertEquals(0.1 * before.uplinkChannels() / before.uplinkAlertService().mean(),
                after.uplinkChannels() / after.uplinkAlertService().mean(), 1e-12, "the pool serves a tenth as much");
        assertEquals(40, after.firmwareChannels());
        assertEquals(sc.dsp().lanes(), scaled.dsp().lanes(), "lanes keep their number");
        assertEquals(10 * sc.dsp().laneService().mean(), scaled.dsp().laneService().mean(), 1e-6, "each lane serves a tenth as much");
        assertEquals(100.0, scaled.throttling().serviceRequestTrafficManagement().capacity().perSecond(), 1e-9);
        assertEquals(5.0, scaled.user("supplierA").forecast().perSecond(), 1e-9);
        assertEquals(10_000, scaled.population().regions().get("N"));
        assertEquals(1.0, scaled.population().scale());
        assertEquals(1_000, ((DccEvent.PowerOutage) scaled.events().get(0)).hubs(), "the outage's 10,000 hubs at 0.1");
    }

    @Test
    void shouldLeaveAFullScaleScenarioAsItIs() {
        DccScenario sc = DccRuns.load(file);
        assertSame(sc, PopulationScale.apply(sc));
    }

    @Test
    void shouldAcceptAnOutageSizedForTheFullPopulationAtAnyScale() {
        DccScenario sc = DccRuns.load(file, "population.scale=0.001");
        assertTrue(PopulationScale.apply(sc).population().hubs("N") >= ((DccEvent.PowerOutage) PopulationScale.apply(sc).events().get(0)).hubs());
    }

    private static void assertClose(String pointer, double relative) {
        JsonNode a = full.at(pointer);
        JsonNode b = tenth.at(pointer);
        assertTrue(a.isNumber() && b.isNumber(), pointer + " is a number in both summaries");
        double rel = Math.abs(b.asDouble() - a.asDouble()) / a.asDouble();
        assertTrue(rel <= relative, pointer + ": scale 1 " + a + ", scale 0.1 " + b + ": " + rel + " apart, more than " + relative);
    }
}
