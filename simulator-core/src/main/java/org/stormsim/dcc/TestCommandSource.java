package org.stormsim.dcc;

import org.stormsim.engine.Kernel;
import org.stormsim.engine.RandomStream;

/**
 * A CSP's test commands to the hubs of one region: Poisson at the region's hubs times the commands
 * per hub per month ([F] PMM p9: "on average >= 0.5 test commands per commissioned CH per month,
 * spread evenly over days"), a month taken as 30.4375 days [I]. Their round trips are what RTT2-4 measure.
 */
final class TestCommandSource extends PoissonSource {
    /** The mean month, microseconds: a year of 365.25 days over 12. */
    static final long MONTH = 2_629_800_000_000L;

    final int region;
    private final double ratePerSecond;

    TestCommandSource(int index, String id, RandomStream rng, Kernel kernel, long horizon, Growth growth, int region, long hubs,
                      double perHubPerMonth) {
        super(index, id, rng, kernel, horizon, growth);
        this.region = region;
        this.ratePerSecond = hubs * perHubPerMonth / (MONTH / 1e6);
    }

    @Override
    double rate(long t) {
        return ratePerSecond;
    }

    @Override
    long nextChange(long t) {
        return NEVER;
    }

    @Override
    void emit(long now, Arrivals to) {
        to.testCommand(this, now);
    }
}
