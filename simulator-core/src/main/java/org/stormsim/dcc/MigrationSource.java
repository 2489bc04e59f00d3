package org.stormsim.dcc;

import org.stormsim.engine.Kernel;
import org.stormsim.engine.RandomStream;
import org.stormsim.scenario.DccEvent;

/**
 * The migrations of one SMETS1 wave: from its start, Poisson at {@code perDay} a day until
 * {@code total} have been attempted. Each is drawn, when attempted, to fail with the wave's
 * {@code failureShare} (its own stream, so the arrivals' draws stay as they are), and goes over the
 * SMETS1 path: the S1SP's servers, its transit, the DSP's servers ({@link MigrationPath}).
 */
final class MigrationSource extends PoissonSource {
    final int region;
    private final DccEvent.Migration wave;
    private final RandomStream outcomes;
    private final double ratePerSecond;
    private long attempted;

    MigrationSource(int index, String id, RandomStream rng, RandomStream outcomes, Kernel kernel, long horizon, Growth growth, int region,
                    DccEvent.Migration wave) {
        super(index, id, rng, kernel, horizon, growth);
        this.region = region;
        this.wave = wave;
        this.outcomes = outcomes;
        this.ratePerSecond = wave.perDay() / 86_400.0;
    }

    @Override
    double rate(long t) {
        return t >= wave.at().micros() && attempted < wave.total() ? ratePerSecond : 0;
    }

    @Override
    long nextChange(long t) {
        long start = wave.at().micros();
        return t < start ? start : NEVER;
    }

    @Override
    void emit(long now, Arrivals to) {
        attempted++;
        to.migration(this, outcomes.nextDouble() < wave.failureShare(), now);
    }
}
