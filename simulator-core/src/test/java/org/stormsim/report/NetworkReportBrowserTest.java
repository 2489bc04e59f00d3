package org.stormsim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stormsim.cli.Main;
import org.stormsim.testing.ChartPicture;
import org.stormsim.testing.HeadlessChromium;
import org.stormsim.testing.Timeline;

/**
 * report.html of a {@code kind: network} run (the shipped network-quickstart, five simulated
 * minutes, warm-up detected by MSER-5) as a reader meets it: self-contained, its blob holding the
 * summary's stations and the series, drawn by headless Chromium without a script error with every
 * chart carrying data, and the same bytes on one thread and two. Leaves a screenshot in
 * target/network-report-screenshot.png, every chart seen drawn in it ({@link ChartPicture}).
 */
class NetworkReportBrowserTest {
    private static final List<String> CHARTS = List.of("chart-time-in-system", "chart-throughput", "chart-utilisation",
            "chart-station-1", "chart-station-2");
    /** The screenshot's height: it shows every chart's plot in full. */
    private static final int SHOT_HEIGHT = 2600;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    private static Path report;
    private static String html;
    private static String footer;

    @BeforeAll
    static void writeReport() throws IOException {
        Path out = tmp.resolve("one");
        footer = run(out, "--threads", "1");
        report = out.resolve("report.html");
        html = Files.readString(report, StandardCharsets.UTF_8);
    }

    private static String run(Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("run", Timeline.shipped("network-quickstart.yaml").toString(),
                "--set", "duration=300s", "--set", "warmup=auto", "--out", out.toString(), "--no-progress"));
        args.addAll(List.of(more));
        StringWriter o = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(args.toArray(String[]::new), new PrintWriter(o, true), new PrintWriter(err, true));
        assertEquals(Main.OK, status, err + "\n" + o);
        return o.toString();
    }

    @Test
    void shouldListTheReportInTheFooter() {
        assertTrue(footer.contains("written: " + report), footer);
    }

    @Test
    void shouldNeedNothingFromTheNetwork() {
        HeadlessChromium.assertSelfContained(html);
    }

    @Test
    void shouldCarryTheSummarysStationsAndTheSeriesInOneJsonBlob() throws IOException {
        JsonNode data = JSON.readTree(HeadlessChromium.blob(html));
        JsonNode summary = JSON.readTree(report.resolveSibling("summary.json").toFile());
        assertEquals("network-quickstart", data.at("/meta/name").asText());
        assertEquals("network", data.at("/meta/kind").asText());
        assertEquals(4, data.at("/meta/replications").asInt());
        assertEquals("replications", data.at("/meta/ci95Method").asText());
        assertEquals(summary.at("/simulated/warmupDetection"), data.at("/meta/warmupDetection"));
        assertEquals(summary.at("/simulated/warmupSeconds").asDouble(), data.at("/meta/warmupSeconds").asDouble());
        assertEquals(4, data.path("stations").size());
        for (JsonNode s : data.path("stations")) {
            assertEquals(summary.at("/stations/" + s.path("id").asText()), s.path("summary"), s.path("id").asText());
        }
        assertEquals(summary.at("/ledger/customers"), data.path("ledger"));
        assertEquals(5, data.at("/columns/start_s").size(), "five minutes in 60 s intervals");
        long absorbed = 0;
        for (JsonNode v : data.at("/columns/users_absorbed")) {
            absorbed += v.asLong();
        }
        assertTrue(absorbed > 140_000 && absorbed < 160_000, "500/s for 300 s, less the 2 s in transit: " + absorbed);
    }

    @Test
    void shouldDrawEveryChartWithoutErrorsInHeadlessChromium() throws Exception {
        HeadlessChromium.require();
        HeadlessChromium.Dump dump = new HeadlessChromium(tmp).render(report);
        assertEquals(CHARTS, dump.charts());
        for (String id : CHARTS) {
            assertTrue(dump.points(id) == 5, id + " has " + dump.points(id) + " points, not one per interval");
        }
        assertEquals(3, dump.series("chart-throughput"), "departures of wan and lanes, absorbed by users; nothing lost");
        assertTrue(dump.dom().contains("data-rows=\"4\""), "one row per station");
        assertTrue(dump.dom().contains("MSER-5 on a pilot of 4 replication(s)"), "how the warm-up was chosen");
    }

    @Test
    void shouldWriteTheSameReportOnOneAndTwoThreads() throws IOException {
        Path two = tmp.resolve("two");
        run(two, "--threads", "2");
        assertArrayEquals(Files.readAllBytes(report), Files.readAllBytes(two.resolve("report.html")));
    }

    @Test
    void shouldLeaveAScreenshotShowingEveryChartDrawn() throws Exception {
        HeadlessChromium.require();
        ChartPicture shot = new HeadlessChromium(tmp).screenshot(report, SHOT_HEIGHT, "network-report-screenshot.png");
        shot.assertDrawn(1280, SHOT_HEIGHT, CHARTS);
    }

    /** The negative check of the screenshot's: the report with nothing to draw passes the DOM checks, not the picture's. */
    @Test
    void shouldFindEveryChartBlankInAScreenshotOfTheReportWithItsSeriesEmptied() throws Exception {
        HeadlessChromium.require();
        HeadlessChromium chromium = new HeadlessChromium(tmp);
        Path empty = HeadlessChromium.withSeriesEmptied(report, tmp.resolve("report-emptied.html"));
        assertEquals(CHARTS, chromium.render(empty).charts(), "every chart still marks itself drawn with its points");
        ChartPicture shot = chromium.picture(empty, SHOT_HEIGHT);
        assertEquals(CHARTS, shot.inPicture());
        assertEquals(CHARTS, shot.blank(), "pixels in the series' colours: " + shot.ink());
        assertThrows(AssertionError.class, () -> shot.assertDrawn(1280, SHOT_HEIGHT, CHARTS));
    }
}
