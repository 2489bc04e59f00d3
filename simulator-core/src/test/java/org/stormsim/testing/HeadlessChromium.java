package org.stormsim.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * stormsim's HTML pages as a reader meets them, in headless Chromium: the DOM after the page's
 * script has run (with what the browser logged) and screenshots, plus the checks every page must
 * pass: no external resource, the script finished, no script error, every chart drawn with data (a
 * chart's container carries {@code data-points} and {@code data-series} once uPlot has drawn it).
 * A test needing the browser calls {@link #require()}: skipped when /usr/bin/chromium is missing,
 * unless STORMSIM_REQUIRE_BROWSER=1 (as CI sets it), when it fails instead. Test threads only.
 */
public final class HeadlessChromium {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final Path work;

    /** Chromium's profiles and outputs go in {@code work} (a test's temporary folder). */
    public HeadlessChromium(Path work) {
        this.work = work;
    }

    /** What one headless Chromium run printed: the DOM dump, and the log on stderr. */
    public record Dump(String dom, String log) {
        /** The {@code data-points} of chart container {@code id}; fails when it was not drawn or has no series. */
        public int points(String id) {
            Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\" data-points=\"(\\d+)\" data-series=\"(\\d+)\"").matcher(dom);
            assertTrue(m.find(), id + " was not drawn");
            assertTrue(Integer.parseInt(m.group(2)) >= 1, id + " has no series");
            return Integer.parseInt(m.group(1));
        }

        /** The {@code data-series} of chart container {@code id}. */
        public int series(String id) {
            Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\" data-points=\"\\d+\" data-series=\"(\\d+)\"").matcher(dom);
            assertTrue(m.find(), id + " was not drawn");
            return Integer.parseInt(m.group(1));
        }

        /** The ids of every chart container on the page. */
        public List<String> charts() {
            List<String> ids = new ArrayList<>();
            Matcher m = Pattern.compile("<div class=\"chart\" id=\"([^\"]+)\"").matcher(dom);
            while (m.find()) {
                ids.add(m.group(1));
            }
            return ids;
        }
    }

    /** Skips the test when Chromium is missing, or fails it when STORMSIM_REQUIRE_BROWSER=1. */
    public static void require() {
        if (Files.isExecutable(CHROMIUM)) {
            return;
        }
        if ("1".equals(System.getenv("STORMSIM_REQUIRE_BROWSER"))) {
            fail(CHROMIUM + " is missing and STORMSIM_REQUIRE_BROWSER=1: install it (apt-get install chromium)");
        }
        assumeTrue(false, CHROMIUM + " is missing: the browser test is skipped (STORMSIM_REQUIRE_BROWSER=1 makes it fail)");
    }

    /** Asserts that {@code html} loads nothing from elsewhere and has uPlot's script and style inlined. */
    public static void assertSelfContained(String html) {
        assertFalse(Pattern.compile("<(script|img|iframe)[^>]*\\ssrc=", Pattern.CASE_INSENSITIVE).matcher(html).find(), "an external source");
        assertFalse(Pattern.compile("<link[^>]*href=", Pattern.CASE_INSENSITIVE).matcher(html).find(), "an external style sheet");
        assertTrue(html.contains("uPlot"), "uPlot is inlined");
        assertTrue(html.contains(".uplot"), "uPlot's style is inlined");
    }

    /** The page's JSON blob, {@code <script type="application/json" id="report-data">}. */
    public static String blob(String html) {
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"report-data\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "the data blob");
        return m.group(1);
    }

    /**
     * A copy of {@code page} at {@code copy} whose charts have nothing to draw: in its data blob, every
     * column but the intervals' start times ({@code columns}, the charts over simulated time) and every
     * series' means and interval ends ({@code mean}, {@code lo}, {@code hi}: the charts against a
     * parameter) and the episodes' durations ({@code seconds}) become nulls. Axes, titles, legends,
     * marks and target lines are drawn as before, and the DOM checks of {@link #render} still pass.
     */
    public static Path withSeriesEmptied(Path page, Path copy) throws IOException {
        String html = Files.readString(page);
        String blob = blob(html);
        JsonNode data = new ObjectMapper().readTree(blob);
        empty(data);
        String emptied = new ObjectMapper().writeValueAsString(data).replace("<", "\\u003c");
        int at = html.indexOf(blob);
        Files.writeString(copy, html.substring(0, at) + emptied + html.substring(at + blob.length()));
        return copy;
    }

    private static void empty(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(field -> {
                boolean series = List.of("mean", "lo", "hi", "seconds").contains(field.getKey());
                if (series && field.getValue() instanceof ArrayNode values) {
                    nulls(values);
                } else if (field.getKey().equals("columns") && field.getValue() instanceof ObjectNode columns) {
                    columns.properties().stream().filter(c -> !c.getKey().equals("start_s"))
                            .forEach(c -> nulls((ArrayNode) c.getValue()));
                } else {
                    empty(field.getValue());
                }
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(HeadlessChromium::empty);
        }
    }

    private static void nulls(ArrayNode values) {
        for (int i = 0; i < values.size(); i++) {
            values.set(i, NullNode.getInstance());
        }
    }

    /**
     * The page's DOM once its script has run, checked: the script finished ({@code data-report="ready"}),
     * collected no error, the browser logged no console message, and every chart container was drawn
     * with at least one series and one point.
     */
    public Dump render(Path page) throws IOException, InterruptedException {
        Dump dump = run("--enable-logging=stderr", "--v=0", "--dump-dom", page.toUri().toString());
        String dom = dump.dom();
        assertTrue(dom.contains("data-report=\"ready\""), "the page's script did not finish:\n" + dump.log());
        assertTrue(dom.contains("<pre id=\"errors\"></pre>"), "script errors: " + between(dom, "<pre id=\"errors\">", "</pre>"));
        for (String line : dump.log().split("\n")) {
            assertFalse(line.contains("CONSOLE") || line.contains("Uncaught"), "the browser logged: " + line);
        }
        List<String> charts = dump.charts();
        assertFalse(charts.isEmpty(), "no chart on the page");
        for (String id : charts) {
            assertTrue(dump.points(id) >= 1, id + " has no data");
        }
        return dump;
    }

    /**
     * A screenshot of the page's top {@code height} pixels (1280 wide), also copied to target/{@code name}
     * when target/ exists; returned read, with each chart's plot where the page laid it out.
     */
    public ChartPicture screenshot(Path page, int height, String name) throws IOException, InterruptedException {
        Path shot = work.resolve(name);
        ChartPicture picture = shoot(page, height, shot);
        assertTrue(Files.size(shot) > 20_000, "a blank screenshot? " + Files.size(shot) + " bytes");
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.copy(shot, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        return picture;
    }

    /** A screenshot as {@link #screenshot} takes it, of a page that is not for the docs: nothing goes to target/. */
    public ChartPicture picture(Path page, int height) throws IOException, InterruptedException {
        return shoot(page, height, Files.createTempFile(work, "picture", ".png"));
    }

    private ChartPicture shoot(Path page, int height, Path shot) throws IOException, InterruptedException {
        List<ChartPicture.Plot> plots = plots(page, height);
        run("--hide-scrollbars", "--window-size=1280," + height, "--screenshot=" + shot, page.toUri().toString());
        return ChartPicture.read(shot, plots);
    }

    /**
     * Where each chart drew its plot (uPlot's {@code .u-over}, in the picture's pixels) when the page
     * is laid out as {@link #shoot} shoots it, and its series' colours (from uPlot's legend): read
     * from a copy of the page with {@link #PROBE} added at its end, which only sets attributes.
     */
    private List<ChartPicture.Plot> plots(Path page, int height) throws IOException, InterruptedException {
        String html = Files.readString(page);
        int end = html.lastIndexOf("</body>");
        assertTrue(end >= 0, "no </body> in " + page);
        Path probe = Files.createTempFile(work, "probe", ".html");
        Files.writeString(probe, html.substring(0, end) + PROBE + html.substring(end));
        String dom = run("--hide-scrollbars", "--window-size=1280," + height, "--dump-dom", probe.toUri().toString()).dom();
        Matcher ratio = Pattern.compile("data-probe-ratio=\"([0-9.]+)\"").matcher(dom);
        assertTrue(ratio.find(), "the probe did not run");
        double px = Double.parseDouble(ratio.group(1));
        List<ChartPicture.Plot> plots = new ArrayList<>();
        Matcher m = Pattern.compile("<div class=\"chart\" id=\"([^\"]+)\"[^>]*? data-probe=\"([^\"]*)\"").matcher(dom);
        while (m.find()) {
            String[] parts = m.group(2).split("\\|", -1);
            String[] box = parts[0].split(" ");
            double left = Double.parseDouble(box[0]) * px;
            double top = Double.parseDouble(box[1]) * px;
            int x = (int) Math.ceil(left);
            int y = (int) Math.ceil(top);
            int w = (int) Math.floor(left + Double.parseDouble(box[2]) * px) - x;
            int h = (int) Math.floor(top + Double.parseDouble(box[3]) * px) - y;
            List<Integer> colours = new ArrayList<>();
            Matcher c = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)").matcher(parts[1]);
            while (c.find()) {
                colours.add(Integer.parseInt(c.group(1)) << 16 | Integer.parseInt(c.group(2)) << 8 | Integer.parseInt(c.group(3)));
            }
            plots.add(new ChartPicture.Plot(m.group(1), x, y, w, h, List.copyOf(colours)));
        }
        return plots;
    }

    /** Marks each drawn chart with its plot's box on the page (CSS pixels) and its series' legend colours, once loaded. */
    private static final String PROBE = """
            <script>
            window.addEventListener('load', function () {
              setTimeout(function () {
                document.querySelectorAll('div.chart').forEach(function (chart) {
                  var over = chart.querySelector('.u-over');
                  if (!over) {
                    return;
                  }
                  var r = over.getBoundingClientRect();
                  var colours = [];
                  chart.querySelectorAll('.u-legend .u-series').forEach(function (s, i) {
                    var marker = s.querySelector('.u-marker');
                    if (i > 0 && marker) {
                      colours.push(getComputedStyle(marker).borderTopColor);
                    }
                  });
                  chart.setAttribute('data-probe', [r.left + window.scrollX, r.top + window.scrollY, r.width, r.height].join(' ')
                      + '|' + colours.join(';'));
                });
                document.body.setAttribute('data-probe-ratio', String(window.devicePixelRatio || 1));
              }, 0);
            });
            </script>
            """;

    private Dump run(String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "chromium-profile");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=10000"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(work, "chromium", ".out");
        Path err = Files.createTempFile(work, "chromium", ".err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("Chromium did not finish in 120 s: " + Files.readString(err));
        }
        assertEquals(0, p.exitValue(), "Chromium failed: " + Files.readString(err));
        return new Dump(Files.readString(out), Files.readString(err));
    }

    private static String between(String s, String from, String to) {
        int a = s.indexOf(from);
        int b = a < 0 ? -1 : s.indexOf(to, a);
        return a < 0 || b < 0 ? "(no errors element)" : s.substring(a + from.length(), b);
    }
}
