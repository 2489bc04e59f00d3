package org.stormsim.scenario;

/**
 * A scenario's warm-up: a fixed span of simulated time ({@code 2h}) after which statistics start, or
 * {@code auto}, detected from the data by MSER-5 on a pilot of the run (see docs/experiments.md). An
 * experiment resolves {@code auto} into a fixed warm-up before any model is built, so only a resolved
 * warm-up ever reaches a model; asking an unresolved one for its length is a defect and fails.
 */
public record Warmup(boolean auto, SimDuration fixed) implements java.io.Serializable {
    public static final String ALLOWED = "auto, or " + SimDuration.ALLOWED;
    public static final Warmup NONE = of(SimDuration.ofMicros(0));

    public static Warmup parse(String text) {
        if (text.trim().equals("auto")) {
            return new Warmup(true, null);
        }
        return new Warmup(false, new SimDuration(Units.micros(text, ALLOWED), text));
    }

    public static Warmup of(SimDuration fixed) {
        return new Warmup(false, fixed);
    }

    /** The warm-up in microseconds; only for a resolved (fixed) warm-up. */
    public long micros() {
        if (auto) {
            throw new IllegalStateException("warmup: auto must be resolved by the experiment before it is used");
        }
        return fixed.micros();
    }

    public double seconds() {
        return micros() / 1e6;
    }

    @Override
    public String toString() {
        return auto ? "auto" : fixed.toString();
    }
}
