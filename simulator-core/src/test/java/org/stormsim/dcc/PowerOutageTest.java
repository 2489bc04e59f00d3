package org.stormsim.dcc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stormsim.testing.Timeline;

/**
 * The {@code powerOutage} event ({@code power-outage.yaml}): 600 hubs in N and 600 in C, each ESME
 * raising 8F3E at 144 a day (1 a second per region); at 1 h power is lost to N hubs. Hubs without
 * power raise nothing; hubs still off after 3 minutes raise AD1; at restoration every hub sends
 * 8F36 (8F35 after an outage under 3 minutes) to its Network Operator, 8F12 (HAN re-join) to its
 * Supplier, and re-registers on the WAN, spread over the 5-minute restoration period.
 */
class PowerOutageTest {
    private static final String FIXTURE = "power-outage.yaml";
    private static final long OUTAGE_AT = DccRuns.HOUR;
    private static final long SPREAD = 5 * DccRuns.MINUTE;

    private static boolean isRegion(Timeline.Outcome o, int r) {
        return o.region() == r;
    }

    @Test
    void shouldSilenceHubsWithoutPowerForTheWholeOutage() {
        Timeline t = DccRuns.timeline(FIXTURE);
        long restoredAt = OUTAGE_AT + 30 * DccRuns.MINUTE;
        long during = t.count(DccRuns.alert("8F3E").and(o -> isRegion(o, 0) && o.t0() >= OUTAGE_AT && o.t0() < restoredAt));
        assertEquals(0, during, "every N hub is off from 1 h to 1 h 30: none of them may raise 8F3E");
        long northBefore = t.count(DccRuns.alert("8F3E").and(o -> isRegion(o, 0) && o.t0() < OUTAGE_AT));
        long northAfter = t.count(DccRuns.alert("8F3E").and(o -> isRegion(o, 0) && o.t0() >= restoredAt));
        long central = t.count(DccRuns.alert("8F3E").and(o -> isRegion(o, 1)));
        assertTrue(DccRuns.withinPoisson(3600, northBefore, 4), DccRuns.poissonMessage("N 8F3E before the outage", 3600, northBefore));
        assertTrue(DccRuns.withinPoisson(1800, northAfter, 4), DccRuns.poissonMessage("N 8F3E after restoration", 1800, northAfter));
        assertTrue(DccRuns.withinPoisson(7200, central, 4), DccRuns.poissonMessage("C 8F3E, not in the outage", 7200, central));
    }

    @Test
    void shouldSilenceOnlyTheHubsThatLostPower() {
        // 200 of 600 N hubs off for 30 min: N raises 8F3E at 2/3 of its rate meanwhile
        Timeline t = DccRuns.timeline(FIXTURE, "events[0].hubs=200");
        long restoredAt = OUTAGE_AT + 30 * DccRuns.MINUTE;
        long during = t.count(DccRuns.alert("8F3E").and(o -> isRegion(o, 0) && o.t0() >= OUTAGE_AT && o.t0() < restoredAt));
        assertTrue(DccRuns.withinPoisson(1200, during, 4), DccRuns.poissonMessage("N 8F3E with a third of the hubs off", 1200, during));
        assertEquals(200, t.count(DccRuns.alert("AD1")));
        assertEquals(200, t.count(DccRuns.alert("8F36")));
        assertEquals(200, t.count(DccRuns.alert("8F12")));
    }

    @Test
    void shouldRaiseOneOutageAlertPerHubOffForThreeMinutesOrMore() {
        ObjectNode s = DccRuns.summary(FIXTURE);
        assertEquals(600, DccRuns.generated(s, "AD1"));
        assertEquals(600, DccRuns.count(s, "/alerts/byCode/AD1/delivered"));
        assertEquals(600, DccRuns.generated(s, "8F36"), "one 'outage >= 3 min restored' per hub");
        assertEquals(0, DccRuns.generated(s, "8F35"));
        assertEquals(600, DccRuns.generated(s, "8F12"), "one HAN re-join per hub");
        assertEquals(600, DccRuns.count(s, "/ledger/registrations/generated"), "one WAN re-registration per hub");
        assertEquals(600, DccRuns.count(s, "/ledger/registrations/delivered"));
        assertTrue(s.at("/ledger/registrations/balanced").asBoolean());
    }

