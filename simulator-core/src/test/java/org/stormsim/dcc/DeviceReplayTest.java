package org.stormsim.dcc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stormsim.scenario.DailyProfile;
import org.stormsim.scenario.DccScenario;
import org.stormsim.scenario.DeviceSeries;
import org.stormsim.scenario.InvalidScenarioException;
import org.stormsim.scenario.Problem;
import org.stormsim.scenario.ScenarioLoader;
import org.stormsim.scenario.Trace;
import org.stormsim.testing.DccRun;
import org.stormsim.testing.Timeline;

/**
 * Device-keyed replay ({@code device-replay.yaml} over {@code device-replay-trace.csv}): each row's
 * count is raised exactly, in its interval, by its number of the combination's devices with Zipf
 * shares, so SECMP0062 (here at the CSP, counting alerts in the order they are raised, threshold 10 in
 * an hour) suppresses what those devices raise beyond the threshold, and nothing when the same
 * volumes are spread over the region's hubs ({@code device-replay-even.csv}). The monthly report
 * ({@code device-replay-monthly.csv}) raises a month's volume over its days and hours. Malformed rows
 * are errors at their line and column.
 */
class DeviceReplayTest {
    private static final String FIXTURE = "device-replay.yaml";
    private static final int THRESHOLD = 10;
    private static Timeline byDevice;

    @BeforeAll
    static void run() {
        byDevice = DccRuns.timeline(FIXTURE);
    }

    private static long inHour(Timeline t, String code, int region, int hour) {
        return t.count(DccRuns.alert(code).and(o -> o.region() == region && o.t0() >= hour * DccRuns.HOUR && o.t0() < (hour + 1) * DccRuns.HOUR));
    }

    private static long suppressedInHour(Timeline t, String code, int region, int hour) {
        return t.count(DccRuns.alert(code).and(o -> o.kind() == DccOutcome.ALERT_SUPPRESSED && o.region() == region
                && o.t0() >= hour * DccRuns.HOUR && o.t0() < (hour + 1) * DccRuns.HOUR));
    }

    /** The alerts each device raises: {@code count} over {@code devices} with shares rank^-skew, cumulatively rounded (the format's own words). */
    private static long[] zipfShares(long count, int devices, double skew) {
        double[] w = new double[devices];
        double total = 0;
        for (int r = 0; r < devices; r++) {
            w[r] = Math.pow(r + 1, -skew);
            total += w[r];
        }
        long[] out = new long[devices];
        double cumulative = 0;
        long given = 0;
        for (int r = 0; r < devices; r++) {
            cumulative += w[r] / total;
            long upTo = Math.round(count * cumulative);
            out[r] = upTo - given;
            given = upTo;
        }
        return out;
    }

    @Test
    void shouldReadTheDeviceKeyedShapeWithItsOptionalColumns() throws Exception {
        Trace t = DccRuns.load(DccRuns.fixture(FIXTURE)).replay().trace();
        assertEquals(0, t.series().size(), "no per-region volume series");
        Map<String, DeviceSeries> byKey = t.deviceSeries().stream()
                .collect(Collectors.toMap(s -> s.region() + ":" + s.combination() + ":" + s.deviceType(), s -> s));
        DeviceSeries n = byKey.get("0:esme-ppmid:ESME");
        assertEquals(List.of(0L, 1L, 3L), List.of(n.starts()[0], n.starts()[1], n.starts()[2]), "interval indices of 0s, 1h, 3h");
        assertEquals(3500, n.total());
        assertEquals(40, n.devices()[0]);
        assertEquals(2.0, n.skews()[2]);
        DeviceSeries c = byKey.get("1:standard:CHF");
        assertEquals(1.5, byKey.get("1:standard:ESME").skews()[0]);
        assertEquals(0.0, c.skews()[0], "an empty skew is 0, an even share");
        assertEquals(false, c.monthly());
    }

    @Test
    void shouldRaiseEveryRowsCountExactlyInItsInterval() {
        assertEquals(2000, inHour(byDevice, "8F3E", 0, 0));
        assertEquals(1000, inHour(byDevice, "8F3E", 0, 1));
        assertEquals(0, inHour(byDevice, "8F3E", 0, 2));
        assertEquals(500, inHour(byDevice, "8F3E", 0, 3));
        assertEquals(150, inHour(byDevice, "8F12", 1, 0));
        assertEquals(300, inHour(byDevice, "8F36", 2, 2));
        assertEquals(600, inHour(byDevice, "8F3E", 1, 0));
        assertEquals(4550, byDevice.count(Timeline.Outcome::isAlert), "mode only: nothing but the trace, and all of it");
    }

