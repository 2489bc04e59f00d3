package org.stormsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.stormsim.dcc.Messages;
import org.stormsim.plan.Cost;
import org.stormsim.scenario.DccScenario;
import org.stormsim.scenario.Scenario;
import org.stormsim.scenario.SimDuration;

/** Checks of the options the running commands share, with the message a user can act on. */
final class CommandChecks {
    /**
     * The most intervals of time series a run may have: the series, the latency log and the report
     * hold one row per interval for the whole horizon, allocated before the run (a year at 60 s is
     * 525,600).
     */
    static final long MAX_INTERVALS = 1_000_000;

    /** The longest a run or study may be estimated to take without {@code --force}: a day of wall time. */
    static final double MAX_WALL_SECONDS = 86_400;

    /** A study estimated to take longer than this (wall time) says so, with the estimate, before it starts. */
    static final double LONG_RUN_SECONDS = 60;

    private CommandChecks() {
    }

    /**
     * False (after printing the estimate, the field that drives it and the ways on) when the runs of
     * {@code scenarios} (each its replications), {@code threads} at a time, are estimated
     * ({@link Cost}) to need more heap than this JVM has, more disk than {@code out}'s file system
     * has free, or more than {@link #MAX_WALL_SECONDS} of wall time; true at once with {@code force}.
     * {@code threads} 0 means the replications run on a cluster's workers: this JVM holds one at a
     * time, and the wall time depends on workers not known yet, so it is not checked.
     * Checked before anything is built or written.
     */
    static boolean fits(String file, List<Scenario> scenarios, long seriesInterval, int threads, boolean force, Path out, PrintWriter err) {
        return fits(file, scenarios, seriesInterval, threads, force, out, err, Runtime.getRuntime().maxMemory());
    }

