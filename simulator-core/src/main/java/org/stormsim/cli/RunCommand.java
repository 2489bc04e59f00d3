package org.stormsim.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.stormsim.experiment.DccRunResult;
import org.stormsim.experiment.NetworkRunResult;
import org.stormsim.experiment.RunProgress;
import org.stormsim.report.DccSummary;
import org.stormsim.report.DccTable;
import org.stormsim.report.NetworkSummary;
import org.stormsim.report.NetworkTable;
import org.stormsim.report.RunOutputs;
import org.stormsim.report.Version;
import org.stormsim.scenario.DccScenario;
import org.stormsim.scenario.InvalidValueException;
import org.stormsim.scenario.NetworkScenario;
import org.stormsim.scenario.SimDuration;
import org.stormsim.scenario.StationSpec;
import org.stormsim.study.MetricPath;
import org.stormsim.study.Precision;
import org.stormsim.study.Runs;
import org.stormsim.study.ScenarioExperiment;
import org.stormsim.study.WarmupDetection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stormsim run FILE}: runs a scenario, prints the result table and writes
 * {@code summary.json}, {@code timeseries.csv}, {@code latency.hlog} and {@code report.html}
 * into the output folder (docs/outputs.md), each atomically. Ctrl-C stops the run at the next event check and writes what it has, marked
 * {@code "status": "interrupted"}.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a scenario: print a result table and write DIR/summary.json,",
            "DIR/timeseries.csv, DIR/latency.hlog and DIR/report.html."},
        footer = {"", "Examples:", "  stormsim run scenarios/quickstart.yaml",
            "  stormsim run scenarios/quickstart.yaml --interval 5min",
            "  stormsim run scenarios/validation/mm1.yaml --replications 20 --out /tmp/mm1",
            "  stormsim run scenarios/quickstart.yaml --set dsp.lanes=4 --no-progress",
            "  stormsim run scenarios/network-quickstart.yaml --set stations.lanes.servers=3"})
