package org.stormsim.report;

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
 * report.html as a reader meets it: one file that needs nothing from the network, whose data blob
 * holds what the summary holds, and which headless Chromium opens without a script error, drawing
 * every chart with data ({@link HeadlessChromium}). It leaves a screenshot in
 * target/report-screenshot.png, whose charts are seen drawn in it ({@link ChartPicture}).
 */
class ReportBrowserTest {
    private static final List<String> CHARTS = List.of("chart-alerts-by-code", "chart-alerts-by-region", "chart-lane-utilisation",
            "chart-lane-queue", "chart-wan-utilisation", "chart-alert-latency", "chart-sr-response", "chart-throttle-intervals",
            "chart-throttle-demand", "chart-throttle-episodes", "chart-throttle-durations");
    /** The screenshot's height, and the charts whose plots it shows in full. */
    private static final int SHOT_HEIGHT = 3200;
    private static final List<String> IN_SHOT = CHARTS.subList(0, 6);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    private static Path report;
    private static String html;

    @BeforeAll
    static void writeReport() throws IOException {
        Path out = tmp.resolve("out");
        StringWriter err = new StringWriter();
        int status = Main.execute(new String[] {"run", Timeline.resource("report", "report-storm.yaml").toString(),
            "--out", out.toString(), "--interval", "2min"}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(Main.OK, status, err.toString());
        report = out.resolve("report.html");
        html = Files.readString(report, StandardCharsets.UTF_8);
    }

    @Test
    void shouldNeedNothingFromTheNetwork() {
        HeadlessChromium.assertSelfContained(html);
    }

    @Test
    void shouldCarryTheRunInOneJsonBlob() throws IOException {
        JsonNode data = JSON.readTree(HeadlessChromium.blob(html));
        JsonNode summary = JSON.readTree(report.resolveSibling("summary.json").toFile());
        assertEquals("report-storm", data.at("/meta/name").asText());
        assertEquals(42, data.at("/meta/seed").asLong());
        assertEquals("completed", data.at("/meta/status").asText());
        assertEquals(60, data.at("/columns/start_s").size(), "two hours in 2-minute intervals");
        assertEquals(summary.at("/sla"), data.at("/sla"));
        assertEquals(3, data.at("/events").size(), "the outage, the restoration and the firmware fix");
        assertEquals(summary.at("/throttling/serviceRequestTrafficManagement/episodes/count").asLong(),
                data.at("/episodes/count").asLong());
    }

    @Test
    void shouldDrawEveryChartWithoutErrorsInHeadlessChromium() throws Exception {
        HeadlessChromium.require();
        HeadlessChromium.Dump dump = new HeadlessChromium(tmp).render(report);
        assertEquals(CHARTS, dump.charts());
        for (String id : CHARTS) {
            assertTrue(dump.points(id) > 1, id + " has no data");
        }
        JsonNode summary = JSON.readTree(report.resolveSibling("summary.json").toFile());
        int shown = 0;
        for (JsonNode m : summary.at("/sla/measures")) {
            boolean byRegion = List.of("alerts", "onDemand", "firmware").contains(m.at("/id").asText());
            shown += m.at("/measured").asDouble() > 0 && (byRegion || m.at("/region").asText().equals("all")) ? 1 : 0;
        }
        assertTrue(shown > 10, "fixture: " + shown + " measures shown");
        assertTrue(dump.dom().contains("id=\"sla\" data-rows=\"" + shown + "\""), "the Service Level table: every measure with data, "
                + "the DCC's alerts, on-demand and firmware by region too");
        assertTrue(dump.dom().contains("<td class=\"status\">sample</td>"), "a two-hour run has no verdict: a sample");
        assertTrue(dump.dom().contains("<td class=\"reading met\">met</td>"), "the sample set against the target, coloured");
        assertTrue(dump.dom().contains("id=\"sla-period\""), "the period says it is a sample");
        assertTrue(dump.dom().contains("no verdict"), "no CPM verdict on a sample");
    }

    @Test
    void shouldLeaveAScreenshotShowingTheAlertAndLaneChartsDrawn() throws Exception {
        HeadlessChromium.require();
        ChartPicture shot = new HeadlessChromium(tmp).screenshot(report, SHOT_HEIGHT, "report-screenshot.png");
        shot.assertDrawn(1280, SHOT_HEIGHT, IN_SHOT);
    }

    /** The negative check of the screenshot's: the report with nothing to draw passes the DOM checks, not the picture's. */
    @Test
    void shouldFindEveryChartBlankInAScreenshotOfTheReportWithItsSeriesEmptied() throws Exception {
        HeadlessChromium.require();
        HeadlessChromium chromium = new HeadlessChromium(tmp);
        Path empty = HeadlessChromium.withSeriesEmptied(report, tmp.resolve("report-emptied.html"));
        assertEquals(CHARTS, chromium.render(empty).charts(), "every chart still marks itself drawn with its points");
        ChartPicture shot = chromium.picture(empty, SHOT_HEIGHT);
        assertEquals(IN_SHOT, shot.inPicture());
        assertEquals(IN_SHOT, shot.blank(), "pixels in the series' colours: " + shot.ink());
        assertThrows(AssertionError.class, () -> shot.assertDrawn(1280, SHOT_HEIGHT, IN_SHOT));
    }
}
