package org.stormsim.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.stormsim.metrics.BatchMeans;
import org.stormsim.metrics.Estimate;
import org.stormsim.scenario.NetworkScenario;
import org.stormsim.testing.NetworkRun;

/**
 * The coverage of stormsim's 95% confidence intervals on M/M/1, whose mean wait is known
 * (Wq = rho / (mu - lambda)): over many independent experiments (different seeds), the interval
 * should contain the true value about 95% of the time. Both intervals are checked: across
 * replications (Student t) and within one long run (batch means, at rho 0.9 where successive waits
 * are strongly correlated). With {@value #EXPERIMENTS} experiments the observed coverage of a true
 * 95% interval lies in [0.89, 0.99] with probability above 99%; the intervals shrunk three-fold
 * must fall below 0.89 (the check tells a right interval from a wrong one).
 */
class IntervalCoverageTest {
    private static final int EXPERIMENTS = 120;
    private static final double LOW = 0.89;
    private static final double HIGH = 0.99;

    @Test
    void shouldCoverTheMm1MeanWaitAbout95PercentOfTheTimeAcrossReplications() {
        double[] means = new double[EXPERIMENTS];
        double[] halfWidths = new double[EXPERIMENTS];
        double theory = 0;
        for (int e = 0; e < EXPERIMENTS; e++) {
            NetworkScenario s = ValidationRuns.load("mm1", "seed=" + (1000 + e), "replications=8", "duration=30s", "warmup=2s");
            theory = QueueingTheory.mm1Wait(ValidationRuns.arrivalRate(s, "arrivals"), ValidationRuns.meanService(s, "server"));
            NetworkRun r = NetworkRun.of(s, ValidationRuns.THREADS);
            Estimate w = r.estimate("server", x -> x.waitTime().mean());
            means[e] = w.mean();
            halfWidths[e] = w.halfWidth95();
        }
        assertCoverage("replications (8 x 30 s, rho 0.7)", means, halfWidths, theory);
    }

    @Test
    void shouldCoverTheMm1MeanWaitAbout95PercentOfTheTimeWithBatchMeansInOneRun() {
        double[] means = new double[EXPERIMENTS];
        double[] halfWidths = new double[EXPERIMENTS];
        double theory = 0;
        int untrusted = 0;
        for (int e = 0; e < EXPERIMENTS; e++) {
            NetworkScenario s = ValidationRuns.load("mm1", "seed=" + (5000 + e), "replications=1", "duration=200s", "warmup=5s",
                    "stations.arrivals.rate=900/s");
            theory = QueueingTheory.mm1Wait(ValidationRuns.arrivalRate(s, "arrivals"), ValidationRuns.meanService(s, "server"));
            NetworkRun r = NetworkRun.of(s, 1);
            BatchMeans.Interval b = r.replications().get(0).station("server").waitBatches();
            means[e] = b.mean();
            halfWidths[e] = b.halfWidth95();
            untrusted += b.trustworthy() ? 0 : 1;
        }
        assertTrue(untrusted <= EXPERIMENTS / 10, untrusted + " of " + EXPERIMENTS + " batch-means intervals were flagged untrustworthy");
        assertCoverage("batch means (1 x 200 s, rho 0.9)", means, halfWidths, theory);
    }

    private static void assertCoverage(String what, double[] means, double[] halfWidths, double theory) {
        double coverage = coverage(means, halfWidths, theory, 1.0);
        double shrunk = coverage(means, halfWidths, theory, 1.0 / 3);
        String line = String.format(Locale.ROOT, "%s: coverage %.3f of %d (shrunk x1/3: %.3f), theory Wq %.6f s",
                what, coverage, means.length, shrunk, theory);
        System.out.println(line);
        assertTrue(coverage >= LOW && coverage <= HIGH, line);
        assertTrue(shrunk < LOW, "the check cannot tell a too-narrow interval: " + line);
    }

    private static double coverage(double[] means, double[] halfWidths, double theory, double scale) {
        int covered = 0;
        for (int i = 0; i < means.length; i++) {
            if (Math.abs(means[i] - theory) <= scale * halfWidths[i]) {
                covered++;
            }
        }
        return covered / (double) means.length;
    }
}