final class RunCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Mixin
    ExecutionOptions execution;

    @Option(names = "--precision", paramLabel = "R",
            description = "add replications until each --metric's 95%% half-width is at most R times its mean, e.g. 0.02")
    Double precision;

    @Option(names = "--metric", paramLabel = "PATH",
            description = "a summary path for --precision, e.g. alerts.latency.mean (repeatable; default: alert latency "
                    + "mean, or each sink's mean time in the system)")
    List<String> metrics = new ArrayList<>();

    @Option(names = "--max-replications", paramLabel = "N", defaultValue = "200",
            description = "the cap on replications for --precision (default: ${DEFAULT-VALUE})")
    int maxReplications;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "60s",
            description = "the time series interval of simulated time (default: ${DEFAULT-VALUE}), e.g. 5min")
    String interval;

    @Option(names = "--progress", paramLabel = "MODE", description = "progress on standard error for runs longer than 2 s: "
            + "auto (a bar on a terminal, else a line every 10%% or 30 s; the default), bar, lines or none")
    ProgressReporter.Mode progress = ProgressReporter.Mode.auto;

    @Option(names = {"--no-progress", "--quiet"}, description = "show no progress (the same as --progress none)")
    boolean noProgress;

    @Spec
    CommandSpec spec;

    /** The --interval in microseconds, once checked. */
    private long seriesInterval;

    /** Warm-up found by MSER-5 and the precision loop's outcome, for the summary; null when not used. */
    private WarmupDetection detected;
    private Precision.Result precisionResult;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!execution.check(err)) {
            return Main.BAD_INPUT;
        }
        seriesInterval = intervalMicros(err);
        if (seriesInterval <= 0) {
            return Main.BAD_INPUT;
        }
        ScenarioOptions.Loaded loaded = scenario.load(err);
        if (loaded == null) {
            return Main.BAD_INPUT;
        }
        int t = execution.threads();
        if (maxReplications < 2) {
            err.println("--max-replications " + maxReplications + ": allowed: 2 or more (an interval needs two)");
            return Main.BAD_INPUT;
        }
        if (precision != null && !(precision > 0 && precision < 1)) {
            err.println("--precision " + precision + ": allowed: a relative half-width between 0 and 1, e.g. 0.02");
            return Main.BAD_INPUT;
        }
        if (CommandChecks.parseAll(metrics, MetricPath::parse, "--metric", err) == null) {
            return Main.BAD_INPUT;
        }
        try {
            if (loaded.scenario() instanceof DccScenario d) {
                return runDcc(d, t, o, err);
            }
            return runNetwork((NetworkScenario) loaded.scenario(), t, o, err);
        } catch (MetricPath.NotInSummary e) {
            err.println("--metric " + e.getMessage() + "; nothing was written.");
            return Main.BAD_INPUT;
        }
    }

    /** Runs {@code run}, showing its progress from {@code source} until it ends, before anything else is printed. */
    private <R> R watched(Supplier<RunProgress> source, PrintWriter err, Supplier<R> run) {
        ProgressReporter watching = ProgressReporter.start(noProgress ? ProgressReporter.Mode.none : progress, source, err);
        try {
            return run.get();
        } finally {
            watching.close();
        }
    }

    private int runNetwork(NetworkScenario n, int t, PrintWriter o, PrintWriter err) throws IOException {
        o.printf(Locale.ROOT, "stormsim %s: %s (kind: network), seed %d, %d replication(s), horizon %s, warm-up %s%n",
                Version.get(), n.name(), n.seed(), n.replications(), n.duration(), n.warmup());
        ScenarioExperiment experiment = new ScenarioExperiment(n, t).withSeries(seriesInterval);
        return withInterruptHook(experiment::requestStop, () -> {
            NetworkRunResult result = watched(experiment::progress, err, () -> (Runs.Network) execute(experiment, o)).result();
            List<Path> files = RunOutputs.network(execution.folder(n.name()), result, annotate(NetworkSummary.build(result)));
            o.println();
            o.print(NetworkTable.render(result));
            o.println();
            printFooter(o, result, files);
            return result.completed() ? Main.OK : Main.INTERRUPTED;
        });
    }

    /** The --interval in microseconds, or 0 after reporting a bad one. */
    private long intervalMicros(PrintWriter err) {
        try {
            long micros = SimDuration.parse(interval).micros();
            if (micros > 0) {
                return micros;
            }
            err.println("--interval " + interval + ": allowed: a duration more than zero, e.g. 60s or 5min");
        } catch (InvalidValueException e) {
            err.println("--interval " + interval + ": " + e.getMessage());
        }
        return 0;
    }

    private int runDcc(DccScenario d, int t, PrintWriter o, PrintWriter err) throws IOException {
        o.printf(Locale.ROOT, "stormsim %s: %s (kind: dcc), seed %d, %d replication(s), horizon %s, warm-up %s%n",
                Version.get(), d.name(), d.seed(), d.replications(), d.duration(), d.warmup());
        ScenarioExperiment experiment = new ScenarioExperiment(d, t).withSeries(seriesInterval);
        return withInterruptHook(experiment::requestStop, () -> {
            DccRunResult result = watched(experiment::progress, err, () -> (Runs.Dcc) execute(experiment, o)).result();
            DccRunResult without = null;
            if (d.throttling().serviceRequestTrafficManagement().enabled() && result.completed()) {
                o.println("SECMP0067 is on: running the same scenario and seed with it off, for the Service Levels without throttling...");
                o.flush();
                ScenarioExperiment off = experiment.with(result.scenario().withoutRequestThrottling()).withSeries(0);
                int n = result.replications().size();
                without = watched(off::progress, err, () -> (Runs.Dcc) off.run(0, n)).result(); // Ctrl-C reaches it too
                if (!without.completed()) {
                    without = null; // interrupted: no counterfactual rather than a partial one
                }
            }
            ObjectNode summary = annotate(DccSummary.build(result, without));
            List<Path> files = RunOutputs.dcc(execution.folder(d.name()), result, summary);
            o.println();
            o.print(DccTable.render(summary));
            o.println();
            summary.path("ledger").fields().forEachRemaining(e -> o.printf(Locale.ROOT, "ledger %s: %s%n", e.getKey(), e.getValue()));
            o.printf(Locale.ROOT, "%d events in %.2f s wall (%.1f million events/s, %d thread(s))%s%n",
                    result.events(), result.wallSeconds(), result.events() / Math.max(result.wallSeconds(), 1e-9) / 1e6,
                    result.threads(), result.completed() ? "" : "; INTERRUPTED before the horizon");
            printFiles(o, files);
            return result.completed() ? Main.OK : Main.INTERRUPTED;
        });
    }

    /**
     * Runs the experiment: first the pilot that resolves {@code warmup: auto}, then either the
     * scenario's replications or, with {@code --precision}, rounds of them until the precision is met.
     */
    private Runs execute(ScenarioExperiment experiment, PrintWriter o) {
        ScenarioExperiment e = experiment;
        if (e.warmup().auto()) {
            detected = e.detectWarmup();
            o.println(detected.describe());
            e = e.resolved(detected.warmup());
        }
        if (precision == null) {
            return e.run(0, e.replications());
        }
        List<MetricPath> chosen = metrics.isEmpty() ? defaultPrecisionMetrics(e.scenario()) : paths();
        precisionResult = new Precision(e, precision, maxReplications, chosen).run(o::println);
        return precisionResult.runs();
    }

    private List<MetricPath> paths() {
        return metrics.stream().map(MetricPath::parse).toList();
    }

    private static List<MetricPath> defaultPrecisionMetrics(Object scenario) {
        if (scenario instanceof DccScenario) {
            return List.of(MetricPath.parse("alerts.latency.mean"));
        }
        List<MetricPath> out = new ArrayList<>();
        for (StationSpec s : ((NetworkScenario) scenario).stations()) {
            if (s instanceof StationSpec.Sink) {
                out.add(MetricPath.parse("stations." + s.id() + ".systemTime.mean"));
            }
        }
        return out;
    }

    private ObjectNode annotate(ObjectNode summary) {
        if (detected != null) {
            detected.annotate(summary);
        }
        if (precisionResult != null) {
            precisionResult.annotate(summary);
        }
        return summary;
    }

    /** Runs {@code body} so that Ctrl-C stops the run early and waits until what it has is written. */
    static int withInterruptHook(Runnable stop, IoCallable body) throws IOException {
        CountDownLatch written = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.run();
            awaitQuietly(written);
        }, "stormsim-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return body.call();
        } finally {
            written.countDown();
            removeHook(hook);
        }
    }

    /** A body that may fail writing its output. */
    @FunctionalInterface
    interface IoCallable {
        int call() throws IOException;
    }

    private static void printFooter(PrintWriter o, NetworkRunResult r, List<Path> files) {
        var ledger = NetworkSummary.build(r).path("ledger").path("customers");
        o.printf(Locale.ROOT, "ledger: %d generated = %d delivered + %d lost + %d in flight at the end (%s)%n",
                ledger.path("generated").asLong(), ledger.path("delivered").asLong(), ledger.path("lost").asLong(),
                ledger.path("inFlightAtEnd").asLong(), ledger.path("balanced").asBoolean() ? "balanced" : "NOT BALANCED");
        o.printf(Locale.ROOT, "%d events in %.2f s wall (%.1f million events/s, %d thread(s))%s%n",
                r.events(), r.wallSeconds(), r.events() / Math.max(r.wallSeconds(), 1e-9) / 1e6, r.threads(),
                r.completed() ? "" : "; INTERRUPTED before the horizon");
        printFiles(o, files);
    }

    /** The footer's list of the files written: summary.json first. */
    private static void printFiles(PrintWriter o, List<Path> files) {
        o.println("summary: " + files.get(0));
        for (Path f : files.subList(1, files.size())) {
            o.println("written: " + f);
        }
    }

    static Path defaultOut(String name) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        return Path.of("results", "runs", name.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + stamp);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down (Ctrl-C): the hook is running and will find the latch open
        }
    }
}
