package org.stormsim.loops;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;

/**
 * The command line both loops share: {@code [--unit s|ms] [--customers N] [--seed S]} (defaults: s,
 * 10,000,000, the scenario files' seed). Runs the loop once, prints what it saw and its self-check,
 * and returns the exit status: 0 when the self-check passed, 1 when it failed, 2 for bad arguments.
 * Called from {@code main} on the main thread.
 */
final class LoopCommand {
    private LoopCommand() {
    }

    static int run(String name, Supplier<EventList> list, String[] args, PrintStream out, PrintStream err) {
        MM1Workload workload;
        try {
            workload = parse(args);
        } catch (IllegalArgumentException e) {
            err.println(name + ": " + e.getMessage());
            err.println("usage: " + name + " [--unit s|ms] [--customers N] [--seed S]");
            return 2;
        }
        MM1Result result = new MM1Loop(workload, list.get()).run();
        print(name, result, out);
        List<String> failures = result.failures();
        if (!failures.isEmpty()) {
            failures.forEach(f -> err.println(name + ": self-check failed: " + f));
            return 1;
        }
        out.println("self-check: passed");
        return 0;
    }

    static MM1Workload parse(String[] args) {
        ModelTimeUnit unit = ModelTimeUnit.SECOND;
        long customers = MM1Workload.DEFAULT_CUSTOMERS;
        long seed = MM1Workload.DEFAULT_SEED;
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + ": a value is missing");
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--unit" -> unit = ModelTimeUnit.of(value);
                case "--customers" -> customers = number(args[i], value);
                case "--seed" -> seed = number(args[i], value);
                default -> throw new IllegalArgumentException(args[i] + ": allowed: --unit, --customers, --seed");
            }
        }
        return MM1Workload.of(unit, customers, seed);
    }

    private static long number(String option, String value) {
        try {
            return Long.parseLong(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " " + value + ": allowed: a whole number");
        }
    }

    private static void print(String name, MM1Result r, PrintStream out) {
        MM1Workload w = r.workload();
        String u = w.unit().symbol();
        double perUnit = w.unit().micros();
        out.printf("%s: M/M/1 at utilisation 0.9, time unit 1 %s: horizon %d %s, warm-up %d %s, seed %d%n",
                name, u, w.horizonUnits(), u, w.warmupUnits(), u, w.seed());
        out.printf("customers %d, events %d (2 x customers - %d in flight at the end), measured %d%n",
                r.customers(), r.events(), r.inFlightAtEnd(), r.measured());
        double theory = w.theoreticalMeanTimeInSystemMicros();
        out.printf("time in system: mean %.4f %s (M/M/1 theory %.0f %s: %+.2f%%, allowed ±%.1f%%),"
                        + " p50 %.4f, p99 %.4f, max %.4f %s%n",
                r.meanMicros() / perUnit, u, theory / perUnit, u, 100 * (r.meanMicros() / theory - 1),
                100 * r.meanTolerance(), r.timeInSystem().getValueAtPercentile(50) / perUnit,
                r.timeInSystem().getValueAtPercentile(99) / perUnit, r.timeInSystem().getMaxValue() / perUnit, u);
        double seconds = r.loopNanos() / 1e9;
        out.printf("%d events in %.2f s of loop (%.1f million events/s; JVM start-up excluded)%n",
                r.events(), seconds, r.events() / seconds / 1e6);
    }
}
