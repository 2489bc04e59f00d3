package org.stormsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stormsim.cli.BadScenarioTest.Outcome;

/**
 * Inputs the bad-scenario corpus cannot hold as files (a pipe, a device, a folder, a file over the
 * size limit) or that are options rather than files ({@code --set}, {@code sweep --param},
 * {@code compare}): each is bad input, exit status 2 with a message that says what is wrong and
 * what is allowed, promptly (a pipe or {@code /dev/zero} is refused before it is read), with
 * nothing written.
 */
class InputLimitsTest {
    private static final Path QUICKSTART = Path.of("..", "scenarios", "quickstart.yaml");
    private static final Duration PROMPTLY = Duration.ofSeconds(30);

    @TempDir
    Path tmp;

    private static Outcome cli(String... args) {
        return assertTimeoutPreemptively(PROMPTLY, () -> BadScenarioTest.cli(args), "stormsim did not answer promptly");
    }

    private void assertBadInput(Outcome o, String... fragments) {
        assertEquals(Main.BAD_INPUT, o.status(), o.out() + o.err());
        for (String f : fragments) {
            assertTrue(o.err().contains(f), "missing \"" + f + "\" in:\n" + o.err());
        }
        assertFalse(o.err().contains("Exception") || o.err().contains("internal error"), o.err());
        assertFalse(Files.exists(tmp.resolve("out")), "nothing is written for bad input");
    }

    @Test
    void shouldRefuseAPipeAsTheScenarioWithoutWaitingForIt() throws Exception {
        Path fifo = tmp.resolve("scenario.yaml");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");
        assertBadInput(cli("validate", fifo.toString()), "scenario.yaml: not a regular file (a pipe, a socket or a device)");
        assertBadInput(cli("run", fifo.toString(), "--out", tmp.resolve("out").toString(), "--no-progress"), "not a regular file");
        assertBadInput(cli("sweep", fifo.toString(), "--param", "dsp.lanes=2,3", "--out", tmp.resolve("out").toString()), "not a regular file");
    }

    @Test
    void shouldRefuseADeviceSuchAsDevZeroBeforeReadingIt() {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");
        assertBadInput(cli("run", "/dev/zero", "--out", tmp.resolve("out").toString(), "--no-progress"), "/dev/zero: not a regular file");
    }

    @Test
    void shouldRefuseAFolderAsTheScenario() {
        assertBadInput(cli("validate", tmp.toString()), "it is a folder; give the path of a scenario file");
    }

