package org.stormsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stormsim.cli.BadScenarioTest.Outcome;

/**
 * The command line as a user meets it: help with examples, exit statuses for options, overrides
 * and files that are wrong, {@code validate} on a good file, and {@code run} giving the same
 * summary.json (apart from its {@code run} section) for the same seed, whatever the thread count.
 */
class CommandLineTest {
    /** Every station type, a weighted split and three replications: enough to expose any order dependence. */
    private static final String SCENARIO = """
            kind: network
            name: cli-test
            seed: 11
            duration: 200s
            warmup: 20s
            replications: 3
            stations:
              - {id: arrivals, type: source, rate: 400/s, to: wan}
              - {id: wan, type: delay, delay: 'lognormal(50ms, 20ms)', to: gate}
              - {id: gate, type: tokenBucket, rate: 450/s, burst: 20, onEmpty: wait, to: split}
              - id: split
                type: queue
                servers: 2
                service: exponential(4ms)
                capacity: 50
                to: [{to: fast, weight: 0.25}, {to: slow, weight: 0.75}]
              - {id: fast, type: queue, service: 'erlang(2, 1ms)', to: done}
              - {id: slow, type: queue, service: 'uniform(1ms, 2ms)', to: done}
              - {id: done, type: sink}
            """;

    @TempDir
    Path tmp;

    Path scenario;

