package org.stormsim.cluster;

import java.io.PrintWriter;
import org.stormsim.cli.Main;
import picocli.CommandLine;

/**
 * The cluster jar's command line: every command of {@code stormsim} (with {@code --cluster} working
 * on {@code run}, {@code sweep} and {@code size-lanes}) and {@code worker}. Exit statuses are the
 * core's ({@link Main}): 0 success, 1 internal error, 2 bad input (including a cluster that cannot be
 * used), 130 interrupted.
 */
public final class ClusterMain {
    private ClusterMain() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int status = execute(args, out, err);
        System.exit(Main.outputLost(out, err) ? Main.IO_ERROR : status);
    }

    /** Runs the command line with the given output streams and returns the exit status. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        HazelcastSetup.quiet();
        CommandLine cl = Main.commandLine(out, err);
        cl.addSubcommand("worker", new WorkerCommand());
        cl.getSubcommands().get("worker").setOut(out).setErr(err);
        return cl.execute(args);
    }
}
