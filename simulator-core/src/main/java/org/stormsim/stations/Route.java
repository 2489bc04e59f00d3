package org.stormsim.stations;

import org.stormsim.engine.RandomStream;

/**
 * Where a station sends a customer next: one fixed station, or a weighted random choice drawn
 * from the station's own routing stream. Weights are cumulative and end at exactly 1.
 */
final class Route {
    private final int[] targets;
    private final double[] cumulative;
    private final RandomStream rng;

    private Route(int[] targets, double[] cumulative, RandomStream rng) {
        this.targets = targets;
        this.cumulative = cumulative;
        this.rng = rng;
    }

    static Route fixed(int target) {
        return new Route(new int[] {target}, new double[] {1.0}, null);
    }

    static Route weighted(int[] targets, double[] weights, RandomStream rng) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double[] cumulative = new double[weights.length];
        double running = 0;
        for (int i = 0; i < weights.length; i++) {
            running += weights[i] / total;
            cumulative[i] = running;
        }
        cumulative[weights.length - 1] = 1.0;
        return new Route(targets.clone(), cumulative, rng);
    }

    static Route none() {
        return new Route(new int[0], new double[0], null);
    }

    int next() {
        if (targets.length == 1) {
            return targets[0];
        }
        double u = rng.nextDouble();
        int i = 0;
        while (u >= cumulative[i]) {
            i++;
        }
        return targets[i];
    }
}