    @BeforeEach
    void writeScenario() throws IOException {
        scenario = Files.writeString(tmp.resolve("cli-test.yaml"), SCENARIO);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--help", "run --help", "validate --help", "explain --help", "schema --help", "codes --help",
        "requests --help", "help --help", "help run", "help validate", "help explain", "help schema"})
    void shouldShowHelpWithAnExampleAndExitZero(String args) {
        Outcome o = BadScenarioTest.cli(args.split(" "));
        assertEquals(Main.OK, o.status(), o.err());
        assertTrue(o.out().contains("Usage: stormsim"), o.out());
        assertTrue(o.out().contains("Example"), "no example in:\n" + o.out());
        assertEquals("", o.err());
    }

    @Test
    void shouldShowAnExampleInTheHelpOfEveryCommand() {
        for (String command : new picocli.CommandLine(new Main()).getSubcommands().keySet()) {
            Outcome o = BadScenarioTest.cli(command, "--help");
            assertEquals(Main.OK, o.status(), command + ": " + o.err());
            assertTrue(o.out().contains("Example"), "no example in the help of " + command + ":\n" + o.out());
            assertTrue(o.out().contains("stormsim " + command), "the example of " + command + " does not use it:\n" + o.out());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"validate", "explain", "codes", "requests"})
    void shouldRunEveryExampleInTheHelpCleanly(String command) {
        Outcome help = BadScenarioTest.cli(command, "--help");
        List<String> examples = help.out().lines().filter(l -> l.startsWith("  stormsim " + command)).toList();
        assertFalse(examples.isEmpty(), help.out());
        for (String example : examples) {
            String[] args = example.strip().substring("stormsim ".length()).replace("scenarios/", "../scenarios/").split(" ");
            Outcome o = BadScenarioTest.cli(args);
            assertEquals(Main.OK, o.status(), example + ": " + o.err());
        }
    }

    @Test
    void shouldListTheCommandsInTheTopLevelHelp() {
        Outcome o = BadScenarioTest.cli("--help");
        assertTrue(o.out().contains("run "), o.out());
        assertTrue(o.out().contains("validate "), o.out());
        assertTrue(o.out().contains("explain "), o.out());
        assertTrue(o.out().contains("schema "), o.out());
    }

    @Test
    void shouldAcceptAGoodFile() {
        Outcome o = BadScenarioTest.cli("validate", scenario.toString());
        assertEquals(Main.OK, o.status(), o.err());
        assertTrue(o.out().contains("scenario 'cli-test' (kind: network) is valid: 7 stations"), o.out());
        assertEquals("", o.err());
    }

    @Test
    void shouldAcceptAGoodFileWithOverrides() {
        Outcome o = BadScenarioTest.cli("validate", scenario.toString(), "--set", "stations.split.servers=3",
                "--set", "stations[4].service=exponential(1ms)", "--seed", "5", "--replications", "2");
        assertEquals(Main.OK, o.status(), o.err());
        assertTrue(o.out().contains("2 replication(s)"), o.out());
    }

    @ParameterizedTest(name = "--set {0}")
    @CsvSource(delimiter = '|', value = {
        "seed                           | --set seed: write --set PATH=VALUE",
        "=3                             | --set =3: write --set PATH=VALUE",
        "seed=abc                       | --set seed=abc: seed: 'abc': expected a whole number",
        "stations.splt.servers=2        | no element of stations has id 'splt'; did you mean 'split'?",
        "stations[9].servers=2          | stations has 7 elements, [0] to [6]; [9] is not one of them",
        "stations[x].servers=2          | not a list index: [x]",
        "stations.split=3               | stations is a list: set a field of one element",
        "name.first=a                   | cannot set 'first' inside name",
        "stations.split.servers=[1      | not valid YAML",
        "stations.split.servers=0       | stations[3].servers: 0: allowed: a whole number of servers of at least 1",
        "stations.split.sevrers=2       | stations[3].sevrers: unknown field 'sevrers'; did you mean 'servers'?",
        "stations.split.service=gamma(1s) | unknown distribution 'gamma'",
        "warmup=300s                    | warmup: '300s': the warm-up must end before the horizon (200s)",
    })
    void shouldRejectABadOverrideWithExitStatusTwo(String override, String fragment) {
        Path out = tmp.resolve("out");
        Outcome o = BadScenarioTest.cli("run", scenario.toString(), "--set", override, "--out", out.toString());
        assertEquals(Main.BAD_INPUT, o.status(), o.err());
        assertTrue(o.err().contains(fragment), "missing \"" + fragment + "\" in:\n" + o.err());
        assertFalse(o.err().contains("Exception"), o.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void shouldNameTheShortcutOptionWhenItsValueIsBad() {
        Outcome o = BadScenarioTest.cli("validate", scenario.toString(), "--replications", "0");
        assertEquals(Main.BAD_INPUT, o.status());
        assertTrue(o.err().startsWith("--replications 0: replications: 0: allowed: a whole number from 1 to 100000"), o.err());
    }

    @Test
    void shouldReportAMissingFileWithExitStatusTwo() {
        Outcome o = BadScenarioTest.cli("run", tmp.resolve("nowhere.yaml").toString(), "--out", tmp.resolve("out").toString());
        assertEquals(Main.BAD_INPUT, o.status());
        assertTrue(o.err().contains("nowhere.yaml: no such file"), o.err());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void shouldReportAFolderGivenAsTheScenarioWithExitStatusTwo() {
        Outcome o = BadScenarioTest.cli("validate", tmp.toString());
        assertEquals(Main.BAD_INPUT, o.status());
        assertTrue(o.err().contains("it is a folder"), o.err());
        assertFalse(o.err().contains("Exception"), o.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "run FILE --bogus                | Unknown option: '--bogus'",
        "validate FILE --seed abc        | Invalid value for option '--seed': 'abc' is not a long",
        "run FILE --threads 0            | --threads: 0: allowed: a whole number of at least 1",
        "run                             | Missing required parameter: 'FILE'",
        "validate FILE FILE              | Unmatched argument",
        "simulate FILE                   | Unmatched arguments from index 0: 'simulate'",
    })
    void shouldRejectABadCommandLineWithExitStatusTwo(String args, String fragment) {
        Outcome o = BadScenarioTest.cli(args.replace("FILE", scenario.toString()).split(" "));
        assertEquals(Main.BAD_INPUT, o.status(), o.err());
        assertTrue(o.err().contains(fragment), "missing \"" + fragment + "\" in:\n" + o.err());
        assertFalse(o.err().contains("\tat "), o.err());
    }

    @Test
    void shouldRefuseAnOutputFolderThatIsAFileBeforeRunning() throws IOException {
        Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");
        Outcome o = BadScenarioTest.cli("run", scenario.toString(), "--out", file.toString());
        assertEquals(Main.BAD_INPUT, o.status(), o.err());
        assertTrue(o.err().contains("this is a file; allowed: a folder"), o.err());
        assertEquals("x", Files.readString(file));
    }

    @Test
    void shouldWriteTheSameSummaryForTheSameSeedWhateverTheThreadCount() throws IOException {
        String one = runAndRead("a", "--threads", "1");
        String three = runAndRead("b", "--threads", "3");
        assertEquals(withoutRunSection(one), withoutRunSection(three));
        JsonNode summary = new ObjectMapper().readTree(one);
        assertEquals("completed", summary.path("status").asText());
        assertEquals(3, summary.path("scenario").path("replications").asInt());
        assertTrue(summary.path("stations").path("split").path("arrivals").asDouble() > 0);
        assertTrue(summary.path("ledger").path("customers").path("balanced").asBoolean());
        assertTrue(summary.has("run"));
    }

    @Test
    void shouldWriteADifferentSummaryForADifferentSeed() throws IOException {
        assertNotEquals(withoutRunSection(runAndRead("a")), withoutRunSection(runAndRead("b", "--seed", "12")));
    }

    private String runAndRead(String folder, String... extra) throws IOException {
        Path out = tmp.resolve(folder);
        String[] args = new String[4 + extra.length];
        args[0] = "run";
        args[1] = scenario.toString();
        args[2] = "--out";
        args[3] = out.toString();
        System.arraycopy(extra, 0, args, 4, extra.length);
        Outcome o = BadScenarioTest.cli(args);
        assertEquals(Main.OK, o.status(), o.err());
        assertTrue(o.out().contains("(balanced)"), o.out());
        return Files.readString(out.resolve("summary.json"));
    }

    /** The summary's text up to its {@code run} section, which must be the last: the only part that may differ between runs. */
    private static String withoutRunSection(String summary) throws IOException {
        List<String> sections = new ArrayList<>();
        new ObjectMapper().readTree(summary).fieldNames().forEachRemaining(sections::add);
        assertEquals("run", sections.get(sections.size() - 1), "the run section comes last: " + sections);
        return summary.substring(0, summary.indexOf("\"run\" : {"));
    }
}
