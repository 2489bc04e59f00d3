package org.stormsim.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Fuzzes the scenario loader, {@code --set} overrides and the trace reader (jqwik). Arbitrary text
 * is loaded, and every shipped scenario, every file of the bad-scenario corpus and a valid trace
 * are mutated at random (tokens that matter to YAML, JSON, units and numbers inserted, ranges
 * deleted, lines duplicated, swapped or cut, values replaced): loading must either bind or throw
 * {@link InvalidScenarioException} with at least one problem whose message names no library and
 * no exception; never another exception, never a hang (each input has 10 s). The seed is fixed, so
 * a build tries the same inputs every time; the number of tries comes from
 * {@code jqwik.tries.default} (junit-platform.properties: 200 per property in {@code mvn verify}).
 * A long run, as docs/scenarios.md says:
 * {@code mvn -B -pl simulator-core test -Dtest=ScenarioInputFuzzTest -Djqwik.tries.default=100000}.
 * Every finding becomes a file of the bad-scenario corpus. Each property runs on the test thread;
 * inputs are written under {@code target/fuzz-inputs} and removed afterwards.
 */
class ScenarioInputFuzzTest {
    /** Text that matters to the readers: YAML and JSON structure, aliases, tags, numbers of every spelling, units, distributions. */
    private static final List<String> TOKENS = List.of(
            ":", ": ", "- ", "-", "[", "]", "{", "}", ",", "\n", "\n  ", "  ", "\t", "#", "'", "\"", "\\", "\\u", "\\ud800", "---", "...",
            "&a ", "*a", "&b [1, 2]", "*b", "<<: *a", "!!str ", "!!binary ", "!foo ", "!!map ", "? ", "|", ">", "%YAML 1.1\n",
            "~", "null", "true", "no", "", "0", "-1", "1", "2147483647", "2147483648", "9223372036854775808", "99999999999999999999",
            "1e308", "1e309", "-1e308", "1e-320", "0.0", "-0", "0x1F", "0o17", "1_000", ".5", "5.", ".nan", ".NaN", ".inf", "-.inf",
            "+.inf", "NaN", "Infinity", "-Infinity", "0s", "1us", "1e300d", "-1s", "1.5h", "0/s", "1e-300/d", "1e308/s", "2000000/s",
            "unbounded", "auto", "exponential(1s)", "erlang(2147483647, 1s)", "erlang(0, 1s)", "uniform(3s, 1s)", "lognormal(1s, 1e300s)",
            "deterministic(0s)", "gamma(1s)", "kind: dcc", "kind: network", "type: sink", "type: queue", "id: x", "to: x", "cohorts: []",
            "regions: {}", "users: []", "stations: []", "replay: {file: x.csv, interval: 0s}", "\u00e9", "\ud83d\ude00", "\u0000", "\ufeff");

    private static final List<String> FORBIDDEN = List.of("exception", "snakeyaml", "jackson", "fasterxml", "streamreadconstraints",
            "jsonreadfeature", "feature '", "org.yaml", "internal error", "\tat ");

    private static final List<Seed> SEEDS = seeds();
    private static final Path WORK = workFolder();
    private static final AtomicLong TRIED = new AtomicLong();
    private static final AtomicLong BOUND = new AtomicLong();

    /** A file the fuzzer starts from: its name (for the reader it picks) and text. */
    record Seed(String name, String text) {
    }

    /** One edit of a text: what kind, where (fractions of the text) and with what. */
    record Mutation(int kind, double at, double to, String token) {
    }

    /** A seed and the edits applied to it, in order. */
    record Mutant(Seed seed, List<Mutation> mutations) {
        String text() {
            String t = seed.text();
            for (Mutation m : mutations) {
                t = apply(t, m);
            }
            return t;
        }

        @Override
        public String toString() {
            return seed.name() + " with " + mutations + ":\n" + text();
        }
    }

