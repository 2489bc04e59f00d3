package org.stormsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.HistogramLogReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stormsim.cli.BadScenarioTest.Outcome;
import org.stormsim.testing.Timeline;

/**
 * The files {@code stormsim run} writes for a {@code kind: dcc} scenario besides summary.json:
 * timeseries.csv (one row per interval, counting what the summary counts), latency.hlog (read back
 * by HdrHistogram's own reader, its totals equal to the summary's), report.html; all byte-identical
 * on one thread or two, and listed in the footer.
 */
class RunOutputsTest {
    static final String FIXTURE = "report-storm.yaml";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    private static Path file;
    private static Path one;
    private static Outcome oneRun;

    @BeforeAll
    static void runOnce() {
        file = Timeline.resource("report", FIXTURE);
        one = tmp.resolve("one");
        oneRun = run(one, "--threads", "1");
    }

    static Outcome run(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("run", file.toString(), "--out", out.toString()));
        args.addAll(List.of(more));
        Outcome o = BadScenarioTest.cli(args.toArray(new String[0]));
        assertEquals(Main.OK, o.status(), o.err());
        return o;
    }

    @Test
    void shouldListEveryFileWrittenInTheFooter() {
        for (String name : List.of("summary.json", "timeseries.csv", "latency.hlog", "report.html")) {
            assertTrue(Files.isRegularFile(one.resolve(name)), name);
            assertTrue(oneRun.out().contains(one.resolve(name).toString()), name + " is not in the footer:\n" + oneRun.out());
        }
    }

    @Test
    void shouldWriteOneRowPerIntervalCountingWhatTheSummaryCounts() throws IOException {
        List<Map<String, String>> rows = csv(one.resolve("timeseries.csv"));
        JsonNode summary = JSON.readTree(one.resolve("summary.json").toFile());
        assertEquals(120, rows.size(), "two hours at the default 60 s");
        assertEquals("7140.000", rows.get(119).get("start_s"));
        assertEquals(summary.at("/alerts/generated").asLong(), sum(rows, "alerts_raised"));
        assertEquals(summary.at("/alerts/delivered").asLong(), sum(rows, "alerts_delivered"));
        assertEquals(summary.at("/serviceRequests/completed").asLong(), sum(rows, "sr_completed"));
        assertEquals(summary.at("/serviceRequests/throttled").asLong(), sum(rows, "sr_throttled"));
        String tm = "/throttling/serviceRequestTrafficManagement";
        assertEquals(summary.at(tm + "/throttled").asLong(), sum(rows, "throttle_refused"), "refused by the rule, as throttled outcomes");
        assertEquals(summary.at(tm + "/deferred").asLong(), sum(rows, "throttle_deferred"));
        long presented = summary.at(tm + "/episodes/requestsPresented").asLong();
        long decided = sum(rows, "throttle_admitted") + sum(rows, "throttle_refused") + sum(rows, "throttle_deferred");
        assertTrue(decided > 0 && decided <= presented, decided + " non-exempt decisions of " + presented + " requests presented");
        assertEquals(summary.at("/alerts/byCode/8F3E/generated").asLong(), sum(rows, "raised_8F3E"));
        assertEquals(summary.at("/alerts/byRegion/N/generated").asLong(), sum(rows, "alerts_raised_N"));
        double engaged = 0;
        for (Map<String, String> r : rows) {
            engaged += Double.parseDouble(r.get("throttle_engaged_fraction")) * 60;
        }
        double episodes = summary.at("/throttling/serviceRequestTrafficManagement/episodes/totalSeconds").asDouble();
        assertTrue(episodes > 0, "the fixture should throttle");
        assertEquals(episodes, engaged, 1e-3, "time engaged, summed over the intervals");
    }

    @Test
    void shouldFixTheColumnsBeforeWritingOnePerLaneRegionAndRaisedCode() throws IOException {
        String header = Files.readAllLines(one.resolve("timeseries.csv")).get(0);
        assertTrue(header.startsWith("start_s,alerts_raised,alerts_delivered,alerts_suppressed,"), header);
        for (String c : List.of("lane_0_utilisation", "lane_1_queue_max", "wan_N_uplink_utilisation", "wan_S_downlink_utilisation",
                "alert_latency_p99_s", "sr_response_p50_s", "throttle_engaged_fraction", "throttle_admitted", "throttle_refused",
                "throttle_deferred", "raised_AD1", "raised_8F36", "raised_8014")) {
            assertTrue(List.of(header.split(",")).contains(c), c + " missing from " + header);
        }
        assertFalse(header.contains("lane_2"), "the fixture has two lanes");
        assertFalse(header.contains("raised_8F35"), "8F35 is raised only after outages shorter than 3 minutes");
    }

    @Test
    void shouldReadTheLatencyLogBackWithTotalsEqualToTheSummary() throws IOException {
        JsonNode summary = JSON.readTree(one.resolve("summary.json").toFile());
        Map<String, Long> counts = new HashMap<>();
        Map<String, Integer> intervals = new HashMap<>();
        HistogramLogReader reader = new HistogramLogReader(one.resolve("latency.hlog").toFile());
        for (EncodableHistogram h = reader.nextIntervalHistogram(); h != null; h = reader.nextIntervalHistogram()) {
            org.HdrHistogram.Histogram histogram = (org.HdrHistogram.Histogram) h;
            counts.merge(h.getTag(), histogram.getTotalCount(), Long::sum);
            intervals.merge(h.getTag(), 1, Integer::sum);
        }
        assertEquals(summary.at("/alerts/delivered").asLong(), counts.get("alerts"));
        assertEquals(summary.at("/serviceRequests/completed").asLong(), counts.get("serviceRequests"));
        assertEquals(120, intervals.get("alerts"));
        assertEquals(120, intervals.get("serviceRequests"));
    }

    @Test
    void shouldWriteTheSameFilesOnOneAndTwoThreads() throws IOException {
        Path a = tmp.resolve("two-reps-one-thread");
        Path b = tmp.resolve("two-reps-two-threads");
        run(a, "--replications", "2", "--threads", "1", "--interval", "7min");
        run(b, "--replications", "2", "--threads", "2", "--interval", "7min");
        for (String name : List.of("timeseries.csv", "latency.hlog", "report.html")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(name)), Files.readAllBytes(b.resolve(name)), name);
        }
        assertEquals(withoutRun(a), withoutRun(b));
    }

    @Test
    void shouldCutTheSeriesAtTheGivenIntervalWithAShorterLastOne() throws IOException {
        Path out = tmp.resolve("seven-minutes");
        run(out, "--interval", "7min");
        List<Map<String, String>> rows = csv(out.resolve("timeseries.csv"));
        assertEquals(18, rows.size(), "120 min in 7 min intervals: 17 whole and one of 1 min");
        assertEquals("7140.000", rows.get(17).get("start_s"));
        assertEquals(csvSum(one, "alerts_raised"), sum(rows, "alerts_raised"), "the same run cut differently raises the same alerts");
    }

    @Test
    void shouldRejectAnIntervalThatIsNotAPositiveDurationWithExitStatusTwo() {
        for (String bad : List.of("0s", "5", "-1min")) {
            Outcome o = BadScenarioTest.cli("run", file.toString(), "--out", tmp.resolve("bad").toString(), "--interval", bad);
            assertEquals(Main.BAD_INPUT, o.status(), bad);
            assertTrue(o.err().startsWith("--interval " + bad + ": "), o.err());
            assertFalse(Files.exists(tmp.resolve("bad")), "nothing is written");
        }
    }

    private static long csvSum(Path dir, String column) throws IOException {
        return sum(csv(dir.resolve("timeseries.csv")), column);
    }

    private static String withoutRun(Path dir) throws IOException {
        ObjectNode s = (ObjectNode) JSON.readTree(dir.resolve("summary.json").toFile());
        s.remove("run");
        return s.toString();
    }

    static List<Map<String, String>> csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String[] header = lines.get(0).split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertEquals(header.length, cells.length, line);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    private static long sum(List<Map<String, String>> rows, String column) {
        long s = 0;
        for (Map<String, String> r : rows) {
            s += Long.parseLong(r.get(column));
        }
        return s;
    }
}
