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
import org.stormsim.scenario.DccScenario;
import org.stormsim.scenario.InvalidScenarioException;
import org.stormsim.scenario.Problem;
import org.stormsim.scenario.ScenarioLoader;
import org.stormsim.scenario.Trace;
import org.stormsim.testing.Timeline;

/**
 * Trace replay ({@code replay.yaml} over {@code replay-trace.csv}): hourly volumes of 8F3E in N,
 * 8F12 in C and 8F36 in S, replayed as Poisson arrivals within each hour, alone ({@code only}) or on
 * top of the cohort's own 8014 ({@code add}). Malformed trace lines are errors with their line.
 */
class ReplayTest {
    private static final String FIXTURE = "replay.yaml";
    private static Timeline only;

    @BeforeAll
    static void run() {
        only = DccRuns.timeline(FIXTURE);
    }

    private static long inHour(Timeline t, String code, int region, int hour) {
        return t.count(DccRuns.alert(code).and(o -> o.region() == region && o.t0() >= hour * DccRuns.HOUR && o.t0() < (hour + 1) * DccRuns.HOUR));
    }

    private static void assertSeries(Timeline t, String code, int region, long... counts) {
        for (int h = 0; h < counts.length; h++) {
            long observed = inHour(t, code, region, h);
            if (counts[h] == 0) {
                assertEquals(0, observed, code + " in hour " + h + " of a trace that has none");
            } else {
                assertTrue(DccRuns.withinPoisson(counts[h], observed, 4), DccRuns.poissonMessage(code + " hour " + h, counts[h], observed));
            }
        }
    }

    @Test
    void shouldReplayEachIntervalsCountWithinPoissonError() {
        assertSeries(only, "8F3E", 0, 3600, 7200, 0, 1800);
        assertSeries(only, "8F12", 1, 400, 400, 900, 100);
        assertSeries(only, "8F36", 2, 0, 0, 500, 0);
    }

    @Test
    void shouldReplayOnlyTheTraceInModeOnly() {
        assertEquals(0, only.count(DccRuns.alert("8014")), "mode only: the cohorts' own alert processes are off");
        assertEquals(0, only.count(DccRuns.alert("8F3E").and(o -> o.region() != 0)), "the trace has 8F3E in N alone");
    }

    @Test
    void shouldAddTheTraceToTheCohortsInModeAdd() {
        Timeline add = DccRuns.timeline(FIXTURE, "replay.mode=add");
        double own = 300 * 24.0 / 24 * 4; // 300 ESMEs at 24 a day for 4 h
        long observed = add.count(DccRuns.alert("8014"));
        assertTrue(DccRuns.withinPoisson(own, observed, 4), DccRuns.poissonMessage("the cohort's own 8014", own, observed));
        assertSeries(add, "8F3E", 0, 3600, 7200, 0, 1800);
    }

    @Test
    void shouldSendReplayedOutageCodesToTheNetworkOperator() {
        int dno = only.user("dno");
        int supplier = only.user("supplier");
        assertTrue(only.where(DccRuns.alert("8F36")).stream().allMatch(o -> o.user() == dno));
        assertTrue(only.where(DccRuns.alert("8F3E")).stream().allMatch(o -> o.user() == supplier));
    }

    @Test
    void shouldBalanceTheLedgerWithReplay() {
        ObjectNode s = DccRuns.summary(FIXTURE);
        assertTrue(s.at("/ledger/alerts/balanced").asBoolean());
        long raised = only.count(Timeline.Outcome::isAlert);
        assertEquals(raised + DccRuns.count(s, "/alerts/inFlightAtEnd"), DccRuns.count(s, "/alerts/generated"));
    }

    private static List<Problem> problems(String csv) {
        Path file = DccRuns.fixture(FIXTURE);
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
                () -> ScenarioLoader.load(file, List.of("replay.file=" + csv)), "the trace is read with the scenario");
        return e.problems();
    }

    @Test
    void shouldReportEveryMalformedLineWithItsLineNumber() {
        Map<Integer, String> byLine = problems("replay-malformed.csv").stream()
                .collect(Collectors.toMap(p -> p.location().line(), Problem::path, (a, b) -> a + "," + b, TreeMap::new));
        Map<Integer, String> expected = new TreeMap<>(Map.of(3, "region", 4, "alertCode", 5, "count", 6, "intervalStart",
                7, "intervalStart", 8, "count"));
        assertEquals(expected, byLine, "lines 2 and 9 are good; 3-8 each have one fault");
        assertTrue(problems("replay-malformed.csv").stream().allMatch(p -> p.location().source().endsWith("replay-malformed.csv")));
    }

    @Test
    void shouldRejectATraceWithTheWrongHeader() {
        List<Problem> p = problems("replay-bad-header.csv");
        assertEquals(1, p.size());
        assertEquals(1, p.get(0).location().line());
    }

    @Test
    void shouldRejectAMissingTraceFile() {
        List<Problem> p = problems("no-such-trace.csv");
        assertEquals(1, p.size());
        assertEquals("replay.file", p.get(0).path());
    }

    @Test
    void shouldReportALineWithTooFewFieldsWithItsLineNumber() {
        List<Problem> p = problems("replay-short-line.csv");
        assertEquals(1, p.size(), p.toString());
        assertEquals(4, p.get(0).location().line(), "line 4 has three fields: " + p.get(0).format());
    }

    @Test
    void shouldSkipOrReportABlankLineWithItsLineNumber() {
        Path file = DccRuns.fixture(FIXTURE);
        try {
            Trace t = ((DccScenario) ScenarioLoader.load(file, List.of("replay.file=replay-blank-line.csv"))).replay().trace();
            assertEquals(1, t.series().size(), "a skipped blank line leaves one series, N 8F3E");
        } catch (InvalidScenarioException e) {
            assertEquals(3, e.problems().get(0).location().line(), "line 3 is blank: " + e.problems().get(0).format());
        }
    }
}
