package org.stormsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stormsim.engine.Distribution;

/**
 * Binding a scenario file to {@link NetworkScenario}: every field, the defaults, enums, routing,
 * {@code --set} overrides (by path, by station id, by index) and the problems reported with their
 * place in the file.
 */
class ScenarioBindingTest {
    private static final String MM1 = """
            kind: network
            name: mm1
            seed: 7
            duration: 1100000s
            warmup: 10000s
            replications: 3
            stations:
              - id: arrivals
                type: source
                interarrival: exponential(1.111111s)
                to: server
              - id: server
                type: queue
                servers: 1
                service: exponential(1s)
                capacity: unbounded
                to: done
              - id: done
                type: sink
            """;

    @TempDir
    Path dir;

    @Test
    void shouldBindEveryFieldOfANetworkScenario() throws Exception {
        NetworkScenario s = bind(MM1);
        assertEquals("network", s.kind());
        assertEquals("mm1", s.name());
        assertEquals(7, s.seed());
        assertEquals(1_100_000_000_000L, s.duration().micros());
        assertEquals(10_000_000_000L, s.warmup().micros());
        assertEquals(3, s.replications());
        assertEquals(3, s.stations().size());
        StationSpec.Source src = assertInstanceOf(StationSpec.Source.class, s.stations().get(0));
        assertEquals("arrivals", src.id());
        assertEquals(1_111_111, src.interarrival().mean());
        assertNull(src.rate());
        assertEquals("server", src.to().targets().get(0).to());
        StationSpec.Queue q = assertInstanceOf(StationSpec.Queue.class, s.stations().get(1));
        assertEquals(1, q.servers());
        assertFalse(q.capacity().isBounded());
        assertInstanceOf(Distribution.Exponential.class, q.service());
        assertInstanceOf(StationSpec.Sink.class, s.stations().get(2));
        assertNull(s.stations().get(2).to());
    }

    @Test
    void shouldApplyTheDefaultsWhenFieldsAreLeftOut() throws Exception {
        NetworkScenario s = bind("""
                kind: network
                name: defaults
                duration: 100s
                stations:
                  - {id: in, type: source, rate: 2/s, to: q}
                  - {id: q, type: queue, service: exponential(1s), to: tb}
                  - {id: tb, type: tokenBucket, rate: 5/s, to: out}
                  - {id: out, type: sink}
                """);
        assertEquals(1, s.seed());
        assertEquals(0, s.warmup().micros());
        assertEquals(1, s.replications());
        StationSpec.Queue q = (StationSpec.Queue) s.stations().get(1);
        assertEquals(1, q.servers());
        assertEquals(Capacity.UNBOUNDED, q.capacity());
        StationSpec.TokenBucket tb = (StationSpec.TokenBucket) s.stations().get(2);
        assertEquals(5.0, tb.rate().perSecond());
        assertEquals(1, tb.burst());
        assertEquals(StationSpec.OnEmpty.REJECT, tb.onEmpty());
        assertEquals(Capacity.UNBOUNDED, tb.capacity());
    }

    @Test
    void shouldBindEveryStationType() throws Exception {
        NetworkScenario s = bind("""
                kind: network
                name: all-types
                duration: 1h
                stations:
                  - {id: in, type: source, rate: 120/h, to: wan}
                  - {id: wan, type: delay, delay: 'lognormal(2s, 0.5s)', to: tb}
                  - {id: tb, type: tokenBucket, rate: 50/s, burst: 10, onEmpty: wait, capacity: 100, to: lanes}
                  - {id: lanes, type: queue, servers: 3, service: 'erlang(2, 3ms)', capacity: 20, to: out}
                  - {id: out, type: sink}
                """);
        assertEquals(1.0 / 30, ((StationSpec.Source) s.stations().get(0)).rate().perSecond(), 1e-12);
        StationSpec.Delay d = (StationSpec.Delay) s.stations().get(1);
        assertEquals(2e6, d.delay().mean());
        StationSpec.TokenBucket tb = (StationSpec.TokenBucket) s.stations().get(2);
        assertEquals(10, tb.burst());
        assertEquals(StationSpec.OnEmpty.WAIT, tb.onEmpty());
        assertEquals(100, tb.capacity().limit());
        StationSpec.Queue q = (StationSpec.Queue) s.stations().get(3);
        assertEquals(3, q.servers());
        assertEquals(20, q.capacity().limit());
        assertInstanceOf(Distribution.Erlang.class, q.service());
    }

