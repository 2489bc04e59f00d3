package org.stormsim.study;

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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stormsim.cli.Main;
import org.stormsim.testing.ChartPicture;
import org.stormsim.testing.HeadlessChromium;
import org.stormsim.testing.Timeline;

/**
 * sweep.html and lanes.html as a reader meets them, from short runs of the shipped scenarios at a
 * small population scale: self-contained, carrying sweep.json and lanes.json in their blobs, and
 * drawn by headless Chromium without a script error, one chart per metric (sweep) and per sizing
 * (lanes), each with the points it should have. Leaves screenshots in target/ (sweep-screenshot.png,
 * lanes-screenshot.png, lanes-by-month-screenshot.png), from which docs/images/ was taken, each
 * chart in them seen drawn ({@link ChartPicture}).
 */
class StudyPagesBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TARGET = "lanes.max.utilisation<=0.25";
    /** Each screenshot's height, and the charts whose plots it shows in full. */
    private static final int SWEEP_HEIGHT = 1500;
    private static final List<String> SWEEP_IN_SHOT = List.of("chart-metric-0", "chart-metric-1", "chart-metric-2", "chart-metric-3");
    private static final int LANES_HEIGHT = 1100;
    private static final List<String> LANES_IN_SHOT = List.of("chart-sizing-0-target-0");
    private static final int BY_MONTH_HEIGHT = 1600;
    private static final List<String> BY_MONTH_IN_SHOT = List.of("chart-months", "chart-sizing-0-target-0", "chart-sizing-1-target-0");

    @TempDir
    static Path tmp;

    private static Path sweep;
    private static Path lanes;
    private static Path byMonth;

    @BeforeAll
    static void runStudies() {
        sweep = cli("sweep", Timeline.shipped("quickstart.yaml").toString(), "--param", "dsp.lanes=1,2",
                "--param", "throttling.alertStormProtection.enabled=false,true", "--replications", "2").resolve(SweepPage.FILE);
        lanes = cli("size-lanes", Timeline.shipped("quickstart.yaml").toString(), "--target", TARGET).resolve(LanesPage.FILE);
        byMonth = cli("size-lanes", Timeline.shipped("lane-sizing-2020-growth.yaml").toString(), "--by-month", "--months", "2",
                "--compare-storm-protection").resolve(LanesPage.FILE);
    }

    /** Runs a command at 1:20 scale into a fresh folder; returns the folder. */
    private static Path cli(String... args) {
        Path out = tmp.resolve(args[0] + "-" + args.length + "-" + args[args.length - 1].replaceAll("[^a-z0-9]", ""));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--set", "population.scale=0.05", "--out", out.toString()));
        StringWriter o = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(all.toArray(String[]::new), new PrintWriter(o, true), new PrintWriter(err, true));
        assertEquals(Main.OK, status, err + "\n" + o);
        assertTrue(o.toString().contains(out.resolve(args[0].equals("sweep") ? SweepPage.FILE : LanesPage.FILE).toString()),
                "the footer names the page: " + o);
        return out;
    }

    private static JsonNode blob(Path page) throws IOException {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        HeadlessChromium.assertSelfContained(html);
        return JSON.readTree(HeadlessChromium.blob(html));
    }

    @Test
    void shouldCarryTheSweepAndOneChartPerMetric() throws IOException {
        JsonNode data = blob(sweep);
        JsonNode json = JSON.readTree(sweep.resolveSibling("sweep.json").toFile());
        assertEquals(json, data.path("sweep"), "sweep.json, as written");
        assertEquals("quickstart", data.at("/meta/name").asText());
        assertEquals("2", data.at("/meta/replications").asText());
        assertEquals(json.path("metrics").size(), data.path("charts").size());
        for (JsonNode chart : data.path("charts")) {
            assertEquals("dsp.lanes", chart.path("xLabel").asText());
            assertEquals("[1.0,2.0]", chart.path("x").toString());
            assertEquals(2, chart.path("series").size(), "protection off and on");
            assertEquals("throttling.alertStormProtection.enabled=true", chart.at("/series/1/label").asText());
        }
        JsonNode suppressed = data.path("charts").get(metricIndex(json, "alerts.suppressed"));
        double mean = json.at("/points/1/metrics/alerts.suppressed/mean").asDouble();
        double half = json.at("/points/1/metrics/alerts.suppressed/halfWidth95").asDouble();
        assertEquals(mean, suppressed.at("/series/1/mean/0").asDouble(), 0.0, "1 lane, protection on: point 2");
        assertEquals(mean - half, suppressed.at("/series/1/lo/0").asDouble(), 1e-9);
        assertEquals(mean + half, suppressed.at("/series/1/hi/0").asDouble(), 1e-9);
    }

    private static int metricIndex(JsonNode sweepJson, String metric) {
        for (int i = 0; i < sweepJson.path("metrics").size(); i++) {
            if (sweepJson.path("metrics").get(i).asText().equals(metric)) {
                return i;
            }
        }
        throw new AssertionError(metric + " is not among the sweep's metrics");
    }

    @Test
    void shouldCarryEachSizingWithItsBoundAndAnswer() throws IOException {
        JsonNode data = blob(lanes);
        JsonNode json = JSON.readTree(lanes.resolveSibling("lanes.json").toFile());
        assertEquals(json, data.path("lanes"), "lanes.json, as written");
        assertTrue(data.path("months").isNull(), "no months without --by-month");
        JsonNode chart = data.at("/sizings/0/charts/0");
        assertEquals(json.at("/sizings/0/tried").size(), chart.path("x").size());
        assertEquals(0.25, chart.at("/lines/0/y").asDouble(), 0.0);
        assertEquals(json.at("/sizings/0/lanes").asDouble(), chart.at("/marks/0/x").asDouble(), 0.0);
        JsonNode months = blob(byMonth).path("months");
        assertEquals("[0.0,1.0]", months.path("x").toString());
        assertEquals(2, months.path("series").size(), "SECMP0062 off and on");
        JsonNode sizings = JSON.readTree(byMonth.resolveSibling("lanes.json").toFile()).path("sizings");
        assertEquals(sizings.get(3).path("lanes").asDouble(), months.at("/series/1/mean/1").asDouble(), 0.0, "month 1, protection on");
    }

    @Test
    void shouldDrawEverySweepChartWithoutErrorsInHeadlessChromium() throws Exception {
        HeadlessChromium.require();
        HeadlessChromium chromium = new HeadlessChromium(tmp);
        HeadlessChromium.Dump dump = chromium.render(sweep);
        int metrics = JSON.readTree(sweep.resolveSibling("sweep.json").toFile()).path("metrics").size();
        assertEquals(metrics, dump.charts().size(), "one chart per metric");
        for (String id : dump.charts()) {
            assertEquals(2, dump.points(id), id + ": lanes 1 and 2");
            assertEquals(2, dump.series(id), id + ": protection off and on");
        }
        assertTrue(dump.dom().contains("id=\"points\" data-rows=\"4\""), "a row per point");
        chromium.screenshot(sweep, SWEEP_HEIGHT, "sweep-screenshot.png").assertDrawn(1280, SWEEP_HEIGHT, SWEEP_IN_SHOT);
    }

    @Test
    void shouldDrawEveryLanesChartWithoutErrorsInHeadlessChromium() throws Exception {
        HeadlessChromium.require();
        HeadlessChromium chromium = new HeadlessChromium(tmp);
        HeadlessChromium.Dump dump = chromium.render(lanes);
        JsonNode tried = JSON.readTree(lanes.resolveSibling("lanes.json").toFile()).at("/sizings/0/tried");
        assertEquals(List.of("chart-sizing-0-target-0"), dump.charts());
        assertEquals(tried.size(), dump.points("chart-sizing-0-target-0"), "each count tried");
        assertTrue(dump.dom().contains("id=\"verdicts\" data-rows=\"1\""), "the verdict");
        chromium.screenshot(lanes, LANES_HEIGHT, "lanes-screenshot.png").assertDrawn(1280, LANES_HEIGHT, LANES_IN_SHOT);

        HeadlessChromium.Dump months = chromium.render(byMonth);
        assertEquals(List.of("chart-months", "chart-sizing-0-target-0", "chart-sizing-1-target-0", "chart-sizing-2-target-0",
                "chart-sizing-3-target-0"), months.charts());
        assertEquals(2, months.points("chart-months"));
        assertEquals(2, months.series("chart-months"));
        assertTrue(months.dom().contains("id=\"verdicts\" data-rows=\"4\""), "2 months x SECMP0062 off and on");
        chromium.screenshot(byMonth, BY_MONTH_HEIGHT, "lanes-by-month-screenshot.png").assertDrawn(1280, BY_MONTH_HEIGHT, BY_MONTH_IN_SHOT);
    }

    /** The negative check of the sweep screenshot's: the page with nothing to draw passes the DOM checks, not the picture's. */
    @Test
    void shouldFindEveryChartBlankInAScreenshotOfTheSweepWithItsSeriesEmptied() throws Exception {
        assertBlankWhenEmptied(sweep, SWEEP_HEIGHT, SWEEP_IN_SHOT);
    }

    /** The same for both lanes pages (a mark at the answer and the target's line are still drawn, in colours of their own). */
    @Test
    void shouldFindEveryChartBlankInScreenshotsOfTheLanesPagesWithTheirSeriesEmptied() throws Exception {
        assertBlankWhenEmptied(lanes, LANES_HEIGHT, LANES_IN_SHOT);
        assertBlankWhenEmptied(byMonth, BY_MONTH_HEIGHT, BY_MONTH_IN_SHOT);
    }

    private static void assertBlankWhenEmptied(Path page, int height, List<String> inShot) throws Exception {
        HeadlessChromium.require();
        HeadlessChromium chromium = new HeadlessChromium(tmp);
        Path empty = HeadlessChromium.withSeriesEmptied(page, page.resolveSibling("emptied-" + page.getFileName()));
        HeadlessChromium.Dump dump = chromium.render(empty);
        assertEquals(inShot, dump.charts().subList(0, inShot.size()), "every chart still marks itself drawn with its points");
        ChartPicture shot = chromium.picture(empty, height);
        assertEquals(inShot, shot.inPicture());
        assertEquals(inShot, shot.blank(), "pixels in the series' colours: " + shot.ink());
        assertThrows(AssertionError.class, () -> shot.assertDrawn(1280, height, inShot));
    }
}
