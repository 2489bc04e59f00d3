package org.stormsim.dcc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Where a Service Level starts and stops (docs/model.md, "Where a Service Level is measured";
 * DOMAIN.md section 9), on the shipped scenarios: the DCC's alert measure stops at the DCC's hand-off,
 * so a User's slow system is the User's share and not the DCC's miss; the DNOs' measure runs from the
 * power loss ("a SEC requirement for alerts to be sent within 60 seconds of a power outage", OPSG 36x),
 * so no AD1 the CSP raises after 3 minutes can meet it; PM12.1 and PM12.2 time the CSP's part of
 * isolated and mass outages (PMM p23); a power outage alert goes to the Supplier and the DNO.
 */
class ServiceLevelPointsTest {

    private static ObjectNode quickstart(String... overrides) {
        Path file = DccRuns.shipped("quickstart.yaml");
        String[] all = new String[overrides.length + 2];
        all[0] = "replications=2";
        all[1] = "users[0].intake.servers=1";
        System.arraycopy(overrides, 0, all, 2, overrides.length);
        return DccRuns.run(DccRuns.load(file, all), file, 2).summary();
    }

    @Test
    void shouldLeaveTheDccsAlertMeasureAloneWhenOneUsersSystemIsTenTimesSlower() {
        ObjectNode base = quickstart("users[0].intake.service=exponential(2ms)");
        ObjectNode slow = quickstart("users[0].intake.service=exponential(20ms)");
        JsonNode dccBase = ServiceLevelPeriodsTest.measure(base, "alerts", "all");
        JsonNode dccSlow = ServiceLevelPeriodsTest.measure(slow, "alerts", "all");
        double halfWidth = base.at("/ci95").path("/sla/measures/alerts/all/achieved").asDouble();
        assertTrue(halfWidth > 0, "two replications give an interval: " + base.at("/ci95"));
        assertEquals(dccBase.at("/achieved").asDouble(), dccSlow.at("/achieved").asDouble(), halfWidth,
                "the DCC's measure (DSP receipt to hand-off) stays within its 95% interval");
        String user = "supplierA";
        double shareBase = ServiceLevelPeriodsTest.measure(base, "alertsUserShare", "all").at("/byUser/" + user + "/achieved").asDouble();
        double shareSlow = ServiceLevelPeriodsTest.measure(slow, "alertsUserShare", "all").at("/byUser/" + user + "/achieved").asDouble();
        assertTrue(shareSlow < shareBase - 0.01, "the User's own share worsens: " + shareBase + " -> " + shareSlow);
        double endBase = ServiceLevelPeriodsTest.measure(base, "alertsEndToEnd", "all").at("/achieved").asDouble();
        double endSlow = ServiceLevelPeriodsTest.measure(slow, "alertsEndToEnd", "all").at("/achieved").asDouble();
        assertTrue(endSlow < endBase - 0.01, "end to end worsens: " + endBase + " -> " + endSlow);
        assertEquals(1.0, ServiceLevelPeriodsTest.measure(slow, "alertsUserShare", "all").at("/byUser/supplierB/achieved").asDouble(), 0.0,
                "the other Supplier's system is untouched");
    }

    @Test
    void shouldTimeTheDnoMeasureFromThePowerLossAndReportPm121AndPm122() {
        Path file = DccRuns.shipped("power-outage-reconnection.yaml");
        ObjectNode s = DccRuns.summary(DccRuns.load(file, "population.scale=0.1"), file);
        JsonNode dno = ServiceLevelPeriodsTest.measure(s, "dnoPowerOutage", "all");
        assertEquals("powerLost", dno.at("/from").asText());
        assertEquals("handedOver", dno.at("/to").asText());
        long ad1 = DccRuns.count(s, "/alerts/byCode/AD1/delivered");
        assertTrue(ad1 > 10_000, "fixture: " + ad1 + " AD1");
        assertEquals(ad1, dno.at("/measured").asLong(), "every AD1 handed over is measured once, for its DNO");
        assertTrue(dno.at("/latency/min").asDouble() >= 180.0, "every AD1 is 180 s or more after its power loss: " + dno.at("/latency"));
        assertEquals(0.0, dno.at("/achieved").asDouble(), 0.0, "so none is within 60 s of it");
        JsonNode isolated = ServiceLevelPeriodsTest.measure(s, "PM12.1", "all");
        JsonNode mass = ServiceLevelPeriodsTest.measure(s, "PM12.2", "all");
        assertTrue(isolated.at("/measured").asLong() > 0, "the isolated outages' AD1: " + isolated);
        assertTrue(mass.at("/measured").asLong() > 10_000, "the mass outage's AD1: " + mass);
        assertEquals(ad1, isolated.at("/measured").asLong() + mass.at("/measured").asLong(), "each AD1 is isolated or mass");
        assertEquals("raised", mass.at("/from").asText());
        assertEquals("dspReceived", mass.at("/to").asText());
        // each AD1 goes to the importing Supplier and to the DNO: two deliveries, each measured
        assertEquals(2 * ad1, DccRuns.count(s, "/deliveries/byCode/AD1/handedOver"));
        assertEquals(2 * ad1, ServiceLevelPeriodsTest.measure(s, "powerOutageAlerts", "all").at("/measured").asLong());
        assertEquals(ad1, ServiceLevelPeriodsTest.measure(s, "powerOutageAlerts", "all").at("/byUser/dnoCentral/measured").asLong());
        assertEquals(ad1, ServiceLevelPeriodsTest.measure(s, "powerOutageAlerts", "all").at("/byUser/supplierA/measured").asLong());
        assertTrue(s.at("/ledger/deliveries/balanced").asBoolean());
    }
}
