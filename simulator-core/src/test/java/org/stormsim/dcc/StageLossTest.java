package org.stormsim.dcc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * Multi-server stages with and without room ({@code stage-loss.yaml}): 10 alerts a second, Poisson,
 * into a 2-channel uplink and a User intake, each exponential(100 ms) per alert. With no waiting
 * room a stage is an Erlang loss system and turns away the Erlang B share, counted as lost (and as
 * a miss in the Service Level); with room it is an M/M/c queue. About 72,000 alerts: the binomial
 * sd of a lost share is under 0.002; the tests allow 0.015.
 */
class StageLossTest {
    private static final String FIXTURE = "stage-loss.yaml";
    /** HAN 1 s + CSP 2 s + ingest 0.05 s + lane 1 ms. */
    private static final double FIXED = 1 + 2 + 0.05 + 0.001;

    private static double lostShare(ObjectNode s) {
        return DccRuns.number(s, "/alerts/lost") / DccRuns.number(s, "/alerts/generated");
    }

    @Test
    void shouldLoseTheErlangBShareOnAFullUplink() {
        ObjectNode s = DccRuns.summary(FIXTURE, "network.regions.N.uplinkCapacity=2", "users[0].intake.servers=16");
        assertEquals(FirmwareChannelsTest.erlangB(2, 1.0), lostShare(s), 0.015, "2 channels, 1 Erlang, no room");
        assertEquals(DccRuns.count(s, "/alerts/lost"), DccRuns.count(s, "/alerts/byRegion/N/lost"));
        assertTrue(s.at("/ledger/alerts/balanced").asBoolean());
    }

    @Test
    void shouldLoseTheErlangBShareAtAFullUserIntake() {
        ObjectNode s = DccRuns.summary(FIXTURE, "users[0].intake.capacity=1", "network.regions.N.uplinkChannels=64");
        assertEquals(FirmwareChannelsTest.erlangB(1, 1.0), lostShare(s), 0.015, "1 intake server, 1 Erlang, no room");
    }

    @Test
    void shouldCountLostAlertsAsServiceLevelMisses() {
        ObjectNode s = DccRuns.summary(FIXTURE, "users[0].intake.capacity=1", "network.regions.N.uplinkChannels=64");
        for (JsonNode m : s.at("/sla/measures")) {
            if (m.at("/id").asText().equals("alerts") && m.at("/region").asText().equals("all")) {
                assertEquals(DccRuns.count(s, "/alerts/generated") - DccRuns.count(s, "/alerts/inFlightAtEnd"), m.at("/measured").asLong(),
                        "delivered and lost alerts are both measured");
                assertEquals(1 - lostShare(s), m.at("/achieved").asDouble(), 0.001, "every delivered alert is within 60 s");
                assertEquals("belowMinimum", m.at("/status").asText());
                return;
            }
        }
        throw new AssertionError("no alerts measure over all regions: " + s.at("/sla"));
    }

    @Test
    void shouldQueueAsAnMmcStageWithRoom() {
        // M/M/2 uplink at rho 0.5: Erlang C(2, 1) = 1/3, W = C / (2 mu - lambda) = 1/30 s; sojourn 0.1333 s.
        // The intake then has 16 servers and no wait: 0.1 s.
        ObjectNode s = DccRuns.summary(FIXTURE, "users[0].intake.servers=16");
        assertEquals(0, DccRuns.count(s, "/alerts/lost"));
        double expected = FIXED + (0.1 + 1.0 / 30) + 0.1;
        assertEquals(expected, DccRuns.number(s, "/alerts/latency/mean"), 0.01);
        assertEquals(0.5, DccRuns.number(s, "/wan/N/uplinkUtilisation"), 0.01);
    }
}
