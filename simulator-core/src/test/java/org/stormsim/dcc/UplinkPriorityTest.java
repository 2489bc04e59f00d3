package org.stormsim.dcc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The WAN uplink of a region is one {@link ServerStage} shared by alerts and SR responses; with
 * {@code prioritiseAlerts} alerts go first (non-preemptive). In {@code uplink-priority.yaml} the N
 * uplink is a single channel at utilisation 0.8 (alerts 5/s x 100 ms, responses 2/s x 150 ms, both
 * exponential) and every other delay is deterministic, so each mean is a fixed delay plus the
 * uplink's M/G/1 wait, from Pollaczek-Khinchine (FIFO) and Cobham's formula (priority):
 * W0 = sum(lambda E[S^2]) / 2 = 0.095 s; FIFO W = W0 / (1 - rho) = 0.475 s; with priority
 * W_alert = W0 / (1 - rho_alert) = 0.19 s and W_response = W0 / ((1 - rho_alert)(1 - rho)) = 0.95 s.
 * Errors: across 16 runs of this fixture (6 h, different seeds) the standard deviation of the mean FIFO wait was about
 * 0.015 s and of the low-priority wait about 0.03 s; the tests allow 4 of them.
 */
class UplinkPriorityTest {
    private static final String FIXTURE = "uplink-priority.yaml";
    private static final double W0 = (5 * 2 * 0.1 * 0.1 + 2 * 2 * 0.15 * 0.15) / 2;
    private static final double RHO_ALERTS = 5 * 0.1;
    private static final double RHO = RHO_ALERTS + 2 * 0.15;
    /** han 1 s + uplink service 0.1 s + CSP 2 s + ingest 0.05 s + lane 1 ms + intake 2 ms. */
    private static final double ALERT_FIXED = 1 + 0.1 + 2 + 0.05 + 0.001 + 0.002;
    /** DSP 0.5 s + downlink 0.15 s + HAN, device, HAN 4 s + uplink service 0.15 s + CSP 2 s + DSP 0.5 s. */
    private static final double RESPONSE_FIXED = 0.5 + 0.15 + 4 + 0.15 + 2 + 0.5;

    private static ObjectNode fifo;
    private static ObjectNode alertsFirst;

    @BeforeAll
    static void runBoth() {
        fifo = DccRuns.summary(FIXTURE, "network.regions.N.prioritiseAlerts=false");
        alertsFirst = DccRuns.summary(FIXTURE, "network.regions.N.prioritiseAlerts=true");
    }

    @Test
    void shouldRunTheUplinkNearSaturation() {
        assertEquals(RHO, DccRuns.number(fifo, "/wan/N/uplinkUtilisation"), 0.015);
        assertEquals(RHO, DccRuns.number(alertsFirst, "/wan/N/uplinkUtilisation"), 0.015);
    }

    @Test
    void shouldMatchPollaczekKhinchineWithoutPriority() {
        double w = W0 / (1 - RHO);
        assertEquals(ALERT_FIXED + w, DccRuns.number(fifo, "/alerts/latency/mean"), 0.06);
        assertEquals(RESPONSE_FIXED + w, DccRuns.number(fifo, "/serviceRequests/responseTime/mean"), 0.06);
    }

    @Test
    void shouldMatchCobhamsFormulaWithAlertPriority() {
        double alertWait = W0 / (1 - RHO_ALERTS);
        double responseWait = W0 / ((1 - RHO_ALERTS) * (1 - RHO));
        assertEquals(ALERT_FIXED + alertWait, DccRuns.number(alertsFirst, "/alerts/latency/mean"), 0.03);
        assertEquals(RESPONSE_FIXED + responseWait, DccRuns.number(alertsFirst, "/serviceRequests/responseTime/mean"), 0.12);
    }

    @Test
    void shouldLowerAlertLatencyAndRaiseResponseTimesWhenAlertsGoFirst() {
        double alertGain = DccRuns.number(fifo, "/alerts/byRegion/N/latency/mean") - DccRuns.number(alertsFirst, "/alerts/byRegion/N/latency/mean");
        double responseLoss = DccRuns.number(alertsFirst, "/serviceRequests/responseTime/mean")
                - DccRuns.number(fifo, "/serviceRequests/responseTime/mean");
        // theory: alerts gain 0.475 - 0.19 = 0.285 s, responses lose 0.95 - 0.475 = 0.475 s
        assertTrue(alertGain > 0.2, "alert priority should cut the mean alert latency by about 0.285 s, cut " + alertGain);
        assertTrue(responseLoss > 0.3, "alert priority should add about 0.475 s to the mean SR response time, added " + responseLoss);
        assertTrue(DccRuns.number(alertsFirst, "/alerts/latency/p99") < DccRuns.number(fifo, "/alerts/latency/p99"));
        assertTrue(DccRuns.number(alertsFirst, "/serviceRequests/responseTime/p99") > DccRuns.number(fifo, "/serviceRequests/responseTime/p99"));
    }

    @Test
    void shouldLeaveTheWorkDoneUnchanged() {
        assertEquals(DccRuns.count(fifo, "/alerts/generated"), DccRuns.count(alertsFirst, "/alerts/generated"),
                "the sources draw from their own streams, so priority must not change what is raised");
        assertEquals(DccRuns.count(fifo, "/serviceRequests/submitted"), DccRuns.count(alertsFirst, "/serviceRequests/submitted"));
        assertEquals(0, DccRuns.count(fifo, "/serviceRequests/timedOut"));
        assertEquals(0, DccRuns.count(alertsFirst, "/serviceRequests/timedOut"));
    }
}
