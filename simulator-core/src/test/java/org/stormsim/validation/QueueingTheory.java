package org.stormsim.validation;

import java.util.function.IntToDoubleFunction;

/**
 * The analytic results the validation suite compares the simulator with, each formula written
 * out once: Erlang B and C, the Pollaczek-Khinchine mean wait, the M/M/1/K loss probability and
 * the M/G/1/K loss probability from the embedded Markov chain at departures. Times are seconds,
 * rates per second, offered load in Erlangs. Pure functions; any thread.
 */
final class QueueingTheory {
    private QueueingTheory() {
    }

    /** Erlang B, the loss probability of M/G/c/c with offered load {@code a} = lambda E[S]: B(0) = 1, B(k) = a B(k-1) / (k + a B(k-1)). */
    static double erlangB(int c, double a) {
        double b = 1.0;
        for (int k = 1; k <= c; k++) {
            b = a * b / (k + a * b);
        }
        return b;
    }

    /** Erlang C, the probability that an arrival waits in M/M/c: C = c B / (c - a (1 - B)), for a < c. */
    static double erlangC(int c, double a) {
        requireStable(a / c);
        double b = erlangB(c, a);
        return c * b / (c - a * (1 - b));
    }

    /** M/M/c mean wait in queue: Wq = C(c, a) / (c mu - lambda), with a = lambda / mu. */
    static double mmcWait(double lambda, double meanService, int c) {
        double a = lambda * meanService;
        return erlangC(c, a) / (c / meanService - lambda);
    }

    /**
     * M/M/c wait quantile: P(Wq > t) = C(c, a) exp(-(c mu - lambda) t), so t_p = ln(C / (1 - p)) / (c mu - lambda)
     * when 1 - p < C, and 0 otherwise (that share of arrivals does not wait at all).
     */
    static double mmcWaitQuantile(double lambda, double meanService, int c, double p) {
        double wait = QueueingTheory.erlangC(c, lambda * meanService);
        return wait <= 1 - p ? 0.0 : Math.log(wait / (1 - p)) / (c / meanService - lambda);
    }

    /** M/G/1 mean wait in queue (Pollaczek-Khinchine): Wq = lambda E[S^2] / (2 (1 - rho)), rho = lambda E[S]. */
    static double pkWait(double lambda, double meanService, double secondMomentService) {
        double rho = lambda * meanService;
        requireStable(rho);
        return lambda * secondMomentService / (2 * (1 - rho));
    }

    /** M/M/1 mean wait in queue: Wq = rho / (mu - lambda). */
    static double mm1Wait(double lambda, double meanService) {
        double rho = lambda * meanService;
        requireStable(rho);
        return rho / (1 / meanService - lambda);
    }

    /** M/D/1 mean wait in queue, the P-K formula with E[S^2] = D^2: Wq = rho D / (2 (1 - rho)). */
    static double md1Wait(double lambda, double service) {
        return pkWait(lambda, service, service * service);
    }

    /** M/M/1 sojourn time quantile: the sojourn is exponential with rate mu - lambda, so t_p = -ln(1 - p) / (mu - lambda). */
    static double mm1SojournQuantile(double lambda, double meanService, double p) {
        requireStable(lambda * meanService);
        return -Math.log1p(-p) / (1 / meanService - lambda);
    }

    /** M/M/1/K loss probability (K customers in all): P_K = (1 - rho) rho^K / (1 - rho^(K+1)), or 1/(K+1) at rho = 1. */
    static double mm1kLoss(double rho, int k) {
        if (Math.abs(rho - 1) < 1e-12) {
            return 1.0 / (k + 1);
        }
        return (1 - rho) * Math.pow(rho, k) / (1 - Math.pow(rho, k + 1));
    }

    /** M/M/1/K mean number in the station: L = sum j p_j with p_j = (1 - rho) rho^j / (1 - rho^(K+1)). */
    static double mm1kMeanInStation(double rho, int k) {
        double norm = 0;
        double sum = 0;
        for (int j = 0; j <= k; j++) {
            double pj = Math.pow(rho, j);
            norm += pj;
            sum += j * pj;
        }
        return sum / norm;
    }

    /** M/D/1/K loss probability, service D: arrivals during a service are Poisson with mean rho = lambda D. */
    static double md1kLoss(double lambda, double service, int k) {
        double rho = lambda * service;
        return mg1kLoss(rho, k, j -> poisson(rho, j));
    }

    /**
     * M/G/1/K loss probability (K customers in all, K at least 1) for load {@code rho} = lambda E[S],
     * given a_j, the probability of j arrivals during one service. The states left behind by
     * departures, 0..K-1, form a Markov chain whose balance equations give pi_(j+1) =
     * (pi_j - pi_0 a_j - sum_(i=1..j) pi_i a_(j-i+1)) / a_0; then P_K = 1 - 1 / (pi_0 + rho).
     */
    static double mg1kLoss(double rho, int k, IntToDoubleFunction arrivalsDuringService) {
        double[] a = new double[k];
        for (int j = 0; j < k; j++) {
            a[j] = arrivalsDuringService.applyAsDouble(j);
        }
        double[] pi = new double[k];
        pi[0] = 1.0;
        for (int j = 0; j < k - 1; j++) {
            double s = pi[j] - pi[0] * a[j];
            for (int i = 1; i <= j; i++) {
                s -= pi[i] * a[j - i + 1];
            }
            pi[j + 1] = s / a[0];
        }
        double total = 0;
        for (double p : pi) {
            total += p;
        }
        return 1 - 1 / (pi[0] / total + rho);
    }

    /** The Poisson probability of j events with mean m. */
    static double poisson(double m, int j) {
        double logP = -m + j * Math.log(m);
        for (int i = 2; i <= j; i++) {
            logP -= Math.log(i);
        }
        return Math.exp(logP);
    }

    private static void requireStable(double rho) {
        if (!(rho < 1)) {
            throw new IllegalArgumentException("the queue is unstable: load per server " + rho + " is not below 1");
        }
    }
}
