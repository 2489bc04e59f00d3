package org.stormsim.dcc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The DSP's servers are shared by alerts and Service Requests (OPSG 25: the volume of alerts "could
 * be handled by the DCC system, since actual service request volumes are still low"; DOMAIN.md 9):
 * on the SECMP0067 scenario, with the rule off, at a twentieth of its scale, raising the alert rate
 * 120-fold
 * lengthens the Service Requests' wait in the DSP while the WAN stays far from full, so the WAN is
 * not what makes them wait; On Demand responses take longer with it.
 */
class DspSharedCapacityTest {
    private static ObjectNode quiet;
    private static ObjectNode loud;

    @BeforeAll
    static void run() {
        Path file = DccRuns.shipped("secmp0067-throttle-window.yaml");
        quiet = DccRuns.summary(DccRuns.load(file, overrides("1/d")), file);
        loud = DccRuns.summary(DccRuns.load(file, overrides("120/d")), file);
    }

    /**
     * Four cohorts, each raising 8F3E at {@code rate} per meter; SECMP0067 off; the first hour (14:00-15:00,
     * before the evening peak and supplierC's burst), when the requests alone use about 60% of the DSP.
     */
    private static String[] overrides(String rate) {
        return new String[] {"population.scale=0.05", "duration=1h",
            "throttling.serviceRequestTrafficManagement.enabled=false",
            "population.cohorts[0].alerts[0].ratePerDevice=" + rate, "population.cohorts[1].alerts[0].ratePerDevice=" + rate,
            "population.cohorts[2].alerts[0].ratePerDevice=" + rate, "population.cohorts[3].alerts[0].ratePerDevice=" + rate};
    }

    @Test
    void shouldMakeServiceRequestsWaitLongerInTheDspWhenAlertsRise() {
        double alertsQuiet = DccRuns.number(quiet, "/dsp/wait/alerts/count");
        double alertsLoud = DccRuns.number(loud, "/dsp/wait/alerts/count");
        assertTrue(alertsLoud > 90 * alertsQuiet, "fixture: 120 times the alerts through the DSP: " + alertsQuiet + " -> " + alertsLoud);
        double quietWait = DccRuns.number(quiet, "/dsp/wait/requests/mean");
        double loudWait = DccRuns.number(loud, "/dsp/wait/requests/mean");
        assertTrue(loudWait > 1.5 * quietWait, "requests' mean DSP wait (utilisation " + DccRuns.number(quiet, "/dsp/utilisation") + " -> "
                + DccRuns.number(loud, "/dsp/utilisation") + "): " + quietWait + " s -> " + loudWait + " s");
        assertTrue(DccRuns.number(loud, "/dsp/utilisation") > DccRuns.number(quiet, "/dsp/utilisation") + 0.02,
                "the alerts take a share of the servers");
        for (String region : new String[] {"N", "C", "S"}) {
            assertTrue(DccRuns.number(loud, "/wan/" + region + "/uplinkUtilisation") < 0.5, "the WAN is not the bottleneck: " + region);
            assertTrue(DccRuns.number(loud, "/wan/" + region + "/downlinkUtilisation") < 0.5, "the WAN is not the bottleneck: " + region);
        }
        String onDemand = "/serviceRequests/byCategory/onDemand/responseTime/mean";
        assertTrue(DccRuns.number(loud, onDemand) > DccRuns.number(quiet, onDemand), "On Demand responses take longer with the alerts");
        assertEquals(0, DccRuns.count(loud, "/ledger/serviceRequests/throttled"), "SECMP0067 is off");
    }
}
