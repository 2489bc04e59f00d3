package org.stormsim.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.stormsim.report.AtomicFiles;
import org.stormsim.study.ComparisonReport;
import org.stormsim.study.SummaryComparison;
import org.stormsim.study.Tolerance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stormsim compare BASELINE CURRENT}: compares two summary.json files figure by figure
 * ({@link SummaryComparison}) and prints the figures beyond tolerance. Exit status 0 when every
 * figure is within tolerance, 1 on a regression (a figure beyond tolerance or missing), 2 on bad
 * input (a file missing, unreadable, not JSON or not a summary; a bad option).
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two summary.json files figure by figure (JSON pointers) and print the figures beyond tolerance.",
            "Fractional figures may differ by --rel times the baseline; counts (whole numbers) must be equal unless --count-rel "
                + "or an --abs covering them says otherwise. The run section (wall-clock time, threads, version, git commit) "
                + "and the fingerprint are ignored; different seeds, scenario hashes or replications are warned of.",
            "Exit status: 0 within tolerance, 1 regression (beyond tolerance or missing), 2 bad input."},
        footer = {"", "Examples:", "  stormsim run scenarios/quickstart.yaml --set population.scale=0.05 --replications 2 --out /tmp/q",
            "  stormsim compare results/baselines/quickstart/summary.json /tmp/q/summary.json",
            "  stormsim compare old.json new.json --rel 0.05 --abs /alerts/latency/p99=0.5 --out /tmp/cmp"})
final class CompareCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Parameters(index = "0", paramLabel = "BASELINE", description = "the baseline summary.json")
    Path baseline;

    @Parameters(index = "1", paramLabel = "CURRENT", description = "the summary.json to check against it")
    Path current;

    @Option(names = "--rel", paramLabel = "R", defaultValue = "0.02",
            description = "relative tolerance of fractional figures, e.g. 0.02 for 2%% of the baseline (default: ${DEFAULT-VALUE}; 0: exact)")
    double relative;

    @Option(names = "--count-rel", paramLabel = "R", defaultValue = "0",
            description = "relative tolerance of counts and other whole numbers (default: ${DEFAULT-VALUE}: exact)")
    double countRelative;

    @Option(names = "--abs", paramLabel = "PATH=VALUE",
            description = "absolute tolerance for the figure at a JSON pointer and every figure under it, instead of the relative one, "
                    + "e.g. --abs /alerts/latency/p99=0.5 (repeatable; the longest matching pointer wins)")
    List<String> absolute = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "also write DIR/compare.json")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Tolerance tolerance = tolerance(err);
        JsonNode b = read(baseline, "BASELINE", err);
        JsonNode c = read(current, "CURRENT", err);
        if (tolerance == null || b == null || c == null) {
            return Main.BAD_INPUT;
        }
        if (out != null && Files.exists(out) && !Files.isDirectory(out)) {
            err.println("--out " + out + ": this is a file; allowed: a folder (it is created if missing)");
            return Main.BAD_INPUT;
        }
        SummaryComparison.Result r = SummaryComparison.compare(b, c, tolerance);
        o.printf(Locale.ROOT, "baseline: %s (%s)%ncurrent:  %s (%s)%n", baseline, describe(b), current, describe(c));
        for (String w : r.warnings()) {
            o.println("warning: " + w);
        }
        for (JsonNode s : List.of(b, c)) {
            if (!"completed".equals(s.path("status").asText())) {
                o.println("warning: " + (s == b ? "the baseline" : "the current") + " run did not complete (status: " + s.path("status").asText() + ")");
            }
        }
        o.print(ComparisonReport.table(r));
        if (out != null) {
            Path file = out.resolve("compare.json");
            AtomicFiles.write(file, JSON.writeValueAsString(ComparisonReport.json(baseline.toString(), current.toString(), tolerance, r)) + "\n");
            o.println("comparison: " + file);
        }
        if (r.withinTolerance()) {
            o.println("within tolerance");
            return Main.OK;
        }
        o.printf(Locale.ROOT, "REGRESSION: %d figure(s) beyond tolerance, %d missing%n",
                r.count(SummaryComparison.Verdict.BEYOND), r.count(SummaryComparison.Verdict.MISSING));
        return Main.REGRESSION;
    }

    private Tolerance tolerance(PrintWriter err) {
        boolean ok = true;
        if (!(relative >= 0) || !(countRelative >= 0)) {
            err.println("--rel " + relative + ", --count-rel " + countRelative + ": allowed: a number of 0 or more, e.g. 0.02 for 2%");
            ok = false;
        }
        Map<String, Double> abs = new LinkedHashMap<>();
        for (String a : absolute) {
            int eq = a.lastIndexOf('=');
            Double v = eq > 0 ? parse(a.substring(eq + 1)) : null;
            if (eq <= 0 || !a.startsWith("/") || v == null || !(v >= 0)) {
                err.println("--abs " + a + ": allowed: PATH=VALUE with PATH a JSON pointer starting with / and VALUE a number of 0 or more, "
                        + "e.g. --abs /alerts/latency/p99=0.5");
                ok = false;
            } else {
                abs.put(a.substring(0, eq), v);
            }
        }
        return ok ? new Tolerance(relative, countRelative, abs) : null;
    }

    private static Double parse(String s) {
        try {
            return Double.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The summary at {@code file}, or null after saying why it is not one. */
    private static JsonNode read(Path file, String which, PrintWriter err) {
        if (!Files.isRegularFile(file)) {
            err.println(which + " " + file + ": " + (Files.isDirectory(file) ? "a folder" : "no such file")
                    + "; give the path of a summary.json written by stormsim run");
            return null;
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && Files.exists(folder.resolve(org.stormsim.report.OutputSet.INCOMPLETE))) {
            err.println(which + " " + file + ": its folder holds " + org.stormsim.report.OutputSet.INCOMPLETE + ": a run stopped while replacing "
                    + "these files, so they may be of two runs; allowed: the summary of a run that finished writing (run it again)");
            return null;
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) { // its message names the parser's settings, not the file
            err.println(which + " " + file + ": nested too deeply or too large to be a summary.json (a summary is a few levels deep)");
            return null;
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            err.println(which + " " + file + at + ": not valid JSON: " + e.getOriginalMessage());
            return null;
        } catch (IOException e) {
            err.println(which + " " + file + ": cannot be read: " + e.getMessage());
            return null;
        }
        String wrong = SummaryComparison.notASummary(tree);
        if (wrong != null) {
            err.println(which + " " + file + ": " + wrong);
            return null;
        }
        return tree;
    }

    private static String describe(JsonNode s) {
        JsonNode sc = s.path("scenario");
        return String.format(Locale.ROOT, "%s, kind %s, seed %s, %s replication(s), stormsim %s, commit %s",
                sc.path("name").asText("?"), sc.path("kind").asText("?"), sc.path("seed").asText("?"), sc.path("replications").asText("?"),
                s.path("run").path("version").asText("?"), abbreviate(s.path("run").path("commit").asText("unknown")));
    }

    private static String abbreviate(String commit) {
        return commit.length() > 12 && !commit.equals("unknown") ? commit.substring(0, 12) : commit;
    }
}
