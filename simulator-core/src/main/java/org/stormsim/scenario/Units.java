package org.stormsim.scenario;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stormsim.engine.Distribution;
import org.stormsim.engine.SimTime;

/**
 * The unit grammar of scenario files: durations ({@code 30s}), rates ({@code 0.9/s}) and
 * distributions ({@code exponential(1s)}), each parsed strictly with a message naming what is
 * allowed. Durations become whole microseconds, rates events per second.
 */
public final class Units {
    public static final String DISTRIBUTIONS =
            "exponential(MEAN), deterministic(VALUE), uniform(MIN, MAX), erlang(K, MEAN), lognormal(MEAN, SD)";

    private static final Pattern DURATION = Pattern.compile("([0-9][0-9_]*(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)\\s*(us|ms|s|min|h|d)");
    private static final Pattern RATE = Pattern.compile("([0-9][0-9_]*(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)\\s*/\\s*(s|min|h|d)");
    private static final Pattern NUMBER_AND_WORD = Pattern.compile("([0-9][0-9_]*(?:\\.[0-9]+)?)\\s*(/?\\s*[A-Za-z]+)");
    private static final Pattern CALL = Pattern.compile("([A-Za-z]+)\\s*\\((.*)\\)");

    /** The most phases of {@code erlang(K, MEAN)}: each sample draws K exponentials, so K bounds the work of every sample. */
    public static final int MAX_ERLANG_PHASES = 1000;
    /** The fastest rate of any kind, events per second: a billion a second, far beyond any stage of the network. */
    public static final double MAX_RATE_PER_SECOND = 1e9;

    private Units() {
    }

    /** A duration in whole microseconds (zero or more). */
    public static long micros(String text, String allowed) {
        String t = text.trim();
        if (t.startsWith("-")) {
            throw new InvalidValueException("a duration cannot be negative; allowed: " + allowed);
        }
        Matcher m = DURATION.matcher(t);
        if (!m.matches()) {
            throw new InvalidValueException(unitHint(t, "a duration", "") + "allowed: " + allowed);
        }
        double v = Scalars.decimal(m.group(1));
        double micros = v * unitMicros(m.group(2));
        if (micros > Long.MAX_VALUE / 4.0) {
            throw new InvalidValueException("too long; allowed: up to about 73,000 years");
        }
        return Math.round(micros);
    }

    /** A rate in events per second (more than zero). */
    public static double perSecond(String text, String allowed) {
        String t = text.trim();
        Matcher m = RATE.matcher(t);
        if (t.startsWith("-")) {
            throw new InvalidValueException("a rate must be more than zero; allowed: " + allowed);
        }
        if (!m.matches()) {
            throw new InvalidValueException(unitHint(t, "a rate", "/") + "allowed: " + allowed);
        }
        double v = Scalars.decimal(m.group(1));
        if (v <= 0) {
            throw new InvalidValueException("a rate must be more than zero; allowed: " + allowed);
        }
        double perSecond = v * SimTime.SECOND / unitMicros(m.group(2).equals("s") ? "s" : m.group(2));
        if (perSecond < Double.MIN_NORMAL) {
            throw new InvalidValueException("too small to hold as a number (below about 2e-308 a second); allowed: " + allowed);
        }
        if (perSecond > MAX_RATE_PER_SECOND) {
            throw new InvalidValueException("too fast; allowed: at most 1000000000/s (a billion a second)");
        }
        return perSecond;
    }

    /** "needs a unit" or "unknown unit 'sec'" when the text is a number with no or a wrong unit, else "". */
    private static String unitHint(String t, String what, String separator) {
        if (t.matches("(?i)[-+]?\\.?(nan|inf|infinity)\\b.*")) {
            return "infinity and NaN (not a number) are not " + what.substring(2) + "s; ";
        }
        if (t.matches("[0-9][0-9_.]*")) {
            return what + " needs a unit; ";
        }
        Matcher m = NUMBER_AND_WORD.matcher(t);
        if (m.matches() && m.group(2).startsWith("/") == separator.equals("/")) {
            return "unknown unit '" + m.group(2) + "'; ";
        }
        return "";
    }

