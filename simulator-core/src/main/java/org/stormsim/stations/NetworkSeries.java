package org.stormsim.stations;

import java.util.List;

/**
 * The time series of one replication of a queueing network: the stations' state sampled per
 * interval on the kernel thread, the outcome records counted per interval on their consumer thread
 * (with the latency log), and the stations' ids and types in file order. Complete once the
 * replication has run.
 */
public record NetworkSeries(NetworkSampler model, NetworkSeriesConsumer outcomes, List<String> ids, List<String> types) {
    public long interval() {
        return model.interval();
    }

    /** The intervals the run covered (fewer than the horizon holds when it was interrupted). */
    public int rows() {
        return model.closed();
    }
}
