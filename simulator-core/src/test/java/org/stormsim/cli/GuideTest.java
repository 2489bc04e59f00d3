package org.stormsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stormsim.cli.BadScenarioTest.Outcome;
import org.stormsim.testing.Timeline;

/**
 * The guides in docs/guides/ start from commands that work and show what they print: every
 * {@code ./stormsim} command in a {@code sh} block that is followed by a {@code text} block is run
 * (in the order of the guide, with each {@code --out} folder moved to a temporary one and the moved
 * path used wherever the guide uses it again), and every line of the {@code text} block other than
 * {@code ...} must appear in what it printed (runs of spaces count as one). Output shown in
 * {@code console} blocks is from longer runs and is not rerun here.
 */
class GuideTest {
    @TempDir
    static Path tmp;

    /** One command of a guide and the excerpt of its output the guide shows. */
    record Step(String guide, String command, List<String> excerpt) {
        @Override
        public String toString() {
            return guide + ": " + command;
        }
    }

    static Stream<Path> guides() throws IOException {
        try (Stream<Path> s = Files.list(Timeline.shipped("quickstart.yaml").getParent().getParent().resolve("docs").resolve("guides"))) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guides")
    void shouldPrintWhatTheGuideShows(Path guide) throws IOException {
        List<Step> steps = steps(guide);
        assertFalse(steps.isEmpty(), guide + " shows no command with its output");
        Map<String, String> moved = new LinkedHashMap<>();
        for (Step s : steps) {
            List<String> args = arguments(s.command(), moved);
            Outcome o = BadScenarioTest.cli(args.toArray(new String[0]));
            String printed = squeeze(o.out() + "\n" + o.err());
            assertEquals(s.command().contains("compare") && s.excerpt().stream().anyMatch(l -> l.contains("REGRESSION")) ? 1 : 0,
                    o.status(), s + "\n" + o.err());
            for (String line : s.excerpt()) {
                String want = squeeze(replaceAll(line, moved));
                assertTrue(printed.contains(want), s + "\nmissing: " + want + "\nin:\n" + o.out() + o.err());
            }
        }
    }

    private static List<Step> steps(Path guide) throws IOException {
        List<String> lines = Files.readAllLines(guide);
        List<Step> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).trim().equals("```sh")) {
                continue;
            }
            StringBuilder cmd = new StringBuilder();
            int j = i + 1;
            for (; !lines.get(j).trim().equals("```"); j++) {
                String l = lines.get(j).trim();
                cmd.append(l.endsWith("\\") ? l.substring(0, l.length() - 1) : l).append(' ');
            }
            int k = j + 1;
            while (k < lines.size() && lines.get(k).isBlank()) {
                k++;
            }
            if (k < lines.size() && lines.get(k).trim().equals("```text") && cmd.toString().startsWith("./stormsim ")) {
                List<String> excerpt = new ArrayList<>();
                for (k++; !lines.get(k).trim().equals("```"); k++) {
                    if (!lines.get(k).isBlank() && !lines.get(k).trim().equals("...")) {
                        excerpt.add(lines.get(k));
                    }
                }
                out.add(new Step(guide.getFileName().toString(), cmd.toString().trim(), excerpt));
            }
            i = j;
        }
        return out;
    }

    /** The command's arguments after {@code ./stormsim}, quotes removed, {@code --out} folders moved. */
    private static List<String> arguments(String command, Map<String, String> moved) {
        List<String> args = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        for (char c : command.substring("./stormsim ".length()).toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    cur.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == ' ') {
                if (cur.length() > 0) {
                    args.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0) {
            args.add(cur.toString());
        }
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (i > 0 && args.get(i - 1).equals("--out")) {
                moved.computeIfAbsent(a, k -> tmp.resolve("out" + moved.size()).toString());
            }
            args.set(i, resolve(replaceAll(a, moved)));
        }
        return args;
    }

    /** Paths into the repository (scenarios/, results/) are resolved from its root, wherever the test runs. */
    private static String resolve(String arg) {
        if (arg.startsWith("scenarios/") || arg.startsWith("results/")) {
            return Timeline.shipped("quickstart.yaml").getParent().getParent().resolve(arg).toString();
        }
        return arg;
    }

    private static String replaceAll(String s, Map<String, String> moved) {
        String out = s;
        for (Map.Entry<String, String> e : moved.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }

    private static String squeeze(String s) {
        return s.replaceAll("[ \\t]+", " ").trim();
    }
}
