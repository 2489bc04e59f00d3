package org.stormsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.stormsim.experiment.Workers;
import org.stormsim.summary.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code stormsim} command line. Exit status: 0 success, 2 bad input (the scenario, an
 * override or an option; with {@code --cluster}, a cluster that cannot be used; a run estimated not
 * to fit), 1 internal error, 74 an output that could not be written, 130 interrupted. Bad input never prints a stack trace.
 */
@Command(name = "stormsim", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Discrete-event simulator of the GB smart metering network: alert storms, "
                + "traffic management (SECMP0062, SECMP0067) and Service Levels.",
        subcommands = {RunCommand.class, SweepCommand.class, SizeLanesCommand.class, CalibrateCommand.class, CompareCommand.class, ValidateCommand.class,
            ExplainCommand.class, SchemaCommand.class,
            CodesCommand.class, RequestsCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Examples:", "  stormsim run scenarios/quickstart.yaml",
            "  stormsim explain scenarios/quickstart.yaml --set dsp.lanes=4",
            "  stormsim schema --out stormsim-scenario.schema.json"})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;
    /** {@code compare}: a figure beyond tolerance or missing. */
    public static final int REGRESSION = 1;
    /**
     * The environment failed the command (sysexits' EX_IOERR): a file or folder could not be written
     * (no space left, no permission, a file where a folder must be, standard output lost); the
     * message names the file, and no output set is left half-written (docs: README, exit status).
     */
    public static final int IO_ERROR = 74;
    /** The run was interrupted (Ctrl-C) and wrote what it had, marked interrupted. */
    public static final int INTERRUPTED = 130;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int status = execute(args, out, err);
        System.exit(outputLost(out, err) ? IO_ERROR : status);
    }

    /**
     * True (after saying so on {@code err}) when {@code out} could not be written: a full device or a
     * closed pipe lost what the command printed (the files it wrote are complete).
     */
    public static boolean outputLost(PrintWriter out, PrintWriter err) {
        if (!out.checkError()) {
            return false;
        }
        err.println("stormsim: standard output could not be written (a full device or a closed pipe): what the command printed is lost; "
                + "the files it wrote, if any, are complete");
        return true;
    }

    /** What went wrong with a file, in a user's words, naming the file. */
    static String describe(IOException e) {
        if (e instanceof FileSystemException f) {
            String why = f instanceof AccessDeniedException ? "permission denied"
                    : f instanceof NoSuchFileException ? "no such file or folder"
                    : f instanceof NotDirectoryException ? "not a folder"
                    : f instanceof FileAlreadyExistsException ? "something else is already there"
                    : f.getReason() != null ? f.getReason() : e.getClass().getSimpleName();
            return "cannot write " + f.getFile() + (f.getOtherFile() != null ? " (to " + f.getOtherFile() + ")" : "") + ": " + why;
        }
        return "cannot write an output: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
    }

    /** Runs the command line with the given output streams and returns the exit status. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return commandLine(out, err).execute(args);
    }

    /**
     * The command line with its subcommands, output streams and error handling, before it runs: the
     * cluster jar adds its {@code worker} command to it.
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.getSubcommands().get("help").getCommandSpec().usageMessage()
                .footer("", "Examples:", "  stormsim help run", "  stormsim help validate");
        cl.setUsageHelpWidth(100); // room for an example command on one line
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("stormsim: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Try 'stormsim " + (ex.getCommandLine().getCommandName().equals("stormsim") ? "" : ex.getCommandLine().getCommandName() + " ")
                    + "--help'.");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof Workers.Unavailable) { // --cluster: no cluster jar, bad addresses, no worker answers or none left
                err.println("stormsim: " + ex.getMessage());
                return BAD_INPUT;
            }
            if (ex instanceof IOException || ex instanceof UncheckedIOException) {
                IOException io = ex instanceof UncheckedIOException u ? u.getCause() : (IOException) ex;
                err.println("stormsim: " + describe(io) + "; no output set was left half-written (exit status " + IO_ERROR + ")");
                return IO_ERROR;
            }
            err.println("stormsim: internal error: " + ex);
            if (System.getenv("STORMSIM_DEBUG") != null) {
                ex.printStackTrace(err);
            } else {
                err.println("(set STORMSIM_DEBUG=1 to see the stack trace; please report it)");
            }
            return INTERNAL_ERROR;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reports the version filtered into the jar. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"stormsim " + Version.get() + " (commit " + Version.commit() + ")"};
        }
    }
}
