package org.stormsim.dcc;

import org.stormsim.engine.RandomStream;

/**
 * A {@link PoissonSource} of one alert code from one population of devices in one region. Each
 * arrival picks a device uniformly; an alert whose hub has no power is never raised.
 */
abstract class AlertSource extends PoissonSource {
    final int region;
    final short code;
    /** The first per-device protection state slot of this source (sized by {@link #maxDevices()}). */
    long stateBase;
    /** The first protection state slot of this source's devices when counting per device (all codes). */
    long deviceStateBase;

    AlertSource(int index, String id, int region, int code, RandomStream rng) {
        super(index, id, rng);
        this.region = region;
        this.code = (short) code;
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

    @Override
    final void emit(long now) {
        long n = devices(now);
        if (n > 0) {
            long k = (long) (rng.nextDouble() * n);
            if (!model.hubOff(region, hubOf(k))) {
                model.newAlert(this, k, now);
            }
        }
    }
}
