package org.stormsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema generated from the scenario records accepts every shipped scenario, rejects
 * broken ones, and matches docs/stormsim-scenario.schema.json. Regenerate that file with
 * {@code mvn -pl simulator-core test -Dtest=ScenarioSchemaTest -Dstormsim.updateDocs=true}.
 * Files are read by {@link NodeReader}, as the binder reads them (YAML aliases resolved).
 */
class ScenarioSchemaTest {
    private static final Path COMMITTED = Path.of("..", "docs", "stormsim-scenario.schema.json");
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(ScenarioSchema.generate());
    private static final String GOOD_NETWORK = """
            kind: network
            name: tiny
            duration: 100s
            stations:
              - {id: arrivals, type: source, rate: 1/s, to: server}
              - {id: server, type: queue, servers: 2, service: exponential(1s), capacity: unbounded, to: [{to: done, weight: 1}]}
              - {id: done, type: sink}
            """;

    @TempDir
    Path tmp;

    static Stream<Path> shippedScenarios() throws IOException {
        return Files.walk(Path.of("..", "scenarios")).filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedScenarios")
    void shouldAcceptEveryShippedScenario(Path file) throws Exception {
        Set<ValidationMessage> errors = SCHEMA.validate(json(NodeReader.read(file)));
        assertTrue(errors.isEmpty(), file + ": " + errors);
    }

    @Test
    void shouldAcceptAMinimalNetworkScenario() throws Exception {
        assertTrue(validate(GOOD_NETWORK).isEmpty(), validate(GOOD_NETWORK).toString());
    }

    @Test
    void shouldAcceptAnAutomaticWarmupAndASweepSection() throws Exception {
        String text = GOOD_NETWORK + "warmup: auto\nsweep:\n  parameters:\n    stations.server.servers: [1, 2]\n";
        assertTrue(validate(text).isEmpty(), validate(text).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown field         | 'name: tiny'                  | 'name: tiny\ncolour: red'",
        "duration without unit | 'duration: 100s'              | 'duration: 100'",
        "unknown duration unit | 'duration: 100s'              | 'duration: 60 parsecs'",
        "unknown kind          | 'kind: network'               | 'kind: netwrk'",
        "missing name          | 'name: tiny'                  | ''",
        "zero servers          | 'servers: 2'                  | 'servers: 0'",
        "bad rate unit         | 'rate: 1/s'                   | 'rate: 5/fortnight'",
        "unknown station type  | 'type: queue'                 | 'type: queu'",
        "unknown distribution  | 'service: exponential(1s)'    | 'service: gamma(1s)'",
        "capacity zero         | 'capacity: unbounded'         | 'capacity: 0'",
    })
    void shouldRejectABrokenScenario(String what, String good, String bad) throws Exception {
        String text = GOOD_NETWORK.replace(good.replace("\\n", "\n"), bad.replace("\\n", "\n"));
        assertFalse(text.equals(GOOD_NETWORK), "the test's replacement found nothing for " + what);
        assertFalse(validate(text).isEmpty(), what + " passed the schema:\n" + text);
    }

    @Test
    void shouldRejectADccScenarioWithAWrongEnumValueAndATooSmallRange() throws Exception {
        String dcc = Files.readString(Path.of("..", "scenarios", "quickstart.yaml"), StandardCharsets.UTF_8);
        String broken = dcc + "\nthrottling: {alertStormProtection: {at: moon}}\n";
        assertFalse(validate(broken).isEmpty());
        assertTrue(validate(dcc).isEmpty(), validate(dcc).toString());
    }

    @Test
    void shouldDescribeDefaultAndBoundFieldsFromTheirAnnotations() {
        JsonNode lanes = ScenarioSchema.generate().at("/$defs/DccDsp/properties/lanes");
        assertEquals("integer", lanes.path("type").asText(), lanes.toString());
        assertEquals(2, lanes.path("default").asInt(), lanes.toString());
        assertEquals(1, lanes.path("minimum").asInt(), lanes.toString());
        assertEquals(4096, lanes.path("maximum").asInt(), lanes.toString());
        assertTrue(lanes.path("description").asText().contains("motorway lanes"), lanes.toString());
    }

    @Test
    void shouldMatchTheCommittedSchema() throws IOException {
        String schema = ScenarioSchema.json();
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        if (Boolean.getBoolean("stormsim.updateDocs") && !committed.equals(schema)) {
            Files.writeString(COMMITTED, schema, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(schema, committed, "docs/stormsim-scenario.schema.json is stale: regenerate it with -Dstormsim.updateDocs=true");
    }

    private Set<ValidationMessage> validate(String yaml) throws Exception {
        Path f = Files.writeString(tmp.resolve("s.yaml"), yaml);
        return SCHEMA.validate(json(NodeReader.read(f)));
    }

    /** The tree as JSON, each scalar of the type YAML gave it. */
    static JsonNode json(Node n) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (n instanceof Node.MapNode m) {
            ObjectNode o = f.objectNode();
            m.entries().forEach((k, v) -> o.set(k, json(v)));
            return o;
        }
        if (n instanceof Node.ListNode l) {
            return f.arrayNode().addAll(l.items().stream().map(ScenarioSchemaTest::json).toList());
        }
        Node.ScalarNode s = (Node.ScalarNode) n;
        String t = s.text().replace("_", "");
        switch (s.type()) {
            case INTEGER:
                return f.numberNode(new BigInteger(t));
            case DECIMAL:
                return f.numberNode(new BigDecimal(t));
            case BOOLEAN:
                return f.booleanNode(Boolean.parseBoolean(s.text()));
            case NULL:
                return f.nullNode();
            default:
                return f.textNode(s.text());
        }
    }

}
