package org.stormsim.dcc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stormsim.scenario.DailyProfile;
import org.stormsim.testing.Timeline;

/**
 * The {@code growth} event ({@code growth.yaml}): 30 ESMEs at 10 alerts a day (300 a day), over 60
 * days (two 30-day months); the growth curve multiplies every alert rate by its factor for the
 * month. Counts are Poisson; the tests allow 4 standard deviations.
 */
class GrowthTest {
    private static final String FIXTURE = "growth.yaml";
    private static final double PER_DAY = 300;
    private static final long MONTH = 30 * DccRuns.DAY;

    private static void assertMonths(Timeline t, double factor0, double factor1) {
        long first = t.count(DccRuns.alert("8F3E").and(o -> o.t0() < MONTH));
        long second = t.count(DccRuns.alert("8F3E").and(o -> o.t0() >= MONTH));
        double e0 = PER_DAY * 30 * factor0;
        double e1 = PER_DAY * 30 * factor1;
        assertTrue(DccRuns.withinPoisson(e0, first, 4), DccRuns.poissonMessage("month 0", e0, first));
        assertTrue(DccRuns.withinPoisson(e1, second, 4), DccRuns.poissonMessage("month 1", e1, second));
    }

    @Test
    void shouldScaleAlertRatesByEachMonthsFactor() {
        assertMonths(DccRuns.timeline(FIXTURE), 1.0, 3.0);
    }

    @Test
    void shouldShapeEachHourOfTheDayByTheDailyProfile() {
        // 30 days at factor 1 and 30 at factor 3 of 300 a day: hour h of the day gets 120 x 300/24 x w(h) alerts
        DailyProfile domestic = DailyProfile.parse("domestic");
        Timeline t = DccRuns.timeline(FIXTURE);
        long[] byHour = new long[24];
        for (Timeline.Outcome o : t.where(DccRuns.alert("8F3E"))) {
            byHour[(int) ((o.t0() / DccRuns.HOUR) % 24)]++;
        }
        for (int h = 0; h < 24; h++) {
            double expected = (30 + 30 * 3.0) * PER_DAY / 24 * domestic.weight(h);
            assertTrue(DccRuns.withinPoisson(expected, byHour[h], 4), DccRuns.poissonMessage("hour " + h, expected, byHour[h]));
        }
    }

    @Test
    void shouldHoldTheLastFactorAfterTheList() {
        // 75 days: days 60-75 are month 2, past the list [1, 3], so at 3
        Timeline t = DccRuns.timeline(FIXTURE, "duration=75d");
        long third = t.count(DccRuns.alert("8F3E").and(o -> o.t0() >= 2 * MONTH));
        double expected = PER_DAY * 15 * 3;
        assertTrue(DccRuns.withinPoisson(expected, third, 4), DccRuns.poissonMessage("days 60-75", expected, third));
    }

    @Test
    void shouldCompoundAMonthlyFactor() {
        Timeline t = DccRuns.timeline("growth-monthly.yaml");
        assertMonths(t, 1.0, 2.0);
    }

    @Test
    void shouldStartCountingMonthsAtTheGrowthsStart() {
        // from day 10: days 0-40 at factor 1, days 40-60 at 3
        Timeline t = DccRuns.timeline(FIXTURE, "events[0].at=10d");
        long before = t.count(DccRuns.alert("8F3E").and(o -> o.t0() < 40 * DccRuns.DAY));
        long after = t.count(DccRuns.alert("8F3E").and(o -> o.t0() >= 40 * DccRuns.DAY));
        assertTrue(DccRuns.withinPoisson(PER_DAY * 40, before, 4), DccRuns.poissonMessage("days 0-40", PER_DAY * 40, before));
        assertTrue(DccRuns.withinPoisson(PER_DAY * 20 * 3, after, 4), DccRuns.poissonMessage("days 40-60", PER_DAY * 60, after));
    }

    @Test
    void shouldScaleMigratedInstallationsAlertsToo() {
        // migration.yaml with a growth curve that doubles rates from day 3: the flat last day doubles
        Timeline t = DccRuns.timeline("migration-growth.yaml");
        long lastDay = t.count(DccRuns.alert("8F3E").and(o -> o.t0() >= 4 * DccRuns.DAY));
        double expected = 6000 * 2.3 * 2;
        assertTrue(DccRuns.withinPoisson(expected, lastDay, 4), DccRuns.poissonMessage("day 4 at twice the rate", expected, lastDay));
    }
}
