package org.stormsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options of every command that runs experiments ({@code run}, {@code sweep}, {@code size-lanes}):
 * where the results go and on how many kernel threads. The results never depend on the threads.
 */
final class ExecutionOptions {
    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: results/runs/NAME-TIMESTAMP)")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "kernel threads (default: the number of cores)")
    Integer threads;

    /** False (after printing why) when {@code --threads} is below 1 or {@code --out} names a file. */
    boolean check(PrintWriter err) {
        return CommandChecks.threadsAndOut(threads, out, err);
    }

    /** The kernel threads to use. */
    int threads() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** The output folder: {@code --out}, or a new one under results/runs/ named after {@code name}. */
    Path folder(String name) {
        return out != null ? out : RunCommand.defaultOut(name);
    }
}
