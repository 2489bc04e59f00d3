package org.stormsim.stations;

/**
 * A node of the queueing network. Customers arrive through {@link #arrive}; a station that keeps
 * a customer for a while schedules an event for it and finishes it in {@link #onEvent}. The
 * kernel-side statistics (arrivals, time-averaged content) live here; latencies travel as outcome
 * records to the metrics consumers. Kernel thread only.
 */
public abstract class Station {
    protected final int index;
    protected final String id;
    protected Network net;
    protected CustomerPool pool;
    long arrivalsAfterWarmup;
    long arrivalsAll;
    TimeAverage content;

    protected Station(int index, String id) {
        this.index = index;
        this.id = id;
    }

    void attach(Network network) {
        this.net = network;
        this.pool = network.pool;
        this.content = new TimeAverage(network.warmup);
    }

    public int index() {
        return index;
    }

    public String id() {
        return id;
    }

    /** Schedules whatever the station needs at time zero (sources: their first arrival). */
    void start() {
    }

    /** Customer {@code c} arrives now. */
    abstract void arrive(int c);

    /** The event scheduled for customer {@code c} (service completion, release) has come. */
    void onEvent(int c) {
        throw new IllegalStateException("station '" + id + "' schedules no events");
    }

    final void countArrival() {
        arrivalsAll++;
        if (net.kernel.now() >= net.warmup) {
            arrivalsAfterWarmup++;
        }
    }

    /** Turns customer {@code c} away: counted as lost, its slot recycled. */
    final void lose(int c) {
        long now = net.kernel.now();
        net.ring.record(NetworkOutcome.LOST, index, 0, now, now, now);
        pool.release(c);
    }

    /**
     * Closes the station's sampling window at {@code now} into slot {@code i}: customers in the
     * station averaged over {@code span} microseconds, the most at once, and busy servers over
     * servers (NaN for stations without servers).
     */
    final void sampleWindow(long now, long span, int i, double[] inStationMean, long[] inStationMax, double[] utilisation) {
        inStationMean[i] = content.windowArea(now) / (double) span;
        inStationMax[i] = content.windowMax();
        content.restartWindow();
        utilisation[i] = sampleUtilisation(now, span);
    }

    /** Busy servers over servers in the window ending {@code now}, restarting it; NaN for stations without servers. */
    double sampleUtilisation(long now, long span) {
        return Double.NaN;
    }

    /** The station's kernel-side statistics at the end of the run. */
    StationState state(long end) {
        return new StationState(id, arrivalsAfterWarmup, arrivalsAll, content.mean(end), content.max(end),
                content.value(), 0.0, 0L, Double.NaN);
    }
}
