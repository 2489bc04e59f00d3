package org.stormsim.stations;

/** Where customers leave the network; each publishes its time in the system as it goes. */
final class SinkStation extends Station {
    SinkStation(int index, String id) {
        super(index, id);
    }

    @Override
    void arrive(int c) {
        countArrival();
        long now = net.kernel.now();
        net.ring.record(NetworkOutcome.ABSORBED, index, 0, pool.createdAt[c], now, now);
        pool.release(c);
    }
}
