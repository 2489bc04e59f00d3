package org.stormsim.dcc;

import org.stormsim.engine.Kernel;
import org.stormsim.engine.RandomStream;

/**
 * One (region, alert code) series of a replayed trace: in each interval, Poisson arrivals at the
 * observed count (times {@code population.scale}) divided by the interval's length. Devices are the region's hubs, drawn uniformly;
 * the recipient is the Supplier (or, for outage codes, the Network Operator) of the hub's cohort.
 */
final class ReplayAlertSource extends AlertSource {
    private final long[] counts;
    private final double scale;
    private final long interval;
    private final long regionHubs;
    private final boolean outageCode;
    private final Recipients recipients;

    ReplayAlertSource(int index, String id, int region, int code, RandomStream rng, Kernel kernel, long horizon, Growth growth,
                      Outages outages, long[] counts, double scale, long interval, long regionHubs, boolean outageCode,
                      Recipients recipients) {
        super(index, id, region, code, rng, kernel, horizon, growth, outages);
        this.counts = counts;
        this.scale = scale;
        this.interval = interval;
        this.regionHubs = regionHubs;
        this.outageCode = outageCode;
        this.recipients = recipients;
    }

    @Override
    double rate(long t) {
        int i = (int) (t / interval);
        return i < counts.length ? counts[i] * scale * 1e6 / interval : 0;
    }

    @Override
    long nextChange(long t) {
        return (t / interval + 1) * interval;
    }

    @Override
    long devices(long t) {
        return Math.max(1, regionHubs);
    }

    @Override
    long maxDevices() {
        return Math.max(1, regionHubs);
    }

    @Override
    long hubOf(long k) {
        return k;
    }

    @Override
    int cohortOf(long k) {
        return recipients.cohortOf(region, k);
    }

    @Override
    int recipientOf(long k) {
        int operator = outageCode ? recipients.operatorOfHub(region, k) : -1;
        return operator >= 0 ? operator : recipients.supplierOfHub(region, k);
    }

    @Override
    int alsoRecipientOf(long k) {
        return outageCode && recipients.operatorOfHub(region, k) >= 0 ? recipients.supplierOfHub(region, k) : -1;
    }
}
