package org.stormsim.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.stormsim.metrics.Estimate;

/**
 * The one acceptance rule of the validation suite: a simulated mean across replications agrees
 * with theory when |mean - theory| <= 2 x (95% half-width, Student t) + a discretisation allowance.
 * The allowances, from the simulator's two sources of discretisation:
 * <ul>
 * <li>{@link #TIME_ALLOWANCE}, 1 microsecond, for mean times. Every sampled duration is rounded to
 * the nearest microsecond, which moves its mean by about 1/(24 x mean) us (4e-5 us for a 1 ms
 * exponential, the shortest mean here), and events that fall in the same microsecond run in
 * insertion order rather than in continuous-time order, which moves a time by under 1 us at
 * most. Means are exact sums of whole microseconds, so nothing else is rounded.</li>
 * <li>{@link #rateAllowance} for counts per time, loss probabilities and time-averaged numbers of
 * customers: the value times lambda x 1 us, the chance that an event shares its microsecond with
 * an arrival (0.1% at 1000/s), since only such a tie or the (far smaller) rounding bias can change
 * a count.</li>
 * <li>{@link #PERCENTILE_RELATIVE}, 0.1%, for percentiles: HdrHistogram with three significant
 * digits reports a value within 1/1024 of the true one.</li>
 * </ul>
 * Each check is also appended to {@code target/validation-figures.tsv}, the source of the table in
 * docs/validation.md. Test threads only.
 */
final class TheoryCheck {
    static final double TIME_ALLOWANCE = 1e-6;
    static final double PERCENTILE_RELATIVE = 1e-3;
    private static final Path FIGURES = Path.of("target", "validation-figures.tsv");
    private static boolean figuresStarted;

    private TheoryCheck() {
    }

    /** The allowance for a count-based value (rate, probability, time-averaged number) at arrival rate {@code lambda} per second. */
    static double rateAllowance(double value, double lambda) {
        return Math.abs(value) * lambda * 1e-6;
    }

    /** Asserts that {@code sim} agrees with {@code theory} within 2 half-widths plus {@code allowance}. */
    static void assertAgrees(String caseName, String what, Estimate sim, double theory, double allowance) {
        double tolerance = tolerance(sim, allowance);
        double diff = Math.abs(sim.mean() - theory);
        record(caseName, what, sim, theory, tolerance);
        assertTrue(diff <= tolerance, () -> String.format(Locale.ROOT,
                "%s %s: simulated %.6g +/- %.3g (95%%, n = %d) vs theory %.6g: |difference| %.3g is more than "
                        + "the tolerance 2 x half-width + allowance %.3g = %.3g",
                caseName, what, sim.mean(), sim.halfWidth95(), sim.n(), theory, diff, allowance, tolerance));
    }

    /** Asserts that {@code sim} is NOT within tolerance of {@code wrongTheory}: the check can tell the two apart. */
    static void assertDisagrees(String caseName, String what, Estimate sim, double wrongTheory, double allowance) {
        double tolerance = tolerance(sim, allowance);
        double diff = Math.abs(sim.mean() - wrongTheory);
        assertFalse(diff <= tolerance, () -> String.format(Locale.ROOT,
                "%s %s: simulated %.6g is within the tolerance %.3g of the wrong formula's %.6g; the check cannot discriminate",
                caseName, what, sim.mean(), tolerance, wrongTheory));
    }

    private static double tolerance(Estimate sim, double allowance) {
        assertNotNull(sim.halfWidth95(), "a confidence interval needs at least two replications");
        return 2 * sim.halfWidth95() + allowance;
    }

    private static synchronized void record(String caseName, String what, Estimate sim, double theory, double tolerance) {
        String line = String.format(Locale.ROOT, "%s\t%s\t%.6g\t%.3g\t%.6g\t%.3g\t%d%n",
                caseName, what, sim.mean(), sim.halfWidth95(), theory, tolerance, sim.n());
        try {
            Files.createDirectories(FIGURES.getParent());
            if (!figuresStarted) {
                Files.writeString(FIGURES, "case\tmetric\tsimulated\thalfWidth95\ttheory\ttolerance\tn\n");
                figuresStarted = true;
            }
            Files.writeString(FIGURES, line, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
