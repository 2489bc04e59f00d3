package org.stormsim.dcc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * Multi-server stages with and without room ({@code stage-loss.yaml}): 10 alerts a second, Poisson,
 * into a 2-channel uplink and a User intake, each exponential(100 ms) per alert. With no waiting
 * room a stage is an Erlang loss system and turns away the Erlang B share, counted as lost; with
 * room it is an M/M/c queue. The DCC's alert measure runs from the DSP's receipt to the hand-off
 * (DOMAIN.md section 9): a loss on the WAN before the DSP is left out of it with its count, and a
 * loss at the User's full intake is after it; both are misses of the end-to-end measure, and the
 * intake's of the User's share. About 72,000 alerts: the binomial
 * sd of a lost share is under 0.002; the tests allow 0.015.
 */
class StageLossTest {
    private static final String FIXTURE = "stage-loss.yaml";
    /** HAN 1 s + CSP 2 s + ingest 0.05 s + lane 1 ms + DSP processing 1 ms. */
    private static final double FIXED = 1 + 2 + 0.05 + 0.001 + 0.001;

    private static double lostShare(ObjectNode s) {
        return DccRuns.number(s, "/alerts/lost") / DccRuns.number(s, "/alerts/generated");
    }

    private static double lostAtIntakeShare(ObjectNode s) {
        return DccRuns.number(s, "/deliveries/lost") / DccRuns.number(s, "/deliveries/handedOver");
    }

    private static JsonNode measure(ObjectNode s, String id) {
        for (JsonNode m : s.at("/sla/measures")) {
            if (m.at("/id").asText().equals(id) && m.at("/region").asText().equals("all")) {
                return m;
            }
        }
        throw new AssertionError("no " + id + " measure over all regions: " + s.at("/sla"));
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
        assertEquals(FirmwareChannelsTest.erlangB(1, 1.0), lostAtIntakeShare(s), 0.015, "1 intake server, 1 Erlang, no room");
        assertEquals(0, DccRuns.count(s, "/alerts/lost"), "the DCC lost nothing: every alert was handed over");
    }

    @Test
    void shouldCountLossesEndToEndAndLeaveThemOutOfTheDccMeasureWithTheirCount() {
        ObjectNode uplink = DccRuns.summary(FIXTURE, "network.regions.N.uplinkCapacity=2", "users[0].intake.servers=16");
        JsonNode dcc = measure(uplink, "alerts");
        assertEquals(DccRuns.count(uplink, "/alerts/lost"), dcc.at("/excluded/endedBeforeStart").asLong(),
                "the DCC's measure starts at the DSP's receipt: an alert lost on the WAN before it is left out, and counted");
        assertEquals(1.0, dcc.at("/achieved").asDouble(), 0.0);
        JsonNode endToEnd = measure(uplink, "alertsEndToEnd");
        assertEquals(DccRuns.count(uplink, "/alerts/generated") - DccRuns.count(uplink, "/alerts/inFlightAtEnd")
                - DccRuns.count(uplink, "/deliveries/inFlightAtEnd"), endToEnd.at("/measured").asLong(),
                "end to end, delivered and lost alerts are both measured (but those on their way at the end)");
        assertEquals(1 - lostShare(uplink), endToEnd.at("/achieved").asDouble(), 0.001, "every alert taken in is within 60 s");
        assertEquals("belowMinimum", endToEnd.at("/againstTarget").asText());

        ObjectNode intake = DccRuns.summary(FIXTURE, "users[0].intake.capacity=1", "network.regions.N.uplinkChannels=64");
        assertEquals(1.0, measure(intake, "alerts").at("/achieved").asDouble(), 0.0, "the User's full intake is not the DCC's miss");
        assertEquals(1 - lostAtIntakeShare(intake), measure(intake, "alertsEndToEnd").at("/achieved").asDouble(), 0.001);
        assertEquals(1 - lostAtIntakeShare(intake), measure(intake, "alertsUserShare").at("/achieved").asDouble(), 0.001);
        assertEquals("belowMinimum", measure(intake, "alertsEndToEnd").at("/againstTarget").asText());
    }

    @Test
    void shouldQueueAsAnMmcStageWithRoom() {
        // M/M/2 uplink at rho 0.5: Erlang C(2, 1) = 1/3, W = C / (2 mu - lambda) = 1/30 s; sojourn 0.1333 s.
        // The intake then has 16 servers and no wait: 0.1 s.
        ObjectNode s = DccRuns.summary(FIXTURE, "users[0].intake.servers=16");
        assertEquals(0, DccRuns.count(s, "/alerts/lost"));
        double expected = FIXED + (0.1 + 1.0 / 30) + 0.1;
        assertEquals(expected, DccRuns.number(s, "/deliveries/latency/mean"), 0.01);
        assertEquals(expected - 0.1, DccRuns.number(s, "/alerts/latency/mean"), 0.01, "the DCC's part stops at the hand-off, before the intake");
        assertEquals(0.5, DccRuns.number(s, "/wan/N/uplinkUtilisation"), 0.01);
    }
}