    @Test
    void shouldBindAWeightedRoute() throws Exception {
        NetworkScenario s = bind("""
                kind: network
                name: split
                duration: 100s
                stations:
                  - id: in
                    type: source
                    rate: 1/s
                    to: [{to: a, weight: 0.3}, {to: b, weight: 0.7}]
                  - {id: a, type: sink}
                  - {id: b, type: sink}
                """);
        Routing to = s.stations().get(0).to();
        assertEquals(2, to.targets().size());
        assertEquals("a", to.targets().get(0).to());
        assertEquals(0.3, to.targets().get(0).weight());
        assertEquals("b", to.targets().get(1).to());
        assertEquals(0.7, to.targets().get(1).weight());
        assertEquals(1.0, to.totalWeight(), 1e-12);
    }

    @Test
    void shouldReadJsonWithTheSameFields() throws Exception {
        Path f = write("mm1.json", """
                {"kind": "network", "name": "mm1", "duration": "100s",
                 "stations": [
                   {"id": "in", "type": "source", "rate": "0.9/s", "to": "q"},
                   {"id": "q", "type": "queue", "servers": 2, "service": "exponential(1s)", "to": "out"},
                   {"id": "out", "type": "sink"}]}
                """);
        NetworkScenario s = (NetworkScenario) ScenarioLoader.load(f, List.of());
        assertEquals(2, ((StationSpec.Queue) s.stations().get(1)).servers());
    }

    @Test
    void shouldResolveAYamlAliasOfAMappingToAnIndependentCopy() throws Exception {
        NetworkScenario s = load("""
                kind: network
                name: aliases
                duration: 100s
                stations:
                  - {id: in, type: source, rate: 1/s, to: a}
                  - &lane {id: a, type: queue, servers: 2, service: exponential(1s), to: b}
                  - *lane
                  - {id: out, type: sink}
                """, "stations[2].id=b", "stations[2].to=out", "stations[2].servers=3");
        StationSpec.Queue a = (StationSpec.Queue) s.stations().get(1);
        StationSpec.Queue b = (StationSpec.Queue) s.stations().get(2);
        assertEquals("a", a.id());
        assertEquals(2, a.servers(), "an override through the copy leaves the anchored original alone");
        assertEquals("b", b.id());
        assertEquals(3, b.servers());
    }

    @Test
    void shouldReadEnumsInLowerCamelCaseAndSuggestOnAMisspelling() {
        String m = messages("""
                kind: network
                name: e
                duration: 100s
                stations:
                  - {id: in, type: source, rate: 1/s, to: tb}
                  - {id: tb, type: tokenBucket, rate: 1/s, onEmpty: Wait, to: out}
                  - {id: out, type: sink}
                """);
        assertTrue(m.contains("test.yaml:6:53: stations[1].onEmpty: 'Wait': not allowed; did you mean 'wait'?"), m);
        assertTrue(m.contains("allowed: reject, wait"), m);
    }

    @Test
    void shouldSetAFieldByPath() throws Exception {
        NetworkScenario s = load(MM1, "duration=7200s", "warmup=1h", "seed=99", "replications=2");
        assertEquals(7_200_000_000L, s.duration().micros());
        assertEquals(3_600_000_000L, s.warmup().micros());
        assertEquals(99, s.seed());
        assertEquals(2, s.replications());
    }

    @Test
    void shouldSetAStationFieldByTheStationsId() throws Exception {
        NetworkScenario s = load(MM1, "stations.server.servers=2", "stations.server.service=deterministic(500ms)");
        StationSpec.Queue q = (StationSpec.Queue) s.stations().get(1);
        assertEquals(2, q.servers());
        assertEquals(500_000, q.service().mean());
    }

    @Test
    void shouldSetAStationFieldByItsIndex() throws Exception {
        NetworkScenario s = load(MM1, "stations[1].servers=2", "stations[1].capacity=10");
        StationSpec.Queue q = (StationSpec.Queue) s.stations().get(1);
        assertEquals(2, q.servers());
        assertEquals(10, q.capacity().limit());
    }

    @Test
    void shouldSetAFieldTheFileLeftOut() throws Exception {
        NetworkScenario s = load(MM1.replace("    capacity: unbounded\n", ""), "stations.server.capacity=5");
        assertEquals(5, ((StationSpec.Queue) s.stations().get(1)).capacity().limit());
    }

