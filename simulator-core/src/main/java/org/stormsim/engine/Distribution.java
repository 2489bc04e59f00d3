package org.stormsim.engine;


/**
 * A non-negative random duration in simulated microseconds: service times, delays, interarrival
 * times. Implementations are immutable; the random stream passed in belongs to the caller's
 * station. {@link #mean()} and {@link #secondMoment()} are exact (in microseconds and
 * microseconds squared) so that tests can compare a run with queueing theory. Serializable, as part of a
 * scenario sent to a cluster worker.
 */
public interface Distribution extends java.io.Serializable {
    /** One sample, rounded to the nearest microsecond. */
    long sample(RandomStream rng);

    /** The mean, microseconds. */
    double mean();

    /** E[X^2], microseconds squared. */
    double secondMoment();

    /** The distribution as written in a scenario file, e.g. {@code exponential(1s)}. */
    String describe();

    static long round(double micros) {
        return (long) (micros + 0.5);
    }

    /** Exponential with the given mean. */
    record Exponential(double meanMicros, String describe) implements Distribution {
        @Override
        public long sample(RandomStream rng) {
            return round(meanMicros * rng.nextExponential());
        }

        @Override
        public double mean() {
            return meanMicros;
        }

        @Override
        public double secondMoment() {
            return 2 * meanMicros * meanMicros;
        }
    }

    /** Always the same value. */
    record Deterministic(long valueMicros, String describe) implements Distribution {
        @Override
        public long sample(RandomStream rng) {
            return valueMicros;
        }

        @Override
        public double mean() {
            return valueMicros;
        }

        @Override
        public double secondMoment() {
            return (double) valueMicros * valueMicros;
        }
    }

    /** Uniform on [min, max]. */
    record Uniform(double minMicros, double maxMicros, String describe) implements Distribution {
        @Override
        public long sample(RandomStream rng) {
            return round(minMicros + (maxMicros - minMicros) * rng.nextDouble());
        }

        @Override
        public double mean() {
            return (minMicros + maxMicros) / 2;
        }

        @Override
        public double secondMoment() {
            double w = maxMicros - minMicros;
            return mean() * mean() + w * w / 12;
        }
    }

    /** Erlang with k phases and the given (total) mean: the sum of k exponentials of mean/k. */
    record Erlang(int k, double meanMicros, String describe) implements Distribution {
        @Override
        public long sample(RandomStream rng) {
            double sum = 0;
            for (int i = 0; i < k; i++) {
                sum += rng.nextExponential();
            }
            return round(sum * meanMicros / k);
        }

        @Override
        public double mean() {
            return meanMicros;
        }

        @Override
        public double secondMoment() {
            return meanMicros * meanMicros * (1 + 1.0 / k);
        }
    }

    /** Lognormal given by its own mean and standard deviation (not those of the underlying normal). */
    record Lognormal(double meanMicros, double sdMicros, double mu, double sigma, String describe)
            implements Distribution {
        public static Lognormal of(double meanMicros, double sdMicros, String describe) {
            double sigma2 = Math.log1p((sdMicros * sdMicros) / (meanMicros * meanMicros));
            double mu = Math.log(meanMicros) - sigma2 / 2;
            return new Lognormal(meanMicros, sdMicros, mu, Math.sqrt(sigma2), describe);
        }

        @Override
        public long sample(RandomStream rng) {
            return round(Math.exp(mu + sigma * rng.nextGaussian()));
        }

        @Override
        public double mean() {
            return meanMicros;
        }

        @Override
        public double secondMoment() {
            return sdMicros * sdMicros + meanMicros * meanMicros;
        }
    }
}
