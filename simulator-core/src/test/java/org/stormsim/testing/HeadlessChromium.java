package org.stormsim.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

    /** A screenshot of the page's top {@code height} pixels (1280 wide), also copied to target/{@code name} when target/ exists. */
    public Path screenshot(Path page, int height, String name) throws IOException, InterruptedException {
        Path shot = work.resolve(name);
        run("--hide-scrollbars", "--window-size=1280," + height, "--screenshot=" + shot, page.toUri().toString());
        assertTrue(Files.size(shot) > 20_000, "a blank screenshot? " + Files.size(shot) + " bytes");
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.copy(shot, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        return shot;
    }

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