    @Test
    void shouldSetAWholeRouteAsYaml() throws Exception {
        String file = MM1.replace("  - id: done\n    type: sink\n", "  - id: done\n    type: sink\n  - id: other\n    type: sink\n");
        NetworkScenario s = load(file, "stations.server.to=[{to: done, weight: 0.25}, {to: other, weight: 0.75}]");
        assertEquals(0.75, s.stations().get(1).to().targets().get(1).weight());
    }

    @Test
    void shouldApplyOverridesInOrderSoTheLastOneWins() throws Exception {
        assertEquals(3, ((StationSpec.Queue) load(MM1, "stations.server.servers=2", "stations[1].servers=3").stations().get(1)).servers());
    }

    @Test
    void shouldReportAnOverrideThatReachesNoStation() {
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class, () -> load(MM1, "stations.sever.servers=2"));
        String m = format(e);
        assertTrue(m.contains("--set stations.sever.servers=2"), m);
        assertTrue(m.contains("no element of stations has id 'sever'"), m);
        assertTrue(m.contains("did you mean 'server'?"), m);
    }

    @Test
    void shouldReportAnOverrideWithAnIndexPastTheEndOfTheList() {
        String m = format(assertThrows(InvalidScenarioException.class, () -> load(MM1, "stations[3].servers=2")));
        assertTrue(m.contains("stations has 3 elements, [0] to [2]"), m);
    }

    @Test
    void shouldReportABadOverrideValueWithTheOverrideAsItsPlace() {
        String m = format(assertThrows(InvalidScenarioException.class, () -> load(MM1, "stations.server.servers=two")));
        assertEquals("--set stations.server.servers=two: stations[1].servers: 'two': expected a whole number", m);
    }

    @Test
    void shouldReportAnOverrideWithoutAnEqualsSign() {
        String m = format(assertThrows(InvalidScenarioException.class, () -> load(MM1, "seed")));
        assertTrue(m.contains("write --set PATH=VALUE"), m);
    }

    @Test
    void shouldReportEveryProblemInTheFileAtOnce() {
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class, () -> bind("""
                kind: network
                name: many
                duration: 100
                replications: 0
                stations:
                  - {id: in, type: source, rate: 0/s, to: q}
                  - {id: q, type: queue, servers: 0, service: gamma(1s), to: out}
                  - {id: out, type: sink, colour: red}
                """));
        List<String> paths = e.problems().stream().map(Problem::path).collect(Collectors.toList());
        assertEquals(List.of("duration", "replications", "stations[0].rate", "stations[1].servers", "stations[1].service",
                "stations[2].colour"), paths, format(e));
    }

    @Test
    void shouldListProblemsInTheOrderOfTheFile() {
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class, () -> bind("""
                kind: network
                name: order
                seed: 1.5
                replications: many
                duration: 100
                stations:
                  - {id: in, type: source, rate: 1/s, to: out}
                  - {id: out, type: sink}
                """));
        List<Integer> lines = e.problems().stream().map(p -> p.location().line()).collect(Collectors.toList());
        assertEquals(List.of(3, 4, 5), lines);
    }

    @Test
    void shouldPlaceEachProblemAtTheLineAndColumnOfItsValue() {
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class, () -> bind(MM1.replace("servers: 1", "servers: -1")));
        Problem p = e.problems().get(0);
        assertEquals(new Location("test.yaml", 14, 14), p.location());
        assertEquals("stations[1].servers", p.path());
        assertEquals("-1", p.value());
        assertEquals("test.yaml:14:14: stations[1].servers: -1: allowed: a whole number of servers of at least 1", p.format());
    }

    private NetworkScenario bind(String yaml) throws InvalidScenarioException {
        Node root = NodeReader.readValue(yaml, "test.yaml");
        return (NetworkScenario) ScenarioLoader.bind(root, "test.yaml");
    }

    private String messages(String yaml) {
        return format(assertThrows(InvalidScenarioException.class, () -> bind(yaml)));
    }

    private NetworkScenario load(String yaml, String... overrides) throws IOException, InvalidScenarioException {
        return (NetworkScenario) ScenarioLoader.load(write("scenario.yaml", yaml), List.of(overrides));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static String format(InvalidScenarioException e) {
        return e.problems().stream().map(Problem::format).collect(Collectors.joining("\n"));
    }
}