    @Test
    void shouldBalanceTheLedgerWithDeviceReplay() {
        ObjectNode s = DccRuns.summary(FIXTURE);
        assertTrue(s.at("/ledger/alerts/balanced").asBoolean());
        assertEquals(4550, DccRuns.count(s, "/alerts/generated"));
    }

    @Test
    void shouldSuppressWhatEachStormingDeviceRaisesBeyondTheThreshold() {
        long expected = 0;
        for (long n : zipfShares(2000, 40, 1.0)) {
            expected += Math.max(0, n - THRESHOLD);
        }
        assertTrue(expected > 1000, "the oracle itself: most of hour 0's 2000 alerts come from devices past the threshold");
        assertEquals(expected, suppressedInHour(byDevice, "8F3E", 0, 0), "hour 0: every device's alerts after its tenth, with Zipf(1) shares");
        assertEquals(0, suppressedInHour(byDevice, "8F12", 1, 0), "150 alerts over 100 CHFs: none raises more than 2");
    }

    @Test
    void shouldHonourTheSkewAmongTheRowsDevices() {
        long[] shares = zipfShares(600, 100, 1.5);
        long expected = 0;
        for (long n : shares) {
            expected += Math.max(0, n - THRESHOLD);
        }
        assertTrue(shares[0] > 200 && shares[99] < THRESHOLD, "the oracle: a few devices storm, most raise a handful");
        assertEquals(expected, suppressedInHour(byDevice, "8F3E", 1, 0), "600 alerts over 100 ESMEs with Zipf(1.5) shares; evenly (6 each) none "
                + "would be held");
    }

    @Test
    void shouldSuppressNothingWhenTheSameVolumesAreSpreadOverTheRegionsHubs() {
        Timeline even = DccRuns.timeline(FIXTURE, "replay.file=device-replay-even.csv");
        assertEquals(0, even.count(o -> o.kind() == DccOutcome.ALERT_SUPPRESSED), "2000 alerts over 5000 hubs in an hour: none reaches 11");
        assertTrue(byDevice.count(o -> o.kind() == DccOutcome.ALERT_SUPPRESSED) > 2500, "the same volumes from 40 devices: most are suppressed");
    }

    @Test
    void shouldGiveEachDeviceAnEvenShareWithoutSkew() {
        // hour 1: 1000 alerts over the same 40 devices, evenly (25 each); each device was already protected in hour 0
        assertEquals(1000, suppressedInHour(byDevice, "8F3E", 0, 1), "all 40 devices tripped in hour 0 (the smallest Zipf share is "
                + zipfShares(2000, 40, 1.0)[39] + "), so all their hour-1 alerts are held");
        Timeline evenDevices = DccRuns.timeline(FIXTURE, "replay.file=device-replay-even-devices.csv");
        assertEquals(40 * (25 - THRESHOLD), suppressedInHour(evenDevices, "8F3E", 0, 0), "1000 alerts over 40 devices, 25 each: 15 each held");
    }

    @Test
    void shouldKeepTheScaledTotalAndThePerDeviceLoadAtAScale() {
        Timeline half = DccRuns.timeline(FIXTURE, "population.scale=0.5");
        assertEquals(1000, inHour(half, "8F3E", 0, 0), "2000 x 0.5");
        assertEquals(150, inHour(half, "8F36", 2, 2), "300 x 0.5");
        long expected = 0;
        for (long n : zipfShares(1000, 20, 1.0)) {
            expected += Math.max(0, n - THRESHOLD);
        }
        assertEquals(expected, suppressedInHour(half, "8F3E", 0, 0), "20 devices (40 x 0.5) raise the 1000");
    }

    @Test
    void shouldRaiseAMonthlyReportsVolumeOverTheWholeMonth() {
        ObjectNode jan = DccRuns.summary(FIXTURE, "replay.file=device-replay-monthly.csv", "duration=31d");
        assertEquals(31000, DccRuns.generated(jan, "8F3E"), "January's volume in N, exactly, over the 31 days");
        assertEquals(3100, DccRuns.generated(jan, "8F12"));
        assertTrue(jan.at("/ledger/alerts/balanced").asBoolean());
        assertTrue(DccRuns.count(jan, "/throttling/alertStormProtection/suppressed") > 0,
                "1,000 a day from 5 devices with Zipf(1) shares: the first passes 10 an hour");
    }

