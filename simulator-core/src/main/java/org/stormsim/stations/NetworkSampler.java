package org.stormsim.stations;

import org.stormsim.engine.Kernel;
import org.stormsim.engine.PeriodicSampler;

/**
 * A queueing network's state, sampled once per interval of simulated time by one kernel event per
 * interval: per station the customers in it (time average and maximum over the interval) and, for
 * queues, busy servers over servers. Interval {@code i} covers [i x interval, min((i + 1) x interval,
 * end)) microseconds, warm-up included. Arrays sized for the horizon up front; nothing is allocated
 * per event. Kernel thread only; read after the run.
 */
public final class NetworkSampler extends PeriodicSampler {
    private final Station[] stations;
    private final double[][] inStationMean;
    private final long[][] inStationMax;
    private final double[][] utilisation;

    NetworkSampler(Kernel kernel, Station[] stations, long interval, long horizon, int payload) {
        super(kernel, interval, horizon, payload);
        this.stations = stations;
        int n = capacity();
        inStationMean = new double[stations.length][n];
        inStationMax = new long[stations.length][n];
        utilisation = new double[stations.length][n];
    }

    @Override
    protected void sample(long now, long span, int i) {
        for (int s = 0; s < stations.length; s++) {
            stations[s].sampleWindow(now, span, i, inStationMean[s], inStationMax[s], utilisation[s]);
        }
    }

    public double inStationMean(int station, int i) {
        return inStationMean[station][i];
    }

    public long inStationMax(int station, int i) {
        return inStationMax[station][i];
    }

    /** Busy servers over servers of a queue station; NaN for other stations. */
    public double utilisation(int station, int i) {
        return utilisation[station][i];
    }
}
