package org.stormsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stormsim.cli.Main;
import org.stormsim.testing.Timeline;

/**
 * report.html as a reader meets it: one file that needs nothing from the network, whose data blob
 * holds what the summary holds, and which headless Chromium opens without a script error, drawing
 * every chart with data (each chart's container carries its point count once uPlot has drawn it).
 * The browser part is skipped when /usr/bin/chromium is missing, unless STORMSIM_REQUIRE_BROWSER=1
 * (as CI sets it), when it fails instead. It leaves a screenshot in target/report-screenshot.png.
 */
class ReportBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final List<String> CHARTS = List.of("chart-alerts-by-code", "chart-alerts-by-region", "chart-lane-utilisation",
            "chart-lane-queue", "chart-wan-utilisation", "chart-alert-latency", "chart-sr-response", "chart-throttle-intervals",
            "chart-throttle-episodes", "chart-throttle-durations");
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
        assertFalse(Pattern.compile("<(script|img|iframe)[^>]*\\ssrc=", Pattern.CASE_INSENSITIVE).matcher(html).find(), "an external source");
        assertFalse(Pattern.compile("<link[^>]*href=", Pattern.CASE_INSENSITIVE).matcher(html).find(), "an external style sheet");
        assertTrue(html.contains("uPlot"), "uPlot is inlined");
        assertTrue(html.contains(".uplot"), "uPlot's style is inlined");
    }

    @Test
    void shouldCarryTheRunInOneJsonBlob() throws IOException {
        JsonNode data = JSON.readTree(blob());
        JsonNode summary = JSON.readTree(report.resolveSibling("summary.json").toFile());
        assertEquals("report-storm", data.at("/meta/name").asText());
        assertEquals(42, data.at("/meta/seed").asLong());
        assertEquals("completed", data.at("/meta/status").asText());
        assertEquals(60, data.at("/columns/start_s").size(), "two hours in 2-minute intervals");
        assertEquals(summary.at("/sla/measures"), data.at("/sla"));
        assertEquals(3, data.at("/events").size(), "the outage, the restoration and the firmware fix");
        assertEquals(summary.at("/throttling/serviceRequestTrafficManagement/episodes/count").asLong(),
                data.at("/episodes/count").asLong());
    }

    private static String blob() {
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"report-data\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "the data blob");
        return m.group(1);
    }

    @Test
    void shouldDrawEveryChartWithoutErrorsInHeadlessChromium() throws Exception {
        requireBrowser();
        Browser dump = chromium("--enable-logging=stderr", "--v=0", "--dump-dom", report.toUri().toString());
        String dom = dump.out();
        assertTrue(dom.contains("data-report=\"ready\""), "the page's script did not finish:\n" + dump.err());
        assertTrue(dom.contains("<pre id=\"errors\"></pre>"), "script errors: " + between(dom, "<pre id=\"errors\">", "</pre>"));
        for (String line : dump.err().split("\n")) {
            assertFalse(line.contains("CONSOLE") || line.contains("Uncaught"), "the browser logged: " + line);
        }
        for (String id : CHARTS) {
            Matcher m = Pattern.compile("id=\"" + id + "\" data-points=\"(\\d+)\" data-series=\"(\\d+)\"").matcher(dom);
            assertTrue(m.find(), id + " was not drawn");
            assertTrue(Integer.parseInt(m.group(1)) > 1, id + " has no data");
            assertTrue(Integer.parseInt(m.group(2)) >= 1, id + " has no series");
        }
        assertTrue(dom.contains("data-rows=\"20\""), "the Service Level table: 5 measures x (3 regions + all)");
        assertTrue(dom.contains("<td class=\"status\">met</td>"), "coloured statuses");
    }

    @Test
    void shouldLeaveAScreenshotOfTheReport() throws Exception {
        requireBrowser();
        Path shot = tmp.resolve("report.png");
        chromium("--hide-scrollbars", "--window-size=1280,2400", "--screenshot=" + shot, report.toUri().toString());
        assertTrue(Files.size(shot) > 20_000, "a blank screenshot? " + Files.size(shot) + " bytes");
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.copy(shot, target.resolve("report-screenshot.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void requireBrowser() {
        if (Files.isExecutable(CHROMIUM)) {
            return;
        }
        if ("1".equals(System.getenv("STORMSIM_REQUIRE_BROWSER"))) {
            fail(CHROMIUM + " is missing and STORMSIM_REQUIRE_BROWSER=1: install it (apt-get install chromium)");
        }
        assumeTrue(false, CHROMIUM + " is missing: the browser test is skipped (STORMSIM_REQUIRE_BROWSER=1 makes it fail)");
    }

    /** What one headless Chromium run printed. */
    private record Browser(String out, String err) {
    }

    private static Browser chromium(String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(tmp, "chromium-profile");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=10000"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(tmp, "chromium", ".out");
        Path err = Files.createTempFile(tmp, "chromium", ".err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("Chromium did not finish in 120 s: " + Files.readString(err));
        }
        assertEquals(0, p.exitValue(), "Chromium failed: " + Files.readString(err));
        return new Browser(Files.readString(out), Files.readString(err));
    }

    private static String between(String s, String from, String to) {
        int a = s.indexOf(from);
        int b = a < 0 ? -1 : s.indexOf(to, a);
        return a < 0 || b < 0 ? "(no errors element)" : s.substring(a + from.length(), b);
    }
}
