package org.stormsim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stormsim.scenario.DccScenario;
import org.stormsim.scenario.InvalidScenarioException;
import org.stormsim.scenario.ScenarioLoader;
import org.stormsim.testing.Timeline;

/**
 * The dated plan, against figures worked by hand from its text: the installed base between two
 * dated figures is linear in days; a combination whose installs stop keeps its hubs of the stop
 * date while the others share the rest; an event holds from its date on, an {@code until} event
 * before its date; each month's assignments set the start, the regions and the shares; a bad
 * section is refused with the place and the field.
 */
class DatedPlanTest {
    @TempDir
    Path tmp;

    private static Path shipped() {
        return Timeline.shipped("gb-plan-2019-2020.yaml");
    }

    private static DatedPlan plan(Path file) throws InvalidScenarioException {
        DccScenario sc = ScenarioLoader.loadWithOverrides(file, List.of()).asDcc();
        return DatedPlan.of(file, sc);
    }

    @Test
    void shouldInterpolateTheInstalledBaseByDays() throws Exception {
        DatedPlan p = plan(shipped());
        assertEquals(2_000_000 + 38.0 / 83 * 1_000_000, p.installedOn(LocalDate.of(2019, 10, 15)), 1e-6, "7 Sep 2019 2 M, 29 Nov 2019 3 M");
        assertEquals(1_000_000, p.installedOn(LocalDate.of(2019, 1, 1)), 1e-9, "the first figure before it");
        assertEquals(6_000_000, p.installedOn(LocalDate.of(2022, 1, 1)), 1e-9, "the last figure after it");
    }

    @Test
    void shouldKeepAStoppedCombinationsHubsAndShareTheRest() throws Exception {
        Path file = shipped();
        DccScenario sc = ScenarioLoader.loadWithOverrides(file, List.of()).asDcc();
        DatedPlan p = DatedPlan.of(file, sc);
        List<DatedPlan.Month> months = p.months(sc);
        assertEquals(15, months.size(), "October 2019 to December 2020");
        DatedPlan.Month dec = months.get(2);
        assertEquals("2019-12", dec.name());
        assertEquals(0.05, dec.shares()[4], 1e-12, "single-fuel-ihd still installed on 15 Dec 2019");
        DatedPlan.Month feb = months.get(4);
        double stopped = 3_000_000 + 38.0 / 89 * 1_000_000; // 6 Jan 2020
        double feb15 = 3_000_000 + 78.0 / 89 * 1_000_000;
        assertEquals(Math.round(feb15), feb.hubs());
        assertEquals(0.05 * stopped / feb.hubs(), feb.shares()[4], 1e-9, "its hubs of 6 January");
        double sum = 0;
        for (double s : feb.shares()) {
            sum += s;
        }
        assertEquals(1.0, sum, 1e-9, "the shares' sum is the file's");
        assertEquals(0.02 / 0.95 * (1 - 0.05 * stopped / feb.hubs()), feb.shares()[0], 1e-9, "the others share the rest in proportion");
        assertTrue(feb.assignments().contains("population.cohorts[4].share=" + feb.shares()[4]));
        assertTrue(feb.assignments().contains("start=2020-02-15"));
        long regions = 0;
        for (String a : feb.assignments()) {
            if (a.startsWith("population.regions.")) {
                regions += Long.parseLong(a.substring(a.indexOf('=') + 1));
            }
        }
        assertEquals(feb.hubs(), regions, "the regions hold the month's hubs");
    }

    @Test
    void shouldHoldEventsFromTheirDateAndUntilEventsBeforeIt() throws Exception {
        Path file = shipped();
        DccScenario sc = ScenarioLoader.loadWithOverrides(file, List.of()).asDcc();
        List<DatedPlan.Month> months = DatedPlan.of(file, sc).months(sc);
        String secmp0062 = "throttling.alertStormProtection.enabled=true";
        String dormant = "population.cohorts[3].alerts[0].start=366d";
        assertFalse(months.get(6).assignments().contains(secmp0062), "April 2020: before 6 May");
        assertTrue(months.get(7).assignments().contains(secmp0062), "May 2020: 15 May is after 6 May");
        assertTrue(months.get(7).assignments().contains(dormant), "the dormant type silent in May 2020");
        assertFalse(months.get(8).assignments().contains(dormant), "fixed on 1 June 2020");
        assertFalse(months.get(1).assignments().contains("population.cohorts[2].alerts[0].ratePerDevice=0.5/d"), "GPF before its fix");
        assertTrue(months.get(2).assignments().contains("population.cohorts[2].alerts[0].ratePerDevice=0.5/d"), "GPF fixed on 1 Dec 2019");
    }

    @Test
    void shouldRefuseABadPlanWithTheFieldAndItsPlace() throws IOException {
        String text = Files.readString(shipped()).replace("day: 15 ", "day: 40 ").replace("{cohort: single-fuel-ihd, at: 2020-01-06}",
                "{cohort: no-such-cohort, at: 2020-01-06}").replace("months: {from: 2019-10, to: 2020-12}", "months: {from: 2019-10, to: 2019-01}");
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, text);
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class, () -> plan(bad));
        String all = String.join("\n", e.problems().stream().map(org.stormsim.scenario.Problem::format).toList());
        assertTrue(all.contains("plan.day") && all.contains("1 to 31"), all);
        assertTrue(all.contains("plan.installsStop[0].cohort") && all.contains("esme-ppmid-storming"), all);
        assertTrue(all.contains("plan.months") && all.contains("on or after"), all);
        assertTrue(all.contains("bad.yaml:"), "the file and line: " + all);
    }

    @Test
    void shouldSetTheSmets1InstallationsOfTheRepresentativeDayOnTheMigrationWave() throws Exception {
        Path file = shipped();
        DccScenario sc = ScenarioLoader.loadWithOverrides(file, List.of()).asDcc();
        DatedPlan p = DatedPlan.of(file, sc);
        assertEquals(0, p.smets1On(LocalDate.of(2019, 12, 15)), "none before the migrations resumed on 7 Jan 2020");
        assertEquals(78_000, p.smets1On(LocalDate.of(2020, 2, 15)), 1e-6, "39 days at 2,000 a day from 7 Jan 2020");
        assertEquals(104_000 + 47.0 / 47 * 22_000, p.smets1On(LocalDate.of(2020, 4, 15)), 1e-6, "126,000 in April 2020");
        List<DatedPlan.Month> months = p.months(sc);
        assertTrue(months.get(4).assignments().contains("events[0].installedBefore=78000"), months.get(4).assignments().toString());
        assertTrue(months.get(2).assignments().contains("events[0].total=0"), "no migrations in December 2019");
        assertTrue(months.get(5).assignments().contains("events[0].perDay=10000"), "10,000 a day from 28 Feb 2020");
    }

    @Test
    void shouldRefuseSmets1InstallationsWithoutAMigrationWave() throws IOException {
        String text = Files.readString(shipped()).replace(
                "  - {type: migration, at: 0s, region: C, perDay: 2000, total: 2000, installedBefore: 16000, supplier: supplierE}\n", "")
                .replace("\nevents:\n", "\nevents: []\n");
        Path bad = tmp.resolve("no-wave.yaml");
        Files.writeString(bad, text);
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class, () -> plan(bad));
        String all = String.join("\n", e.problems().stream().map(org.stormsim.scenario.Problem::format).toList());
        assertTrue(all.contains("plan.smets1Installed") && all.contains("no migration event"), all);
    }
}
