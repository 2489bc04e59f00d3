package org.stormsim.stations;

import org.stormsim.engine.Distribution;
import org.stormsim.engine.RandomStream;

/**
 * An infinite-server station: every customer is held for a delay drawn from the station's own
 * stream, independently of the others (a pure latency, such as a network transit).
 */
final class DelayStation extends Station {
    private final Distribution delay;
    private final RandomStream rng;

    DelayStation(int index, String id, Distribution delay, RandomStream rng) {
        super(index, id);
        this.delay = delay;
        this.rng = rng;
    }

    @Override
    void arrive(int c) {
        countArrival();
        long now = net.kernel.now();
        content.add(now, 1);
        pool.serviceStart[c] = now;
        net.kernel.scheduleAfter(delay.sample(rng), c);
    }

    @Override
    void onEvent(int c) {
        long now = net.kernel.now();
        content.add(now, -1);
        net.ring.record(NetworkOutcome.DEPARTED, index, 0, pool.arrivedAt[c], pool.serviceStart[c], now);
        net.forward(c, index);
    }
}