    @Test
    void shouldRaiseNoOutageAlertAndShortOutageRestorationsUnderThreeMinutes() {
        ObjectNode s = DccRuns.summary(FIXTURE, "events[0].duration=2min");
        assertEquals(0, DccRuns.generated(s, "AD1"), "a hub back within 3 minutes raises no AD1");
        assertEquals(600, DccRuns.generated(s, "8F35"), "one 'supply outage restored' per hub");
        assertEquals(0, DccRuns.generated(s, "8F36"));
        assertEquals(600, DccRuns.generated(s, "8F12"));
        assertEquals(600, DccRuns.count(s, "/ledger/registrations/generated"));
    }

    @Test
    void shouldTreatExactlyThreeMinutesAsALongOutage() {
        ObjectNode s = DccRuns.summary(FIXTURE, "events[0].duration=3min");
        assertEquals(600, DccRuns.generated(s, "AD1"));
        assertEquals(600, DccRuns.generated(s, "8F36"));
        assertEquals(0, DccRuns.generated(s, "8F35"));
    }

    @Test
    void shouldSendOutageAndRestorationAlertsToTheNetworkOperatorAndReJoinsToTheSupplier() {
        Timeline t = DccRuns.timeline(FIXTURE);
        int dno = t.user("dno");
        int supplier = t.user("supplier");
        for (String code : List.of("AD1", "8F36")) {
            List<Timeline.Outcome> alerts = t.where(DccRuns.alert(code));
            assertEquals(600, alerts.size());
            assertTrue(alerts.stream().allMatch(o -> o.user() == dno), code + " should go to the Network Operator");
        }
        List<Timeline.Outcome> rejoins = t.where(DccRuns.alert("8F12"));
        assertTrue(rejoins.stream().allMatch(o -> o.user() == supplier), "8F12 (device log changed) should go to the Supplier");
        assertTrue(t.where(DccRuns.alert("8F3E")).stream().allMatch(o -> o.user() == supplier));
        assertEquals(1200, t.stage("intake:dno").processed(), "the DNO's intake takes exactly the AD1 and 8F36 alerts");
    }

    @Test
    void shouldSpreadRestorationAlertsOverTheRestorationPeriod() {
        Timeline t = DccRuns.timeline(FIXTURE);
        long restoredAt = OUTAGE_AT + 30 * DccRuns.MINUTE;
        for (String code : List.of("8F36", "8F12")) {
            List<Timeline.Outcome> alerts = t.where(DccRuns.alert(code));
            assertTrue(alerts.stream().allMatch(o -> o.t0() >= restoredAt && o.t0() < restoredAt + SPREAD),
                    code + " should be raised within the 5 min after restoration");
            double meanOffset = alerts.stream().mapToLong(o -> o.t0() - restoredAt).average().orElseThrow() / DccRuns.SECOND;
            // uniform over 300 s: mean 150 s, sd of the mean of 600 = 86.6 / sqrt(600) = 3.5 s; allow 4 sd
            assertEquals(150, meanOffset, 14, code + " mean offset from restoration");
        }
        List<Timeline.Outcome> outage = t.where(DccRuns.alert("AD1"));
        assertTrue(outage.stream().allMatch(o -> o.t0() >= OUTAGE_AT + 3 * DccRuns.MINUTE), "AD1 only after 3 minutes off");
    }

    @Test
    void shouldRaiseOutageAlertsOnlyWhileTheHubIsStillOff() {
        // power back after 4 minutes: AD1 says "not restored within 3 minutes", so it must be raised
        // between the 3-minute mark and restoration, not spread over the 5 min after the 3-minute mark
        Timeline t = DccRuns.timeline(FIXTURE, "events[0].duration=4min");
        long restoredAt = OUTAGE_AT + 4 * DccRuns.MINUTE;
        List<Timeline.Outcome> outage = t.where(DccRuns.alert("AD1"));
        assertEquals(600, outage.size());
        long late = outage.stream().filter(o -> o.t0() >= restoredAt).count();
        assertEquals(0, late, late + " of 600 AD1 alerts were raised after their hub's power came back at 1:04");
    }

    @Test
    void shouldBalanceTheLedgerWithAnOutageOnTheBusiestUplink() {
        // a WAN uplink of one channel, so the restoration surge queues and some of it is still in flight
        ObjectNode s = DccRuns.summary(FIXTURE, "network.regions.N.uplinkChannels=1", "duration=95min");
        for (String kind : List.of("alerts", "serviceRequests", "registrations")) {
            assertTrue(s.at("/ledger/" + kind + "/balanced").asBoolean(), kind + " ledger: " + s.at("/ledger/" + kind));
        }
        assertTrue(DccRuns.count(s, "/ledger/registrations/inFlightAtEnd") + DccRuns.count(s, "/alerts/inFlightAtEnd") > 0,
                "the run should end in the middle of the restoration surge");
    }
}