    /**
     * {@link #fits} against a JVM of {@code maxHeap} bytes; also false when a GB replication is
     * estimated to hold more messages at once than the model's message store can ({@link Messages#MAX_LIVE}),
     * which no heap changes.
     */
    static boolean fits(String file, List<Scenario> scenarios, long seriesInterval, int threads, boolean force, Path out, PrintWriter err,
                        long maxHeap) {
        if (force || scenarios.isEmpty()) {
            return true;
        }
        Cost worst = null;
        Cost most = null; // the GB scenario holding the most messages at once
        double cpu = 0;
        double events = 0;
        long tasks = 0;
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario s = scenarios.get(i);
            Cost c = Cost.of(s, i == 0 ? seriesInterval : 0);
            if (worst == null || c.heapBytes() > worst.heapBytes()) {
                worst = c;
            }
            if (s instanceof DccScenario && (most == null || c.inFlight() > most.inFlight())) {
                most = c;
            }
            cpu += c.cpuSeconds() * s.replications();
            events += c.events() * s.replications();
            tasks += s.replications();
        }
        int parallel = (int) Math.max(1, Math.min(threads, tasks));
        boolean cluster = threads == 0;
        double heap = worst.heapBytes() * parallel;
        double wall = cpu / parallel;
        long max = maxHeap;
        String ways = "; nothing was run or written. Ways on: a smaller value there, a bigger heap (STORMSIM_JAVA_OPTS=-Xmx16g ./stormsim ..., "
                + "or java -Xmx16g -jar), fewer --threads, or --force to run anyway";
        if (heap > max) {
            err.printf(Locale.ROOT, "%s: the run needs about %s of heap (%s a replication, %d at once), more than this JVM's %s (-Xmx); "
                    + "driven by %s: %s%s%n", file, Cost.bytes(heap), Cost.bytes(worst.heapBytes()), parallel, Cost.bytes(max),
                    worst.largest().field(), worst.largest().what(), ways);
            return false;
        }
        if (beyondMessageStore(file, most, err)) {
            return false;
        }
        if (!cluster && (Double.isNaN(wall) || wall > MAX_WALL_SECONDS)) {
            err.printf(Locale.ROOT, "%s: the study is estimated at %s event(s), about %s of wall time on %d thread(s) (%,d replication(s) in all); "
                    + "allowed without --force: at most %s%s%n", file, Cost.count(events), Cost.seconds(wall), parallel, tasks,
                    Cost.seconds(MAX_WALL_SECONDS), "; driven by duration, replications and the points of a study; nothing was run or written. "
                            + "Ways on: a shorter duration, fewer replications or points, a cluster (--cluster), or --force to run anyway");
            return false;
        }
        if (wall > LONG_RUN_SECONDS) {
            err.printf(Locale.ROOT, "%s: estimate: %s event(s) in all (%,d replication(s)), about %s of wall time on %s, heap %s, outputs %s%n", file,
                    Cost.count(events), tasks, Cost.seconds(wall), cluster ? "the cluster's workers (one of them)"
                            : parallel + " thread(s)", Cost.bytes(heap), Cost.bytes(worst.diskBytes()));
        }
        long free = freeSpace(out);
        if (free >= 0 && worst.diskBytes() > free) {
            err.printf(Locale.ROOT, "%s: the outputs need about %s, more than the %s free where they go (%s); driven by --interval "
                    + "(a longer one writes less); nothing was run or written. Ways on: a longer --interval, another --out, or --force to run "
                    + "anyway%n", file, Cost.bytes(worst.diskBytes()), Cost.bytes(free), out);
            return false;
        }
        return true;
    }

    /** True (after saying so) when the GB replication {@code most} (null: none) would hold more messages at once than the store can. */
    private static boolean beyondMessageStore(String file, Cost most, PrintWriter err) {
        if (most == null || most.inFlight() <= Messages.MAX_LIVE) {
            return false;
        }
        err.printf(Locale.ROOT, "%s: a replication is estimated to hold about %s message(s) at once, more than the model's message store "
                + "holds (%,d, whatever the heap); driven by %s: %s; nothing was run or written. Ways on: a smaller value there, "
                + "or --force to run anyway (it stops when the store is full)%n", file, Cost.count(most.inFlight()), Messages.MAX_LIVE,
                most.largest().field(), most.largest().what());
        return true;
    }

    /** The bytes free on the file system of {@code out} (its nearest existing folder), or -1 when it cannot be told. */
    private static long freeSpace(Path out) {
        Path p = nearestExisting(out);
        try {
            return p == null ? -1 : Files.getFileStore(p).getUsableSpace();
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    /**
     * False (after printing why and the shortest interval that fits) when {@code horizon} cut into
     * {@code interval}s gives more than {@link #MAX_INTERVALS} rows of series: refused before anything
     * is allocated or written.
     */
    static boolean seriesFits(String file, long horizonMicros, String horizon, long intervalMicros, String interval, PrintWriter err) {
        long rows = horizonMicros / intervalMicros + (horizonMicros % intervalMicros == 0 ? 0 : 1);
        if (rows <= MAX_INTERVALS) {
            return true;
        }
        long shortest = (horizonMicros + MAX_INTERVALS - 1) / MAX_INTERVALS;
        err.printf(Locale.ROOT, "%s: duration %s in --interval %s gives %,d intervals of time series; allowed: at most %,d "
                + "(a --interval of at least %s, e.g. --interval %s); nothing was run or written.%n", file, horizon, interval, rows,
                MAX_INTERVALS, SimDuration.ofMicros(shortest), roundUp(shortest));
        return false;
    }

    /** A readable interval at least {@code micros} long: whole seconds, minutes, hours or days. */
    private static String roundUp(long micros) {
        long[] units = {1_000_000L, 60_000_000L, 3_600_000_000L, 86_400_000_000L};
        String[] names = {"s", "min", "h", "d"};
        for (int i = units.length - 1; i >= 0; i--) {
            if (micros >= units[i] || i == 0) {
                return ((micros + units[i] - 1) / units[i]) + names[i];
            }
        }
        return micros + "us";
    }

    /** False (after printing why) when {@code --threads} is below 1 or {@code --out} names a file. */
    static boolean threadsAndOut(Integer threads, Path out, PrintWriter err) {
        if (threads != null && threads < 1) {
            err.println("--threads: " + threads + ": allowed: a whole number of at least 1");
            return false;
        }
        if (out != null && out.toString().isEmpty()) {
            err.println("--out '': allowed: the path of a folder (it is created if missing), e.g. --out results/runs/mine");
            return false;
        }
        if (out != null && Files.exists(out) && !Files.isDirectory(out)) {
            err.println("--out " + out + ": this is a file; allowed: a folder (it is created if missing)");
            return false;
        }
        Path existing = nearestExisting(out);
        if (existing != null && (!Files.isDirectory(existing) || !Files.isWritable(existing))) {
            err.println("--out " + out + ": " + existing + (Files.isDirectory(existing) ? " cannot be written" : " is a file")
                    + "; allowed: a folder that can be created or written");
            return false;
        }
        return true;
    }

    /** {@code out} made absolute, or its nearest ancestor that exists (null for none, or no {@code out}). */
    private static Path nearestExisting(Path out) {
        Path p = out == null ? null : out.toAbsolutePath();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p;
    }

    /**
     * Each text of a repeatable option parsed; null (after printing the option and the problem) when
     * one does not parse.
     */
    static <T> List<T> parseAll(List<String> texts, Function<String, T> parse, String option, PrintWriter err) {
        List<T> out = new ArrayList<>();
        try {
            for (String t : texts) {
                out.add(parse.apply(t));
            }
        } catch (IllegalArgumentException e) {
            err.println(option + " " + e.getMessage());
            return null;
        }
        return out;
    }
}
