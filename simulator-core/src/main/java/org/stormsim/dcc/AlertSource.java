package org.stormsim.dcc;

import org.stormsim.engine.Kernel;
import org.stormsim.engine.RandomStream;

/**
 * A {@link PoissonSource} of one alert code from one population of devices in one region. Each
 * arrival picks a device (uniformly, unless the source says otherwise); an alert whose hub has no
 * power is never raised.
 */
abstract class AlertSource extends PoissonSource {
    final int region;
    final short code;
    /** Whether its alerts travel the SMETS1 path (a migrated SMETS1 installation's), not a hub's and a CSP's. */
    final boolean smets1;
    private final Outages outages;

    AlertSource(int index, String id, int region, int code, RandomStream rng, Kernel kernel, long horizon, Growth growth,
                Outages outages) {
        this(index, id, region, code, rng, kernel, horizon, growth, outages, false);
    }

    AlertSource(int index, String id, int region, int code, RandomStream rng, Kernel kernel, long horizon, Growth growth,
                Outages outages, boolean smets1) {
        super(index, id, rng, kernel, horizon, growth);
        this.region = region;
        this.code = (short) code;
        this.smets1 = smets1;
        this.outages = outages;
    }

    /** The devices whose protection state this source's devices share when counting per device (all their codes). */
    String deviceGroup() {
        return id;
    }

    /** Devices that may raise the alert at {@code t}. */
    abstract long devices(long t);

    /** The most devices the source can ever have (sizes the protection state). */
    abstract long maxDevices();

    /** The hub (in the region's numbering) of device {@code k}. */
    abstract long hubOf(long k);

    /** The cohort of device {@code k}, or -1. */
    abstract int cohortOf(long k);

    /** The index of the User the alert from device {@code k} goes to. */
    abstract int recipientOf(long k);

    /** A second User it also goes to (the Network Operator of a power outage alert), or -1. */
    int alsoRecipientOf(long k) {
        return -1;
    }

    /** The device that raises the arrival at {@code now}, or -1 for none: one of {@link #devices} uniformly, unless a source says otherwise. */
    long pickDevice(long now) {
        long n = devices(now);
        return n > 0 ? (long) (rng.nextDouble() * n) : -1;
    }

    @Override
    final void emit(long now, Arrivals to) {
        long k = pickDevice(now);
        if (k >= 0 && !outages.off(region, hubOf(k))) {
            to.alert(this, k, now);
        }
    }
}
