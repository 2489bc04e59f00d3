package org.stormsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stormsim.cli.BadScenarioTest.Outcome;
import org.stormsim.scenario.NetworkScenario;
import org.stormsim.scenario.ParameterTable;

/**
 * {@code stormsim explain}: every value of the resolved scenario, each with where it came from
 * (file:line:column, the override that set it, or a default with its source tag).
 */
class ExplainCommandTest {
    private static final String SCENARIO = """
            kind: network
            name: explained
            duration: 100s
            stations:
              - {id: arrivals, type: source, rate: 1/s, to: server}
              - {id: server, type: queue, service: 'uniform(1s, 2s)', to: done}
              - {id: done, type: sink}
            """;

    @TempDir
    Path tmp;

    Path file;

    @BeforeEach
    void writeScenario() throws IOException {
        file = Files.writeString(tmp.resolve("explained.yaml"), SCENARIO);
    }

    @Test
    void shouldNameTheFileLineAndColumnOfAWrittenValue() {
        assertEquals(file + ":3:11", row("duration")[2]);
        assertEquals("uniform(1s, 2s)", row("stations[1].service")[1]);
    }

    @Test
    void shouldNameTheOverrideThatSetAValue() {
        Map<String, String[]> rows = rows(BadScenarioTest.cli("explain", file.toString(), "--set", "stations.server.servers=3", "--seed", "9"));
        assertEquals("3", rows.get("stations[1].servers")[1]);
        assertEquals("--set stations.server.servers=3", rows.get("stations[1].servers")[2]);
        assertEquals("--seed 9", rows.get("seed")[2]);
    }

    @Test
    void shouldGiveTheSourceTagOfADefault() {
        assertEquals("unbounded", row("stations[1].capacity")[1]);
        assertEquals("default [A]", row("stations[1].capacity")[2]);
        assertEquals("default [A]", row("warmup")[2]);
    }

    @Test
    void shouldListEveryTopLevelParameterOfTheModelTable() {
        Map<String, String[]> rows = rows(BadScenarioTest.cli("explain", file.toString()));
        for (ParameterTable.Parameter p : ParameterTable.of(NetworkScenario.class)) {
            if (!p.path().contains(".") && !p.path().equals("stations")) {
                assertTrue(rows.containsKey(p.path()), "explain leaves out " + p.path() + ": " + rows.keySet());
            }
        }
    }

    @Test
    void shouldWriteJsonWithTheOriginOfEveryValue() throws IOException {
        Outcome o = BadScenarioTest.cli("explain", file.toString(), "--format", "json", "--set", "seed=4");
        assertEquals(Main.OK, o.status(), o.err());
        Map<String, JsonNode> byPath = new HashMap<>();
        new ObjectMapper().readTree(o.out()).path("values").forEach(v -> byPath.put(v.path("path").asText(), v));
        assertEquals("override", byPath.get("seed").path("from").asText());
        assertEquals("file", byPath.get("name").path("from").asText());
        assertEquals(file + ":2:7", byPath.get("name").path("at").asText());
        assertEquals("default", byPath.get("replications").path("from").asText());
        assertEquals("A", byPath.get("replications").path("source").asText());
    }

    @Test
    void shouldRejectABadFileWithExitStatusTwoAndNothingOnStandardOutput() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), SCENARIO.replace("duration: 100s", "duration: 100"));
        Outcome o = BadScenarioTest.cli("explain", bad.toString());
        assertEquals(Main.BAD_INPUT, o.status());
        assertEquals("", o.out());
        assertTrue(o.err().contains(bad + ":3:11: duration: 100: a duration needs a unit"), o.err());
        assertTrue(o.err().endsWith("1 problem; nothing was run.\n"), o.err());
    }

    private String[] row(String path) {
        String[] r = rows(BadScenarioTest.cli("explain", file.toString())).get(path);
        assertTrue(r != null, "no row for " + path);
        return r;
    }

    /** Each row of the text table by its path: {path, value, from}, split on the runs of two or more spaces. */
    private static Map<String, String[]> rows(Outcome o) {
        assertEquals(Main.OK, o.status(), o.err());
        Map<String, String[]> out = new HashMap<>();
        for (String line : o.out().split("\n")) {
            String[] cells = line.strip().split(" {2,}");
            out.put(cells[0], cells);
        }
        return out;
    }
}
