package org.stormsim.dcc;

import org.stormsim.engine.Kernel;
import org.stormsim.engine.RandomStream;
import org.stormsim.scenario.DailyProfile;

/**
 * One User's Service Requests to one region: Poisson at the User's rate for the region shaped by its
 * daily profile; each request takes a variant (and its category) from the User's mix.
 */
final class ServiceRequestSource extends PoissonSource {
    final int user;
    final int region;
    private final double ratePerSecond;
    private final DailyProfile profile;
    private final double[] cumulative;
    private final short[] variants;
    private final byte[] categories;

    ServiceRequestSource(int index, String id, RandomStream rng, Kernel kernel, long horizon, Growth growth, int user, int region,
                         double ratePerSecond, DailyProfile profile, double[] weights, short[] variants, byte[] categories) {
        super(index, id, rng, kernel, horizon, growth);
        this.user = user;
        this.region = region;
        this.ratePerSecond = ratePerSecond;
        this.profile = profile;
        this.variants = variants;
        this.categories = categories;
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double run = 0;
        for (int i = 0; i < weights.length; i++) {
            run += weights[i] / sum;
            cumulative[i] = run;
        }
        cumulative[weights.length - 1] = 1.0;
    }

    @Override
    double rate(long t) {
        return ratePerSecond * profile.weight((int) ((t / HOUR) % 24));
    }

    @Override
    void emit(long now, Arrivals to) {
        double u = rng.nextDouble();
        int i = 0;
        while (u >= cumulative[i]) {
            i++;
        }
        to.request(this, variants[i], categories[i], now);
    }
}