    @Property(seed = "20261124", shrinking = ShrinkingMode.OFF)
    void shouldBindOrReportProblemsForAnyMutatedScenario(@ForAll("mutatedScenarios") Mutant m) {
        String name = "fuzz" + TRIED.incrementAndGet() + (m.seed().name().endsWith(".json") ? ".json" : ".yaml");
        Path file = write(WORK.resolve(name), m.text());
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                Object sc = ScenarioLoader.load(file, List.of());
                if (sc instanceof DccScenario d) {
                    Trace.of(d, file);
                }
                BOUND.incrementAndGet();
            } catch (InvalidScenarioException e) {
                assertActionable(e, m);
            }
        }, () -> "hangs on " + m);
    }

    @Property(seed = "20261124", shrinking = ShrinkingMode.OFF)
    void shouldBindOrReportProblemsForArbitraryText(@ForAll("arbitraryText") String text, @ForAll boolean json) {
        Path file = write(WORK.resolve("text" + TRIED.incrementAndGet() + (json ? ".json" : ".yaml")), text);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                ScenarioLoader.load(file, List.of());
                BOUND.incrementAndGet();
            } catch (InvalidScenarioException e) {
                assertActionable(e, "the text:\n" + text);
            }
        }, () -> "hangs on the text:\n" + text);
    }

    @Property(seed = "20261124", shrinking = ShrinkingMode.OFF)
    void shouldBindOrReportProblemsForAnyOverride(@ForAll("paths") String path, @ForAll("values") String value) {
        Path quickstart = Path.of("..", "scenarios", "quickstart.yaml");
        String assignment = path + "=" + value;
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                ScenarioLoader.load(quickstart, List.of(assignment));
            } catch (InvalidScenarioException e) {
                assertActionable(e, "--set " + assignment);
            }
        }, () -> "hangs on --set " + assignment);
    }

    @Property(seed = "20261124", shrinking = ShrinkingMode.OFF)
    void shouldReadOrReportProblemsForAnyMutatedTrace(@ForAll("mutatedTraces") Mutant m, @ForAll("intervals") long interval) {
        Path file = write(WORK.resolve("trace" + TRIED.incrementAndGet() + ".csv"), m.text());
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                Trace.read(file, interval);
            } catch (InvalidScenarioException e) {
                assertActionable(e, m);
            }
        }, () -> "hangs on " + m);
    }

    @AfterContainer
    static void removeTheInputs() throws IOException {
        try (Stream<Path> files = Files.list(WORK)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
        }
        System.out.println("ScenarioInputFuzzTest: " + TRIED.get() + " inputs tried, " + BOUND.get() + " scenarios bound");
    }

    @Provide
    Arbitrary<Mutant> mutatedScenarios() {
        return Combinators.combine(Arbitraries.of(SEEDS), mutation().list().ofMinSize(1).ofMaxSize(6)).as(Mutant::new);
    }

    @Provide
    Arbitrary<Mutant> mutatedTraces() {
        List<Seed> traces = SEEDS.stream().filter(s -> s.name().endsWith(".csv")).toList();
        return Combinators.combine(Arbitraries.of(traces), mutation().list().ofMinSize(1).ofMaxSize(6)).as(Mutant::new);
    }

    /** Text of any characters, or made of the tokens alone, which reaches deeper into the readers. */
    @Provide
    Arbitrary<String> arbitraryText() {
        Arbitrary<String> tokens = Arbitraries.of(TOKENS).list().ofMaxSize(40).map(l -> String.join("", l));
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(200), tokens);
    }

    @Provide
    Arbitrary<Long> intervals() {
        return Arbitraries.of(1L, 1_000_000L, 1_800_000_000L, 3_600_000_000L);
    }

    @Provide
    Arbitrary<String> paths() {
        Arbitrary<String> known = Arbitraries.of("dsp.lanes", "seed", "duration", "population.scale", "population.cohorts[0].share",
                "users.supplier.timeout", "users[9].id", "dsp..lanes", ".seed", "seed.", "dsp.dedicated", "replay.interval", "events",
                "stations.x.servers", "population.regions.N", "throttling.alertStormProtection", "sla.onDemand", "[0]", "users[x]", "a[");
        return Arbitraries.oneOf(known, Arbitraries.strings().ofMaxLength(12));
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(Arbitraries.of(TOKENS), Arbitraries.strings().ofMaxLength(16));
    }

    private static Arbitrary<Mutation> mutation() {
        Arbitrary<String> token = Arbitraries.oneOf(Arbitraries.of(TOKENS), Arbitraries.of(TOKENS), Arbitraries.strings().ofMaxLength(8));
        return Combinators.combine(Arbitraries.integers().between(0, 6), Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1), token).as(Mutation::new);
    }

    /** Applies one edit: insert, delete a range, replace a value after a colon, duplicate, swap or cut lines. */
    static String apply(String t, Mutation m) {
        int a = (int) (m.at() * t.length());
        int b = Math.min(t.length(), a + (int) (m.to() * 40));
        List<String> lines = new ArrayList<>(List.of(t.split("\n", -1)));
        int la = (int) (m.at() * (lines.size() - 1));
        int lb = (int) (m.to() * (lines.size() - 1));
        switch (m.kind()) {
            case 0:
                return t.substring(0, a) + m.token() + t.substring(a);
            case 1:
                return t.substring(0, a) + t.substring(b);
            case 2: {
                String line = lines.get(la);
                int colon = line.indexOf(':');
                lines.set(la, colon < 0 ? line + m.token() : line.substring(0, colon + 1) + " " + m.token());
                return String.join("\n", lines);
            }
            case 3:
                lines.add(la, lines.get(la));
                return String.join("\n", lines);
            case 4: {
                String x = lines.get(la);
                lines.set(la, lines.get(lb));
                lines.set(lb, x);
                return String.join("\n", lines);
            }
            case 5:
                return t.substring(0, a);
            default:
                return t.substring(0, a) + m.token().repeat(1 + (int) (m.to() * 200)) + t.substring(a);
        }
    }

    private static void assertActionable(InvalidScenarioException e, Object input) {
        assertFalse(e.problems().isEmpty(), () -> "no problem reported for " + input);
        for (Problem p : e.problems()) {
            String line = p.format();
            assertTrue(p.message() != null && !p.message().isBlank(), () -> "an empty message for " + input);
            String lower = line.toLowerCase(Locale.ROOT);
            String given = input.toString().toLowerCase(Locale.ROOT);
            for (String f : FORBIDDEN) { // a word the input itself holds may be quoted back ("a Jackson network")
                assertFalse(lower.contains(f) && !given.contains(f), () -> "'" + f + "' in \"" + line + "\" for " + input);
            }
        }
    }

    private static Path write(Path file, String text) {
        try {
            return Files.write(file, text.getBytes(StandardCharsets.UTF_8)); // a lone surrogate becomes '?', as an editor would save it
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every shipped scenario, every corpus file (text files only) and a valid trace of each shape. */
    private static List<Seed> seeds() {
        List<Seed> out = new ArrayList<>();
        try {
            Path corpus = Path.of(ScenarioInputFuzzTest.class.getResource("/bad-scenarios/expected-messages.txt").toURI()).getParent();
            for (Path folder : List.of(Path.of("..", "scenarios"), Path.of("..", "scenarios", "validation"), corpus)) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        String n = f.getFileName().toString();
                        if (n.matches(".*\\.(yaml|json|csv)") && Files.size(f) < 100_000) {
                            byte[] bytes = Files.readAllBytes(f);
                            String text = new String(bytes, StandardCharsets.UTF_8);
                            if (text.indexOf('\ufffd') < 0) {
                                out.add(new Seed(n, text));
                            }
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        out.add(new Seed("valid.csv", "intervalStart,region,alertCode,count\n0s,N,8F3E,10\n3600,C,8F35,2\n2h,S,8F3E,0\n"));
        out.add(new Seed("valid-devices.csv", "intervalStart,region,alertCode,combination,devices,count,skew,deviceType\n"
                + "0s,N,8F3E,esme-ppmid,40,2000,1.0,ESME\n1h,C,8F12,standard,100,150,,CHF\n2h,S,8F3E,standard,0,0,0,ESME\n"));
        out.add(new Seed("valid-monthly.csv", "deviceType,month,region,alertCode,combination,devices,volume\n"
                + "ESME,2020-01,N,8F3E,esme-ppmid,5,31000\nCHF,2020-02,S,8F12,\"std, quoted\",50,3100\n"));
        return List.copyOf(out);
    }

    private static Path workFolder() {
        try {
            Path dir = Path.of("target", "fuzz-inputs");
            Files.createDirectories(dir);
            for (Seed s : SEEDS) {
                if (s.name().endsWith(".csv")) { // corpus scenarios replay these, relative to themselves
                    Files.writeString(dir.resolve(s.name()), s.text(), StandardCharsets.UTF_8);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
