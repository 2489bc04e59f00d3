package org.stormsim.dcc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stormsim.testing.Timeline;

/**
 * The {@code firmwareFix} event ({@code firmware-fix.yaml}): a dormant cohort (Supplier A, 300
 * ESMEs) starts raising 8F3E at 432 a day per ESME at 1 h; the alerting cohort (Supplier B, 300
 * ESMEs at 144 a day) is stopped at 2 h. Alerts are told apart by their recipient. Counts are
 * Poisson; the tests allow 4 standard deviations.
 */
class FirmwareFixTest {
    private static final String FIXTURE = "firmware-fix.yaml";
    private static Timeline timeline;

    @BeforeAll
    static void run() {
        timeline = DccRuns.timeline(FIXTURE);
    }

    private static long count(Timeline t, String supplier, long from, long to) {
        int u = t.user(supplier);
        return t.count(DccRuns.alert("8F3E").and(o -> o.user() == u && o.t0() >= from && o.t0() < to));
    }

    @Test
    void shouldKeepADormantCohortSilentUntilTheFix() {
        assertEquals(0, count(timeline, "supplierA", 0, DccRuns.HOUR), "no 8F3E from the dormant cohort before the fix");
    }

    @Test
    void shouldStartTheDormantCohortAtTheFixedRate() {
        double expected = 300 * 432.0 / 86400 * 7200; // 1.5 a second for the 2 h after the fix
        long observed = count(timeline, "supplierA", DccRuns.HOUR, 3 * DccRuns.HOUR);
        assertTrue(DccRuns.withinPoisson(expected, observed, 4), DccRuns.poissonMessage("8F3E after the fix", expected, observed));
        // the rate holds across the run: first and second hour after the fix agree
        long first = count(timeline, "supplierA", DccRuns.HOUR, 2 * DccRuns.HOUR);
        assertTrue(DccRuns.withinPoisson(expected / 2, first, 4), DccRuns.poissonMessage("8F3E in the hour after the fix", expected / 2, first));
    }

    @Test
    void shouldLeaveTheDormantCohortsOtherCodesAlone() {
        int a = timeline.user("supplierA");
        long rejoins = timeline.count(DccRuns.alert("8F12").and(o -> o.user() == a));
        double expected = 300 * 24.0 / 86400 * 3 * 3600;
        assertTrue(DccRuns.withinPoisson(expected, rejoins, 4), DccRuns.poissonMessage("8F12 of the dormant cohort", expected, rejoins));
    }

    @Test
    void shouldStopACohortsCodeWithActionStop() {
        double before = 300 * 144.0 / 86400 * 7200;
        long observedBefore = count(timeline, "supplierB", 0, 2 * DccRuns.HOUR);
        assertTrue(DccRuns.withinPoisson(before, observedBefore, 4), DccRuns.poissonMessage("8F3E before the stop", before, observedBefore));
        assertEquals(0, count(timeline, "supplierB", 2 * DccRuns.HOUR, 3 * DccRuns.HOUR), "no 8F3E after action: stop");
    }

    @Test
    void shouldChangeTheRateOfACodeAlreadyRaised() {
        Timeline t = DccRuns.timeline(FIXTURE, "events[1].action=start", "events[1].ratePerDevice=432/d");
        double expected = 300 * 432.0 / 86400 * 3600;
        long observed = count(t, "supplierB", 2 * DccRuns.HOUR, 3 * DccRuns.HOUR);
        assertTrue(DccRuns.withinPoisson(expected, observed, 4), DccRuns.poissonMessage("8F3E at the new rate", expected, observed));
    }

    @Test
    void shouldApplyFixesInTimeOrderWhateverTheirOrderInTheFile() {
        // firmware-fix-out-of-order.yaml: the dormant cohort's fix at 2 h (432/d) is listed before its fix at 1 h (144/d)
        Timeline t = DccRuns.timeline("firmware-fix-out-of-order.yaml");
        double first = 300 * 144.0 / 86400 * 3600;
        double second = 300 * 432.0 / 86400 * 3600;
        long observedFirst = count(t, "supplierA", DccRuns.HOUR, 2 * DccRuns.HOUR);
        long observedSecond = count(t, "supplierA", 2 * DccRuns.HOUR, 3 * DccRuns.HOUR);
        assertTrue(DccRuns.withinPoisson(first, observedFirst, 4), DccRuns.poissonMessage("8F3E between the fixes (1-2 h)", first, observedFirst));
        assertTrue(DccRuns.withinPoisson(second, observedSecond, 4), DccRuns.poissonMessage("8F3E after the second fix", second, observedSecond));
    }

    @Test
    void shouldBalanceTheLedgerAcrossFixes() {
        var s = DccRuns.summary(FIXTURE);
        for (String kind : new String[] {"alerts", "serviceRequests", "registrations"}) {
            assertTrue(s.at("/ledger/" + kind + "/balanced").asBoolean(), kind + ": " + s.at("/ledger/" + kind));
        }
        assertEquals(timeline.count(Timeline.Outcome::isAlert)
                + DccRuns.count(s, "/alerts/inFlightAtEnd"), DccRuns.count(s, "/alerts/generated"),
                "the summary run and the timeline run should raise the same alerts");
    }
}