    @Test
    void shouldSpreadAMonthsDayOverItsHoursByTheProfile() {
        Timeline day = DccRuns.timeline(FIXTURE, "replay.file=device-replay-monthly.csv", "replay.profile=domestic", "duration=1d");
        DailyProfile domestic = DailyProfile.parse("domestic");
        assertEquals(1000, day.count(DccRuns.alert("8F3E")), "31000 / 31 days");
        for (int h = 0; h < 24; h++) {
            double share = 1000.0 / 24 * domestic.weight(h);
            assertTrue(Math.abs(inHour(day, "8F3E", 0, h) - share) <= 1, "hour " + h + ": " + inHour(day, "8F3E", 0, h) + " for " + share);
        }
    }

    @Test
    void shouldTakeEachDaysMonthFromTheCalendar() {
        Timeline t = DccRuns.timeline(FIXTURE, "replay.file=device-replay-monthly.csv", "start=2020-01-31", "duration=2d");
        long jan31 = t.count(DccRuns.alert("8F3E").and(o -> o.t0() < DccRuns.DAY));
        long feb1 = t.count(DccRuns.alert("8F3E").and(o -> o.t0() >= DccRuns.DAY));
        assertEquals(1000, jan31, "31000 / 31");
        assertEquals(1000, feb1, "29000 / 29 (2020 is a leap year)");
        assertEquals(100, t.count(DccRuns.alert("8F12")), "3100 / 31 on 31 January, none reported for February");
    }

    @Test
    void shouldGiveTheSameSummaryForTheSameSeedOnOneAndTwoThreads() {
        DccScenario s = DccRuns.fixture(FIXTURE, "replications=2");
        ObjectNode one = DccRun.of(s, 1).summary();
        ObjectNode again = DccRun.of(s, 1).summary();
        ObjectNode two = DccRun.of(s, 2).summary();
        one.remove("run");
        again.remove("run");
        two.remove("run");
        assertEquals(one.toString(), again.toString());
        assertEquals(one.toString(), two.toString());
        DccScenario other = DccRuns.fixture(FIXTURE, "seed=63");
        ObjectNode o = DccRun.of(other, 1).summary();
        assertTrue(!o.at("/alerts/latency").toString().equals(DccRun.of(DccRuns.load(DccRuns.fixture(FIXTURE)), 1).summary().at("/alerts/latency").toString()),
                "another seed draws other times and devices");
    }

    private static List<Problem> problems(String csv) {
        Path file = DccRuns.fixture(FIXTURE);
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
                () -> ScenarioLoader.load(file, List.of("replay.file=" + csv)), "the trace is read with the scenario");
        return e.problems();
    }

    @Test
    void shouldReportEveryMalformedRowAtItsLineColumnAndField() {
        List<Problem> p = problems("device-replay-malformed.csv");
        Map<Integer, String> byLine = p.stream().collect(Collectors.toMap(x -> x.location().line(),
                x -> x.path() + "@" + x.location().column(), (a, b) -> a + "," + b, TreeMap::new));
        Map<Integer, String> expected = new TreeMap<>(Map.of(3, "region@4", 4, "combination@11", 5, "devices@22", 6, "devices@22",
                7, "skew@30", 8, "intervalStart@1", 9, "deviceType@34", 10, "count@25"));
        assertEquals(expected, byLine, "lines 2 and 11 are good; 3-10 each have one fault: " + p);
        Problem combination = p.stream().filter(x -> x.location().line() == 4).findFirst().orElseThrow();
        assertTrue(combination.message().contains("did you mean 'esme-ppmid'"), combination.format());
        Problem tooMany = p.stream().filter(x -> x.location().line() == 6).findFirst().orElseThrow();
        assertTrue(tooMany.message().contains("at most 200"), "200 ESMEs of esme-ppmid in N: " + tooMany.format());
        assertTrue(p.stream().allMatch(x -> x.location().source().endsWith("device-replay-malformed.csv")));
    }

    @Test
    void shouldNameAnUnknownColumnAndWhatIsAllowed() {
        List<Problem> p = problems("device-replay-bad-columns.csv");
        assertEquals(1, p.size(), p.toString());
        assertEquals(1, p.get(0).location().line());
        assertEquals(44, p.get(0).location().column(), "the sixth column, 'device'");
        assertTrue(p.get(0).message().contains("did you mean 'devices'"), p.get(0).format());
    }

    @Test
    void shouldReadADeviceKeyedTraceWithoutAScenarioAndCheckItWithOne() throws Exception {
        Path csv = DccRuns.fixture("device-replay-trace.csv");
        Trace alone = Trace.read(csv, DccRuns.HOUR);
        assertEquals(4, alone.deviceSeries().size());
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
                () -> ScenarioLoader.load(DccRuns.fixture(FIXTURE), List.of("population.regions.N=100")));
        assertTrue(e.problems().get(0).message().contains("at most 4"), "100 hubs x 0.04 = 4 ESMEs in N, not 40: " + e.problems());
    }
}
