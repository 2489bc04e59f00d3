package org.stormsim.dcc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stormsim.testing.Timeline;

/**
 * The {@code migration} event ({@code migration.yaml}): SMETS1 installations join region C at 2,400
 * a day from day 1 (100 each hour) up to 6,000, each raising 8F3E at 2.3 a day. The expected count
 * in a span is the integral of installations times the rate, with installations stepping up each
 * hour as the model documents; counts are Poisson and the tests allow 4 standard deviations. The
 * migrated installations' alerts and the migrations travel the SMETS1 path (the S1SP), not a CSP's.
 */
class MigrationTest {
    private static final String FIXTURE = "migration.yaml";
    private static final long START_HOUR = 24;
    private static final long PER_DAY = 2400;
    private static final long TOTAL = 6000;
    private static final double RATE_PER_HOUR = 2.3 / 24;
    private static Timeline timeline;

    @BeforeAll
    static void run() {
        timeline = DccRuns.timeline(FIXTURE);
    }

    /** Installations during hour {@code h} of the run. */
    private static long installed(long h) {
        return h < START_HOUR ? 0 : Math.min(TOTAL, PER_DAY * (h - START_HOUR) / 24);
    }

    /** Expected alerts raised in hours [fromHour, toHour). */
    private static double expected(long fromHour, long toHour) {
        double sum = 0;
        for (long h = fromHour; h < toHour; h++) {
            sum += installed(h) * RATE_PER_HOUR;
        }
        return sum;
    }

    private static long observed(long fromHour, long toHour) {
        return timeline.count(DccRuns.alert("8F3E").and(o -> o.t0() >= fromHour * DccRuns.HOUR && o.t0() < toHour * DccRuns.HOUR));
    }

    @Test
    void shouldRaiseAsManyAlertsAsTheIntegralOfInstallationsTimesRate() {
        double expected = expected(0, 5 * 24);
        long observed = observed(0, 5 * 24);
        assertTrue(DccRuns.withinPoisson(expected, observed, 4), DccRuns.poissonMessage("migrated 8F3E over 5 days", expected, observed));
    }

    @Test
    void shouldGrowDayByDayWithInstallationsAndLevelOffAtTheTotal() {
        assertEquals(0, observed(0, 24), "no migrated installation before the wave starts");
        long previous = 0;
        for (int day = 1; day < 5; day++) {
            double expected = expected(day * 24L, day * 24L + 24);
            long observed = observed(day * 24L, day * 24L + 24);
            assertTrue(DccRuns.withinPoisson(expected, observed, 4), DccRuns.poissonMessage("day " + day, expected, observed));
            if (day <= 3) {
                assertTrue(observed > previous, "alerts should grow while installations do: day " + day);
            }
            previous = observed;
        }
        // from hour 84 all 6,000 are installed: 6,000 x 2.3 a day
        double flat = TOTAL * 2.3;
        long lastDay = observed(96, 120);
        assertTrue(DccRuns.withinPoisson(flat, lastDay, 4), DccRuns.poissonMessage("day 4, all installed", flat, lastDay));
    }

    @Test
    void shouldRaiseMigratedAlertsInTheWavesRegionToItsSupplier() {
        List<Timeline.Outcome> migrated = timeline.where(DccRuns.alert("8F3E"));
        int supplierB = timeline.user("supplierB");
        assertTrue(migrated.size() > 10_000);
        assertTrue(migrated.stream().allMatch(o -> o.region() == 1), "the wave is in region C");
        assertTrue(migrated.stream().allMatch(o -> o.user() == supplierB), "migrated alerts go to the wave's Supplier");
    }

    @Test
    void shouldBalanceTheLedgerWithMigrations() {
        var s = DccRuns.summary(FIXTURE);
        assertTrue(s.at("/ledger/alerts/balanced").asBoolean(), s.at("/ledger/alerts").toString());
        assertEquals(observed(0, 120) + DccRuns.count(s, "/alerts/byCode/8F3E/inFlightAtEnd"), DccRuns.generated(s, "8F3E"));
    }

    @Test
    void shouldCarryMigratedAlertsOverTheS1spAndNotTheCspUplink() {
        var s = DccRuns.summary(FIXTURE);
        // the uplink of region C carries its 10 hubs' 8F12 and test commands, not the 8F3E of the migrated installations
        long uplinkC = DccRuns.count(s, "/wan/C/uplinkMessages");
        assertTrue(uplinkC < 200, "uplink C carried " + uplinkC + " messages: SMETS1 alerts passed it");
        assertEquals(DccRuns.generated(s, "8F3E"), DccRuns.count(s, "/alerts/smets1/generated"), "every 8F3E here is a SMETS1 alert");
        boolean s1sp = false;
        for (var row : s.at("/capacity/stages")) {
            s1sp |= row.path("id").asText().equals("s1sp") && row.path("peakHourOfferedLoad").asDouble() > 0;
        }
        assertTrue(s1sp, "the S1SP is a stage of the capacity summary, offered the SMETS1 load: " + s.at("/capacity/stages"));
        assertEquals(2.3, DccRuns.number(s, "/alerts/smets1/perInstallationPerDay"), 2.3 * 4 / Math.sqrt(37_000.0),
                "alerts per installation per day");
    }

    @Test
    void shouldAttemptEveryMigrationOnceAndBalanceTheirLedger() {
        var s = DccRuns.summary(FIXTURE);
        assertEquals(TOTAL, DccRuns.count(s, "/alerts/smets1/migrations/attempted"));
        assertEquals(TOTAL, DccRuns.count(s, "/alerts/smets1/migrations/migrated"), "no failure share: every migration succeeds");
        assertTrue(s.at("/ledger/migrations/balanced").asBoolean(), s.at("/ledger/migrations").toString());
    }

    @Test
    void shouldFailTheFailureShareOfMigrationsAndInstallOnlyTheRest() {
        double share = 0.29; // OPSG 25's dormant device type
        var s = DccRuns.summary(FIXTURE, "events[0].failureShare=" + share);
        long failed = DccRuns.count(s, "/alerts/smets1/migrations/failed");
        double sd = Math.sqrt(TOTAL * share * (1 - share));
        assertTrue(Math.abs(failed - TOTAL * share) < 4 * sd, "failed " + failed + " of " + TOTAL + " at share " + share);
        assertEquals(TOTAL, failed + DccRuns.count(s, "/alerts/smets1/migrations/migrated"));
        // the alerting base is the expected successes: 71% of the installations, so 71% of the alerts
        double expected = expected(0, 5 * 24) * (1 - share);
        long observed = DccRuns.generated(s, "8F3E");
        assertTrue(DccRuns.withinPoisson(expected, observed, 4), DccRuns.poissonMessage("8F3E with 29% failing", expected, observed));
    }

    @Test
    void shouldAlertFromTheStartForInstallationsMigratedBefore() {
        var s = DccRuns.summary(FIXTURE, "events[0].installedBefore=1000", "events[0].total=0");
        double expected = 1000 * 2.3 * 5;
        long observed = DccRuns.generated(s, "8F3E");
        assertTrue(DccRuns.withinPoisson(expected, observed, 4), DccRuns.poissonMessage("1,000 installed before, 5 days", expected, observed));
        assertEquals(0, DccRuns.count(s, "/alerts/smets1/migrations/attempted"), "a wave of none attempts no migration");
    }
}