    /** A distribution of durations. */
    public static Distribution distribution(String text) {
        String t = text.trim();
        Matcher m = CALL.matcher(t);
        if (!m.matches()) {
            throw new InvalidValueException("not a distribution" + notADistributionHint(t) + "; allowed: " + DISTRIBUTIONS);
        }
        String name = m.group(1);
        List<String> args = List.of(m.group(2).split(",", -1)).stream().map(String::trim).toList();
        switch (name) {
            case "exponential":
                arity(name, args, 1);
                return new Distribution.Exponential(positive(name + "(MEAN)", "MEAN", args.get(0)), t);
            case "deterministic":
                arity(name, args, 1);
                return new Distribution.Deterministic(argument(name + "(VALUE)", "VALUE", args.get(0)), t);
            case "uniform":
                return uniform(t, args);
            case "erlang":
                return erlang(t, args);
            case "lognormal":
                arity(name, args, 2);
                return Distribution.Lognormal.of(positive(name + "(MEAN, SD)", "MEAN", args.get(0)),
                        positive(name + "(MEAN, SD)", "SD", args.get(1)), t);
            default:
                throw new InvalidValueException("unknown distribution '" + name + "'"
                        + Suggest.didYouMean(name, List.of("exponential", "deterministic", "uniform", "erlang", "lognormal"))
                        + "; allowed: " + DISTRIBUTIONS);
        }
    }

    private static Distribution uniform(String t, List<String> args) {
        arity("uniform", args, 2);
        long min = argument("uniform(MIN, MAX)", "MIN", args.get(0));
        long max = argument("uniform(MIN, MAX)", "MAX", args.get(1));
        if (max < min) {
            throw new InvalidValueException("uniform(MIN, MAX) needs MIN <= MAX");
        }
        return new Distribution.Uniform(min, max, t);
    }

    private static Distribution erlang(String t, List<String> args) {
        arity("erlang", args, 2);
        int k;
        try {
            k = Integer.parseInt(args.get(0).replace("_", ""));
        } catch (NumberFormatException e) {
            if (args.get(0).replace("_", "").matches("[0-9]+")) {
                k = Integer.MAX_VALUE; // too many phases: refused below with the bound
            } else {
                throw new InvalidValueException("erlang(K, MEAN) needs K, the number of phases, as a whole number from 1 to "
                        + MAX_ERLANG_PHASES);
            }
        }
        if (k < 1) {
            throw new InvalidValueException("erlang(K, MEAN) needs K of at least 1");
        }
        if (k > MAX_ERLANG_PHASES) {
            throw new InvalidValueException("erlang(K, MEAN) needs K of at most " + MAX_ERLANG_PHASES
                    + " (each sample draws K exponentials); for a nearly fixed time write deterministic(MEAN)");
        }
        return new Distribution.Erlang(k, positive("erlang(K, MEAN)", "MEAN", args.get(1)), t);
    }

    private static double positive(String form, String what, String arg) {
        long v = argument(form, what, arg);
        if (v <= 0) {
            throw new InvalidValueException(form + ": " + what + " must be more than zero (at least 1us)");
        }
        return v;
    }

    /** One duration argument of a distribution, with a message naming which argument is wrong. */
    private static long argument(String form, String what, String arg) {
        try {
            return micros(arg, SimDuration.ALLOWED);
        } catch (InvalidValueException e) {
            String m = e.getMessage();
            throw new InvalidValueException(form + ": " + what + " '" + arg + "' is not a duration: "
                    + (m.startsWith("allowed") ? m : m.replaceFirst("^a duration ", "it ")));
        }
    }

    private static void arity(String name, List<String> args, int n) {
        if (args.size() != n || args.stream().anyMatch(String::isEmpty)) {
            throw new InvalidValueException(name + " takes " + n + (n == 1 ? " argument" : " arguments")
                    + "; allowed: " + DISTRIBUTIONS);
        }
    }

    /** Why a text is not a distribution, when a likely reason can be told. */
    private static String notADistributionHint(String t) {
        if (t.matches("[A-Za-z]+\\s*\\(.*") && !t.contains(")")) {
            return ": it stops at a comma; inside a {...} mapping a comma ends the value, so quote it: '" + t + ", ...)'";
        }
        if (DURATION.matcher(t).matches()) {
            return ": a bare duration; write deterministic(" + t + ") for a fixed time, or exponential(" + t + ") for a random one";
        }
        return "";
    }

    private static double unitMicros(String unit) {
        switch (unit) {
            case "us":
                return SimTime.MICROSECOND;
            case "ms":
                return SimTime.MILLISECOND;
            case "s":
                return SimTime.SECOND;
            case "min":
                return SimTime.MINUTE;
            case "h":
                return SimTime.HOUR;
            case "d":
                return SimTime.DAY;
            default:
                throw new IllegalStateException(unit);
        }
    }
}
