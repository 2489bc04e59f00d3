package org.stormsim.stations;

import org.stormsim.engine.Kernel;

/**
 * A queueing network's state, sampled once per interval of simulated time by one kernel event per
 * interval: per station the customers in it (time average and maximum over the interval) and, for
 * queues, busy servers over servers. Interval {@code i} covers [i x interval, min((i + 1) x interval,
 * end)) microseconds, warm-up included. Arrays sized for the horizon up front; nothing is allocated
 * per event. Kernel thread only; read after the run.
 */
public final class NetworkSampler {
    private final Kernel kernel;
    private final Station[] stations;
    private final long interval;
    private final long horizon;
    private final int payload;
    private final double[][] inStationMean;
    private final long[][] inStationMax;
    private final double[][] utilisation;
    private long lastSample;
    private int closed;
    private long ticks;

    NetworkSampler(Kernel kernel, Station[] stations, long interval, long horizon, int payload) {
        if (interval <= 0) {
            throw new IllegalArgumentException("the sampling interval must be more than zero: " + interval);
        }
        this.kernel = kernel;
        this.stations = stations;
        this.interval = interval;
        this.horizon = horizon;
        this.payload = payload;
        int n = org.stormsim.engine.SimTime.intervals(horizon, interval);
        inStationMean = new double[stations.length][n];
        inStationMax = new long[stations.length][n];
        utilisation = new double[stations.length][n];
    }

    void start() {
        scheduleNext();
    }

    void onTick(long now) {
        ticks++;
        close(now);
        scheduleNext();
    }

    /** The run ended at {@code end}: closes the last, partial interval. */
    public void finish(long end) {
        if (end > lastSample) {
            close(end);
        }
    }

    private void scheduleNext() {
        long next = (closed + 1) * interval;
        if (next < horizon) {
            kernel.schedule(next, payload);
        }
    }

    private void close(long now) {
        long span = now - lastSample;
        for (int s = 0; s < stations.length; s++) {
            stations[s].sampleWindow(now, span, closed, inStationMean[s], inStationMax[s], utilisation[s]);
        }
        lastSample = now;
        closed++;
    }

    public long interval() {
        return interval;
    }

    /** Intervals sampled (all of them once {@link #finish} has run). */
    public int closed() {
        return closed;
    }

    /** Kernel events the sampler used (left out of the replication's event count). */
    public long ticks() {
        return ticks;
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