    @Test
    void shouldRefuseAScenarioFileOverTenMegabytes() throws IOException {
        Path big = tmp.resolve("big.yaml");
        byte[] comment = ("# " + "x".repeat(1021) + "\n").getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(big)) {
            for (int i = 0; i <= 10 * 1024; i++) {
                out.write(comment);
            }
        }
        assertBadInput(cli("validate", big.toString()), "the file is too large", "allowed: a scenario file of at most 10 MB");
    }

    @Test
    void shouldRefuseAnAliasBombAtOnce() throws URISyntaxException {
        Path bomb = Path.of(getClass().getResource("/bad-scenarios/alias-bomb.yaml").toURI());
        Outcome o = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> BadScenarioTest.cli("validate", bomb.toString()),
                "a billion laughs must be refused before it is expanded");
        assertBadInput(o, "too many values once aliases are expanded", "at most 1000000 values");
    }

    @Test
    void shouldRefuseASeriesOfMoreThanAMillionIntervalsBeforeRunning() {
        Path out = tmp.resolve("series");
        assertBadInput(cli("run", QUICKSTART.toString(), "--interval", "1ms", "--out", out.toString(), "--no-progress"),
                "duration 1d in --interval 1ms gives 86,400,000 intervals of time series; allowed: at most 1,000,000",
                "e.g. --interval 1s");
        assertBadInput(cli("run", QUICKSTART.toString(), "--set", "duration=1000000d", "--interval", "60s", "--out", out.toString(), "--no-progress"),
                "gives 1,440,000,000 intervals", "e.g. --interval 1d");
        // the default interval follows the horizon, so the series fits; the estimate then refuses the time
        assertBadInput(cli("run", QUICKSTART.toString(), "--set", "duration=1000000d", "--out", out.toString(), "--no-progress"),
                "days of wall time", "allowed without --force: at most 24.0 h");
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void shouldRefuseAnOverrideWithNoValue() {
        assertBadInput(cli("validate", QUICKSTART.toString(), "--set", "dsp.lanes="), "--set dsp.lanes=: dsp.lanes: no value after '='");
    }

    @Test
    void shouldRefuseAnOverridePathWithAnEmptyName() {
        assertBadInput(cli("validate", QUICKSTART.toString(), "--set", "dsp..lanes=1"), "dsp..lanes: not a field path");
        assertBadInput(cli("validate", QUICKSTART.toString(), "--set", ".seed=1"), ".seed: not a field path");
    }

    @Test
    void shouldRefuseANullOverrideOfAFieldWithADefault() {
        assertBadInput(cli("validate", QUICKSTART.toString(), "--set", "dsp.lanes=~"),
                "dsp.lanes: no value given", "or leave the field out to take its default, 2");
    }

    @Test
    void shouldRefuseASweepParameterGivenTwice() {
        assertBadInput(cli("sweep", QUICKSTART.toString(), "--param", "dsp.lanes=1,2", "--param", "dsp.lanes=3", "--out", tmp.resolve("out").toString()),
                "dsp.lanes is swept twice; give each parameter once, with all its values");
    }

    @Test
    void shouldRefuseAnEmptySweepValue() {
        assertBadInput(cli("sweep", QUICKSTART.toString(), "--param", "dsp.lanes=1,,2", "--out", tmp.resolve("out").toString()),
                "--param dsp.lanes=1,,2: value 2 of 3 is empty");
    }

    @Test
    void shouldCompareADeeplyNestedJsonAsBadInputWithoutACrash() throws IOException {
        Path deep = tmp.resolve("deep.json");
        Files.writeString(deep, "{\"a\":".repeat(3000) + "1" + "}".repeat(3000));
        Outcome o = cli("compare", deep.toString(), deep.toString());
        assertBadInput(o, "BASELINE " + deep + ": nested too deeply or too large to be a summary.json");
        assertFalse(o.err().contains("StreamReadConstraints"), o.err());
    }

    @Test
    void shouldRunASourceWhoseMeanGapOutlastsTheClock() throws IOException {
        Path sc = tmp.resolve("slow.yaml");
        Files.writeString(sc, """
                kind: dcc
                name: slow
                duration: 3h
                population:
                  scale: 0.01
                  regions: {N: 1000, C: 1000, S: 1000}
                  cohorts:
                    - {id: meters, share: 1.0, supplier: supplier, alerts: [{code: 8F3E, ratePerDevice: 1e-300/d}]}
                users:
                  - id: supplier
                """);
        Outcome o = cli("run", sc.toString(), "--out", tmp.resolve("run").toString(), "--no-progress");
        assertEquals(Main.OK, o.status(), o.err());
        assertTrue(Files.exists(tmp.resolve("run").resolve("summary.json")), o.out());
    }

    @Test
    void shouldRefuseSchemaOutOnSomethingThatIsNotARegularFile() throws Exception {
        Path fifo = tmp.resolve("schema.json");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");
        assertBadInput(cli("schema", "--out", fifo.toString()), "not a regular file (a device, a pipe or a socket)");
        assertFalse(Files.isRegularFile(fifo), "the pipe is left as it was");
    }

    @Test
    void shouldRefuseAnEmptyOut() {
        assertBadInput(cli("run", QUICKSTART.toString(), "--out", "", "--no-progress"), "--out '': allowed: the path of a folder");
    }

    @Test
    void shouldReportAFolderWhereSummaryJsonMustGoAsAnEnvironmentErrorNamingIt() throws IOException {
        Path out = tmp.resolve("run");
        Files.createDirectories(out.resolve("summary.json").resolve("inside"));
        Outcome o = cli("run", QUICKSTART.toString(), "--set", "population.scale=0.01", "--out", out.toString(), "--no-progress");
        assertEquals(Main.IO_ERROR, o.status(), o.err());
        assertTrue(o.err().contains("cannot write " + out.resolve("summary.json").toAbsolutePath()) || o.err().contains("cannot write "
                + out.resolve("summary.json")), o.err());
        assertFalse(o.err().contains("internal error") || o.err().contains("Exception"), o.err());
        try (var files = Files.list(out)) {
            assertEquals(List.of(out.resolve("summary.json")), files.toList(), "nothing else is left");
        }
    }

    @Test
    void shouldRefuseToCompareASummaryWhoseFolderWasLeftHalfReplaced() throws IOException {
        Path out = tmp.resolve("run");
        Outcome o = cli("run", QUICKSTART.toString(), "--set", "population.scale=0.01", "--out", out.toString(), "--no-progress");
        assertEquals(0, o.status(), o.err());
        Files.writeString(out.resolve(org.stormsim.report.OutputSet.INCOMPLETE), "stopped");
        Outcome c = cli("compare", out.resolve("summary.json").toString(), out.resolve("summary.json").toString());
        assertEquals(Main.BAD_INPUT, c.status(), c.err());
        assertTrue(c.err().contains("they may be of two runs"), c.err());
    }

    @Test
    void shouldSayWhenStandardOutputWasLost() {
        java.io.StringWriter err = new java.io.StringWriter();
        java.io.PrintWriter lost = new java.io.PrintWriter(new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        }, true);
        lost.println("a table");
        assertTrue(Main.outputLost(lost, new java.io.PrintWriter(err, true)));
        assertTrue(err.toString().contains("standard output could not be written"), err.toString());
        assertFalse(Main.outputLost(new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err)));
    }
}
