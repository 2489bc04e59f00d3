package org.stormsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scenario file in {@code src/test/resources/bad-scenarios/} is broken (the network kind, and
 * the dcc kind in the files named {@code dcc-*}; a CSV there is the replay trace of a dcc file), and
 * {@code expected-messages.txt} there says what stormsim must report about it. Through the real
 * command line ({@link Main#execute}), {@code run} and {@code validate} must exit with status 2,
 * name the file (with line and column where known), the field path and what is allowed, print no
 * stack trace, report every problem with a count that matches, and write nothing.
 */
class BadScenarioTest {
    private static final String MANIFEST = "expected-messages.txt";

    @TempDir
    Path tmp;

    /** The exit status and the two output streams of one command line. */
    record Outcome(int status, String out, String err) {
    }

    static Outcome cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(status, out.toString(), err.toString());
    }

    static Stream<Arguments> badScenarios() throws IOException, URISyntaxException {
        Map<String, List<String>> expected = manifest();
        return expected.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badScenarios")
    void shouldRejectTheBadScenarioWithExitStatusTwoAndAnActionableMessage(String name, List<String> fragments) throws Exception {
        Path file = folder().resolve(name);
        Path out = tmp.resolve("out");
        Outcome run = cli("run", file.toString(), "--out", out.toString());
        assertRejected(run, file, fragments);
        assertFalse(Files.exists(out), "run wrote into --out for a bad scenario: " + out);

        Outcome validate = cli("validate", file.toString());
        assertRejected(validate, file, fragments);
        assertEquals(run.err(), validate.err(), "run and validate report the same problems");
    }

    @Test
    void shouldHaveAnExpectationForEveryBadScenarioAndAtLeastTwentyFive() throws Exception {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> s = Files.list(folder())) {
            s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(MANIFEST) && !n.endsWith(".csv")).forEach(files::add);
        }
        assertEquals(files, new TreeSet<>(manifest().keySet()), "files in bad-scenarios/ vs lines of " + MANIFEST);
        assertTrue(files.size() >= 25, "only " + files.size() + " bad scenarios");
        assertTrue(files.stream().filter(n -> n.startsWith("dcc-")).count() >= 30, "fewer than 30 bad dcc scenarios: " + files);
    }

    @Test
    void shouldReportEverySeveralProblemsOfOneFileInFileOrder() throws Exception {
        Outcome o = cli("validate", folder().resolve("several-problems.yaml").toString());
        List<Integer> lines = new ArrayList<>();
        for (String line : o.err().split("\n")) {
            if (line.contains("several-problems.yaml:")) {
                String after = line.substring(line.indexOf("several-problems.yaml:") + "several-problems.yaml:".length());
                lines.add(Integer.parseInt(after.substring(0, after.indexOf(':'))));
            }
        }
        assertEquals(List.of(4, 5, 7, 8, 8, 9), lines, o.err());
    }

    private static void assertRejected(Outcome o, Path file, List<String> fragments) {
        String err = o.err();
        assertEquals(Main.BAD_INPUT, o.status(), err);
        assertEquals("", o.out(), "nothing on standard output for bad input");
        for (String f : fragments) {
            assertTrue(err.contains(f), "missing \"" + f + "\" in:\n" + err);
        }
        assertFalse(err.contains("Exception"), "an exception's name leaked into the message:\n" + err);
        assertFalse(err.contains("\tat "), "a stack trace leaked into the message:\n" + err);
        String[] lines = err.strip().split("\n");
        int problems = lines.length - 1;
        for (int i = 0; i < problems; i++) {
            assertTrue(lines[i].startsWith(file + ":") || isTraceNextTo(file, lines[i]),
                    "each problem line starts with the file, or the replay trace next to it: " + lines[i]);
        }
        String count = problems == 1 ? "1 problem; nothing was run." : problems + " problems; nothing was run.";
        assertEquals(count, lines[lines.length - 1], "the count matches the problems listed");
    }

    /** Whether a problem line names a CSV trace in the scenario's folder (a dcc scenario's replay). */
    private static boolean isTraceNextTo(Path scenario, String line) {
        String prefix = scenario.getParent() + java.io.File.separator;
        int colon = line.indexOf(':', prefix.length());
        return line.startsWith(prefix) && colon > 0 && line.substring(prefix.length(), colon).endsWith(".csv");
    }

    private static Path folder() throws URISyntaxException {
        return Path.of(BadScenarioTest.class.getResource("/bad-scenarios/" + MANIFEST).toURI()).getParent();
    }

    private static Map<String, List<String>> manifest() throws IOException, URISyntaxException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(folder().resolve(MANIFEST), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(" \\| ");
            List<String> fragments = new ArrayList<>();
            for (int i = 1; i < parts.length; i++) {
                fragments.add(parts[i].strip());
            }
            out.put(parts[0].strip(), fragments);
        }
        return out;
    }
}
