package org.stormsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Checks of the options the running commands share, with the message a user can act on. */
final class CommandChecks {
    private CommandChecks() {
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
