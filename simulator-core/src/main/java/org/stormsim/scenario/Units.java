package org.stormsim.scenario;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stormsim.engine.SimTime;
import org.stormsim.stations.Distribution;

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
    private static final Pattern CALL = Pattern.compile("([A-Za-z]+)\\s*\\((.*)\\)");

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
            String hint = t.matches("[0-9.]+") ? "a duration needs a unit; " : "";
            throw new InvalidValueException(hint + "allowed: " + allowed);
        }
        double v = Double.parseDouble(m.group(1).replace("_", ""));
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
            String hint = t.matches("[0-9.]+") ? "a rate needs a unit; " : "";
            throw new InvalidValueException(hint + "allowed: " + allowed);
        }
        double v = Double.parseDouble(m.group(1).replace("_", ""));
        if (v <= 0) {
            throw new InvalidValueException("a rate must be more than zero; allowed: " + allowed);
        }
        return v * SimTime.SECOND / unitMicros(m.group(2).equals("s") ? "s" : m.group(2));
    }

    /** A distribution of durations. */
    public static Distribution distribution(String text) {
        String t = text.trim();
        Matcher m = CALL.matcher(t);
        if (!m.matches()) {
            throw new InvalidValueException("not a distribution; allowed: " + DISTRIBUTIONS);
        }
        String name = m.group(1);
        List<String> args = List.of(m.group(2).split(",", -1)).stream().map(String::trim).toList();
        switch (name) {
            case "exponential":
                arity(name, args, 1);
                return new Distribution.Exponential(positive(args.get(0), "MEAN"), t);
            case "deterministic":
                arity(name, args, 1);
                return new Distribution.Deterministic(micros(args.get(0), SimDuration.ALLOWED), t);
            case "uniform":
                return uniform(t, args);
            case "erlang":
                return erlang(t, args);
            case "lognormal":
                arity(name, args, 2);
                return Distribution.Lognormal.of(positive(args.get(0), "MEAN"), positive(args.get(1), "SD"), t);
            default:
                throw new InvalidValueException("unknown distribution '" + name + "'"
                        + Suggest.didYouMean(name, List.of("exponential", "deterministic", "uniform", "erlang", "lognormal"))
                        + "; allowed: " + DISTRIBUTIONS);
        }
    }

    private static Distribution uniform(String t, List<String> args) {
        arity("uniform", args, 2);
        long min = micros(args.get(0), SimDuration.ALLOWED);
        long max = micros(args.get(1), SimDuration.ALLOWED);
        if (max < min) {
            throw new InvalidValueException("uniform(MIN, MAX) needs MIN <= MAX");
        }
        return new Distribution.Uniform(min, max, t);
    }

    private static Distribution erlang(String t, List<String> args) {
        arity("erlang", args, 2);
        int k;
        try {
            k = Integer.parseInt(args.get(0));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("erlang(K, MEAN) needs K, the number of phases, as a whole number of at least 1");
        }
        if (k < 1) {
            throw new InvalidValueException("erlang(K, MEAN) needs K of at least 1");
        }
        return new Distribution.Erlang(k, positive(args.get(1), "MEAN"), t);
    }

    private static double positive(String arg, String what) {
        long v = micros(arg, SimDuration.ALLOWED);
        if (v <= 0) {
            throw new InvalidValueException(what + " must be more than zero");
        }
        return v;
    }

    private static void arity(String name, List<String> args, int n) {
        if (args.size() != n || args.stream().anyMatch(String::isEmpty)) {
            throw new InvalidValueException(name + " takes " + n + " argument(s); allowed: " + DISTRIBUTIONS);
        }
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
