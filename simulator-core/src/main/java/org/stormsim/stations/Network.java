package org.stormsim.stations;

import java.util.ArrayList;
import java.util.List;
import org.stormsim.engine.EventConsumer;
import org.stormsim.engine.Kernel;
import org.stormsim.metrics.OutcomeRing;

/**
 * The queueing-network model of one replication: its stations, the routes between them and the
 * customers in flight. It is the kernel's {@link EventConsumer}: a negative payload is a source's
 * next arrival, any other payload a customer slot whose current station handles the event.
 * Built by {@link NetworkBuilder}; kernel thread only.
 */
public final class Network implements EventConsumer {
    final Kernel kernel;
    final OutcomeRing ring;
    final CustomerPool pool;
    final long warmup;
    private final Station[] stations;
    private final Route[] routes;
    long generated;
    private NetworkSampler sampler;

    Network(Kernel kernel, OutcomeRing ring, long warmup, Station[] stations, Route[] routes) {
        this.kernel = kernel;
        this.ring = ring;
        this.warmup = warmup;
        this.pool = new CustomerPool(1024);
        this.stations = stations;
        this.routes = routes;
        for (Station s : stations) {
            s.attach(this);
        }
    }

    /** Schedules the first arrivals (and the first sample, when the state is sampled). */
    public void start() {
        for (Station s : stations) {
            s.start();
        }
        if (sampler != null) {
            sampler.start();
        }
    }

    /**
     * Samples every station's state every {@code interval} microseconds up to {@code horizon} for the
     * time series (one kernel event per interval); call before {@link #start()}.
     */
    public NetworkSampler sampleEvery(long interval, long horizon) {
        sampler = new NetworkSampler(kernel, stations, interval, horizon, -(stations.length + 1));
        return sampler;
    }

    @Override
    public void onEvent(int payload) {
        if (payload < 0) {
            int s = -payload - 1;
            if (s < stations.length) {
                ((SourceStation) stations[s]).fire();
            } else {
                sampler.onTick(kernel.now());
            }
        } else {
            stations[pool.station[payload]].onEvent(payload);
        }
    }

    /** Sends customer {@code c}, leaving station {@code from}, on to its next station. */
    void forward(int c, int from) {
        int to = routes[from].next();
        pool.station[c] = to;
        pool.arrivedAt[c] = kernel.now();
        stations[to].arrive(c);
    }

    /** Customers that entered the network from its sources, over the whole run. */
    public long generated() {
        return generated;
    }

    /** Customers still in the network (queued, in service, waiting for a token). */
    public int inFlight() {
        return pool.live();
    }

    public int stationCount() {
        return stations.length;
    }

    /** The kernel-side statistics of every station, in station order, for a run that ended at {@code end}. */
    public List<StationState> states(long end) {
        List<StationState> out = new ArrayList<>(stations.length);
        for (Station s : stations) {
            out.add(s.state(end));
        }
        return out;
    }
}
