package org.stormsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
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
import org.stormsim.experiment.Experiment;
import org.stormsim.experiment.ReplicationOutcome;
import org.stormsim.experiment.RunProgress;
import org.stormsim.plan.PlannedRun;
import org.stormsim.plan.Precision;
import org.stormsim.plan.RunOutputs;
import org.stormsim.plan.RunPlan;
import org.stormsim.scenario.InvalidValueException;
import org.stormsim.scenario.Scenario;
import org.stormsim.scenario.SimDuration;
import org.stormsim.summary.MetricPath;
import org.stormsim.summary.Version;
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

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "auto",
            description = "the time series interval of simulated time, e.g. 5min (default: auto, the horizon in at most 1,440 intervals and "
                    + "none shorter than 60s: 60s for a day, 30min for 30 days)")
    String interval;

    @Option(names = "--progress", paramLabel = "MODE", description = "progress on standard error for runs longer than 2 s: "
            + "auto (a bar on a terminal, else a line every 10%% or 30 s; the default), bar, lines or none")
    ProgressReporter.Mode progress = ProgressReporter.Mode.auto;

    @Option(names = {"--no-progress", "--quiet"}, description = "show no progress (the same as --progress none)")
    boolean noProgress;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!execution.check(err)) {
            return Main.BAD_INPUT;
        }
        long given = "auto".equals(interval) ? AUTO : intervalMicros(err);
        if (given == 0) {
            return Main.BAD_INPUT;
        }
        ScenarioOptions.Loaded loaded = scenario.load(err);
        if (loaded == null) {
            return Main.BAD_INPUT;
        }
        Scenario sc = loaded.scenario();
        long seriesInterval = given == AUTO ? autoInterval(sc.duration().micros()) : given;
        if (!CommandChecks.seriesFits(scenario.file.toString(), sc.duration().micros(), sc.duration().toString(), seriesInterval, interval, err)) {
            return Main.BAD_INPUT;
        }
        if (!execution.fits(scenario.file.toString(), List.of(sc), seriesInterval, sc.name(), err)) {
            return Main.BAD_INPUT;
        }
        if (maxReplications < 2) {
            err.println("--max-replications " + maxReplications + ": allowed: 2 or more (an interval needs two)");
            return Main.BAD_INPUT;
        }
        if (precision != null && !(precision > 0 && precision < 1)) {
            err.println("--precision " + precision + ": allowed: a relative half-width between 0 and 1, e.g. 0.02");
            return Main.BAD_INPUT;
        }
        List<MetricPath> chosen = CommandChecks.parseAll(metrics, MetricPath::parse, "--metric", err);
        if (chosen == null) {
            return Main.BAD_INPUT;
        }
        try {
            return run(loaded.scenario(), seriesInterval, chosen, o, err);
        } catch (MetricPath.NotInSummary e) {
            err.println("--metric " + e.getMessage() + "; nothing was written.");
            return Main.BAD_INPUT;
        }
    }

    /**
     * Runs the scenario's plan: the pilot that resolves {@code warmup: auto}, then either the
     * scenario's replications or, with {@code --precision}, rounds of them until the precision is
     * met, then the counterfactual when the scenario has one; prints the table and writes the files.
     */
    private int run(Scenario s, long seriesInterval, List<MetricPath> chosen, PrintWriter o, PrintWriter err) throws IOException {
        o.printf(Locale.ROOT, "stormsim %s: %s (kind: %s), seed %d, %d replication(s), horizon %s, warm-up %s%n",
                Version.get(), s.name(), s.kind(), s.seed(), s.replications(), s.duration(), s.warmup());
        Precision p = precision == null ? null : new Precision(precision, maxReplications, chosen);
        RunPlan<?> plan = RunPlan.of(s, new RunPlan.Options(seriesInterval, p, true), line -> {
            o.println(line);
            o.flush();
        });
        Experiment experiment = execution.experiment(err::println);
        try {
            return withInterruptHook(experiment::requestStop, () -> report(watched(experiment::progress, err, () -> plan.runOn(experiment)),
                    s, o));
        } finally {
            experiment.close();
        }
    }

    /** Writes the outputs of {@code run} and prints its table and footer. */
    private <C extends ReplicationOutcome> int report(PlannedRun<C> run, Scenario s, PrintWriter o) throws IOException {
        ObjectNode summary = run.summary();
        List<Path> files = RunOutputs.write(execution.folder(s.name()), run, summary);
        o.println();
        o.print(run.table(summary));
        o.println();
        run.kind().ledgerLines(summary).forEach(o::println);
        o.printf(Locale.ROOT, "%d events in %.2f s wall (%.1f million events/s, %d thread(s))%s%n",
                run.events(), run.wallSeconds(), run.events() / Math.max(run.wallSeconds(), 1e-9) / 1e6,
                run.threads(), run.completed() ? "" : "; INTERRUPTED before the horizon");
        JsonNode stop = summary.path("interruption");
        if (!stop.isMissingNode()) {
            o.printf(Locale.ROOT, "interrupted: %d of %d replication(s) reached the horizon; the figures are of %s%n", stop.path("finished").asInt(),
                    stop.path("replications").asInt(), stop.path("summarised").asText());
        }
        o.println("summary: " + files.get(0));
        for (Path f : files.subList(1, files.size())) {
            o.println("written: " + f);
        }
        return run.completed() ? Main.OK : Main.INTERRUPTED;
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

    /** {@code --interval auto}: the interval is chosen from the horizon. */
    private static final long AUTO = -1;
    /** The most intervals {@code --interval auto} cuts a horizon into: a day's minutes. */
    static final long AUTO_INTERVALS = 1_440;
    private static final long MINUTE = 60_000_000L;

    /**
     * The interval {@code --interval auto} takes for a horizon of {@code micros}: the horizon in at
     * most {@value #AUTO_INTERVALS} intervals, none shorter than a minute, rounded up to whole minutes
     * (below an hour), whole hours (below a day) or whole days, so the outputs follow the horizon
     * (60s for a day, 30min for 30 days, 7h for a year) rather than growing with it.
     */
    static long autoInterval(long micros) {
        long raw = Math.max(MINUTE, (micros + AUTO_INTERVALS - 1) / AUTO_INTERVALS);
        long unit = raw < 60 * MINUTE ? MINUTE : raw < 1440 * MINUTE ? 60 * MINUTE : 1440 * MINUTE;
        return (raw + unit - 1) / unit * unit;
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
