package org.stormsim.stations;

import org.stormsim.engine.Distribution;
import org.stormsim.engine.RandomStream;

/**
 * A FIFO queue in front of {@code servers} identical servers, holding at most {@code capacity}
 * customers (waiting plus in service); an arrival that finds it full is lost. Service times come
 * from the station's own stream.
 */
final class QueueStation extends Station {
    private final int servers;
    private final long capacity;
    private final Distribution service;
    private final RandomStream rng;
    private CustomerFifo waiting;
    private TimeAverage waitingAverage;
    private TimeAverage busy;

    QueueStation(int index, String id, int servers, long capacity, Distribution service, RandomStream rng) {
        super(index, id);
        this.servers = servers;
        this.capacity = capacity;
        this.service = service;
        this.rng = rng;
    }

    @Override
    void attach(Network network) {
        super.attach(network);
        waiting = new CustomerFifo(pool);
        waitingAverage = new TimeAverage(network.warmup);
        busy = new TimeAverage(network.warmup);
    }

    @Override
    void arrive(int c) {
        countArrival();
        long now = net.kernel.now();
        if (content.value() >= capacity) {
            lose(c);
            return;
        }
        content.add(now, 1);
        if (busy.value() < servers) {
            startService(c, now);
        } else {
            waiting.add(c);
            waitingAverage.add(now, 1);
        }
    }

    @Override
    void onEvent(int c) {
        long now = net.kernel.now();
        busy.add(now, -1);
        content.add(now, -1);
        net.ring.record(NetworkOutcome.DEPARTED, index, 0, pool.arrivedAt[c], pool.serviceStart[c], now);
        if (!waiting.isEmpty()) {
            waitingAverage.add(now, -1);
            startService(waiting.remove(), now);
        }
        net.forward(c, index);
    }

    private void startService(int c, long now) {
        busy.add(now, 1);
        pool.serviceStart[c] = now;
        net.kernel.scheduleAfter(service.sample(rng), c);
    }

    @Override
    double sampleUtilisation(long now, long span) {
        double u = busy.windowArea(now) / ((double) span * servers);
        busy.restartWindow();
        return u;
    }

    @Override
    StationState state(long end) {
        return new StationState(id, arrivalsAfterWarmup, arrivalsAll, content.mean(end), content.max(end),
                content.value(), waitingAverage.mean(end), waitingAverage.max(end), busy.mean(end) / servers);
    }
}
