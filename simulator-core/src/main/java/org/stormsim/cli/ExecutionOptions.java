package org.stormsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.stormsim.experiment.Experiment;
import org.stormsim.experiment.Workers;
import picocli.CommandLine.Option;

/**
 * The options of every command that runs experiments ({@code run}, {@code sweep}, {@code size-lanes}, {@code calibrate}):
 * where the results go and on how many kernel threads, or on which cluster. The results never depend
 * on the threads, nor on the workers.
 */
final class ExecutionOptions {
    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: results/runs/NAME-TIMESTAMP)")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "kernel threads (default: the number of cores)")
    Integer threads;

    @Option(names = "--cluster", paramLabel = "HOST:PORT,...",
            description = "run the replications on the stormsim workers at these addresses (docs/cluster.md; needs the cluster jar)")
    String cluster;

    @Option(names = "--force", description = "run even when the estimate before the run says it needs more heap, disk or time than it has "
            + "(docs/performance.md, the cost model)")
    boolean force;

    /** False (after printing why) when {@code --threads} is below 1 or {@code --out} names a file. */
    boolean check(PrintWriter err) {
        return CommandChecks.threadsAndOut(threads, out, err);
    }

    /**
     * False (after printing the estimate and the field that drives it) when the runs of
     * {@code scenarios} do not fit the heap, the disk or the time allowed ({@link CommandChecks#fits});
     * true with {@code --force}. {@code name} names the default output folder.
     */
    boolean fits(String file, java.util.List<org.stormsim.scenario.Scenario> scenarios, long seriesInterval, String name, PrintWriter err) {
        return CommandChecks.fits(file, scenarios, seriesInterval, cluster == null ? threads() : 0, force, folder(name), err);
    }

    /** The kernel threads to use. */
    int threads() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    /**
     * The experiment to run on: {@code --threads} kernel threads here, or the workers of
     * {@code --cluster} (a {@link Workers.Unavailable} when they cannot be reached); {@code log}
     * hears the cluster's lines. To be closed when the study ends.
     */
    Experiment experiment(Consumer<String> log) {
        return cluster == null ? new Experiment(threads()) : new Experiment(Workers.connect(cluster, threads(), log));
    }

    /** How the experiment runs, for the first line a command prints. */
    String where(Experiment e) {
        return cluster == null ? threads() + " thread(s)" : "the cluster at " + cluster + " (" + e.threadsFor(Integer.MAX_VALUE) + " worker thread(s))";
    }

    /** The output folder: {@code --out}, or a new one under results/runs/ named after {@code name}. */
    Path folder(String name) {
        return out != null ? out : RunCommand.defaultOut(name);
    }
}
