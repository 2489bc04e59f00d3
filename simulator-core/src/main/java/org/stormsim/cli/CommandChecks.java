package org.stormsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.stormsim.scenario.SimDuration;

/** Checks of the options the running commands share, with the message a user can act on. */
final class CommandChecks {
    /**
     * The most intervals of time series a run may have: the series, the latency log and the report
     * hold one row per interval for the whole horizon, allocated before the run (a year at 60 s is
     * 525,600).
     */
    static final long MAX_INTERVALS = 1_000_000;

    private CommandChecks() {
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
        if (out != null && Files.exists(out) && !Files.isDirectory(out)) {
            err.println("--out " + out + ": this is a file; allowed: a folder (it is created if missing)");
            return false;
        }
        Path existing = out == null ? null : out.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && (!Files.isDirectory(existing) || !Files.isWritable(existing))) {
            err.println("--out " + out + ": " + existing + (Files.isDirectory(existing) ? " cannot be written" : " is a file")
                    + "; allowed: a folder that can be created or written");
            return false;
        }
        return true;
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
