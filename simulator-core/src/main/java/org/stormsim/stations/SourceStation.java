package org.stormsim.stations;

import org.stormsim.engine.Distribution;
import org.stormsim.engine.RandomStream;

/**
 * Where customers enter the network: one arrival after each interarrival time drawn from the
 * source's own stream. The pending arrival is an event whose payload is {@code -(index + 1)}, so
 * a customer slot is taken only when the customer really arrives.
 */
final class SourceStation extends Station {
    private final Distribution interarrival;
    private final RandomStream rng;
    private final int eventPayload;

    SourceStation(int index, String id, Distribution interarrival, RandomStream rng) {
        super(index, id);
        this.interarrival = interarrival;
        this.rng = rng;
        this.eventPayload = -(index + 1);
    }

    @Override
    void start() {
        net.kernel.scheduleAfter(interarrival.sample(rng), eventPayload);
    }

    @Override
    void arrive(int c) {
        throw new IllegalStateException("no station routes to source '" + id + "'");
    }

    /** The pending arrival has come: a new customer enters, the next arrival is scheduled. */
    void fire() {
        long now = net.kernel.now();
        int c = pool.allocate(now);
        countArrival();
        net.generated++;
        net.kernel.scheduleAfter(interarrival.sample(rng), eventPayload);
        net.forward(c, index);
    }
}
