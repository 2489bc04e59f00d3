package org.stormsim.loops;

/**
 * One M/M/1 run: arrival rate {@link #ARRIVALS_PER_UNIT} per time unit, exponential service of mean
 * one unit (utilisation 0.9), from time 0 to {@code horizonUnits}, statistics over customers created
 * at or after {@code warmupUnits}. With the default 10 million expected customers the horizon is
 * 11,112,000 units and the warm-up 100,000, which is {@code scenarios/benchmarks/mm1-10m.yaml} in
 * milliseconds and {@code mm1-10m-s.yaml} in seconds; fewer customers shrink both in proportion.
 * Immutable; validated where it is built.
 *
 * @param unit the time unit (the mean service time)
 * @param horizonUnits the run's length in units; events at exactly the horizon are handled
 * @param warmupUnits the warm-up in units
 * @param seed the run seed
 */
public record MM1Workload(ModelTimeUnit unit, long horizonUnits, long warmupUnits, long seed) {
    /** Arrivals per unit of time; the mean service time is one unit. */
    public static final double ARRIVALS_PER_UNIT = 0.9;
    /** M/M/1 theory: the mean time in system W = 1 / (mu - lambda) = 10 units. */
    public static final double MEAN_TIME_IN_SYSTEM_UNITS = 1.0 / (1.0 - ARRIVALS_PER_UNIT);
    /** The scenario files' seed. */
    public static final long DEFAULT_SEED = 20240601L;
    /** The scenario files' size: 900/s for 11,112 s is 10,000,800 customers. */
    public static final long DEFAULT_CUSTOMERS = 10_000_000L;
    private static final long MAX_CUSTOMERS = 1_000_000_000L;

    public MM1Workload {
        if (horizonUnits <= 0 || warmupUnits < 0 || warmupUnits >= horizonUnits) {
            throw new IllegalArgumentException("horizon " + horizonUnits + ", warm-up " + warmupUnits
                    + ": allowed: 0 <= warm-up < horizon");
        }
    }

    /**
     * The scenarios' workload scaled to about {@code customers} customers: horizon
     * customers × 1.1112 units and warm-up customers / 100 units (11,112,000 and 100,000 for ten
     * million, the scenario files' 11,112 s and 100 s at 900/s).
     */
    public static MM1Workload of(ModelTimeUnit unit, long customers, long seed) {
        if (customers < 10_000 || customers > MAX_CUSTOMERS || customers % 10_000 != 0) {
            throw new IllegalArgumentException("--customers " + customers
                    + ": allowed: a multiple of 10000 from 10000 to " + MAX_CUSTOMERS);
        }
        return new MM1Workload(unit, customers / 10_000 * 11_112, customers / 100, seed);
    }

    public long horizonMicros() {
        return horizonUnits * unit.micros();
    }

    public long warmupMicros() {
        return warmupUnits * unit.micros();
    }

    /** The mean interarrival time, microseconds. */
    public double meanInterarrivalMicros() {
        return unit.micros() / ARRIVALS_PER_UNIT;
    }

    /** The mean service time, microseconds. */
    public double meanServiceMicros() {
        return unit.micros();
    }

    /** The customers a Poisson source creates in (0, horizon] on average: rate × horizon. */
    public double expectedCustomers() {
        return ARRIVALS_PER_UNIT * horizonUnits;
    }

    /** M/M/1 theory: the mean time in system W = 1 / (mu - lambda), microseconds (10 units). */
    public double theoreticalMeanTimeInSystemMicros() {
        return unit.micros() * MEAN_TIME_IN_SYSTEM_UNITS;
    }
}
