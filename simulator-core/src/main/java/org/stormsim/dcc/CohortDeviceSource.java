package org.stormsim.dcc;

import org.stormsim.engine.Kernel;
import org.stormsim.engine.RandomStream;

/**
 * An {@link AlertSource} whose devices are one cohort's devices of one type in one region: a fixed
 * count of them on a contiguous range of the region's hubs, every alert to the cohort's Supplier (and
 * a second User when given), and one storm-protection state per device shared by every source of
 * the same cohort, region and device type (the cohort's own rate processes and a device-keyed replay
 * of it alike). Kernel thread only.
 */
abstract class CohortDeviceSource extends AlertSource {
    private final int cohort;
    private final String deviceType;
    private final long hubBase;
    private final long hubCount;
    /** The devices of the cohort's type on its hubs. */
    final long deviceCount;
    private final int recipient;
    private final int alsoRecipient;

    CohortDeviceSource(int index, String id, int region, int code, RandomStream rng, Kernel kernel, long horizon, Growth growth,
                       Outages outages, int cohort, String deviceType, long hubBase, long hubCount, long deviceCount, int recipient,
                       int alsoRecipient) {
        super(index, id, region, code, rng, kernel, horizon, growth, outages);
        this.cohort = cohort;
        this.deviceType = deviceType;
        this.hubBase = hubBase;
        this.hubCount = hubCount;
        this.deviceCount = deviceCount;
        this.recipient = recipient;
        this.alsoRecipient = alsoRecipient;
    }

    /** The devices this source draws from: the cohort's devices of one type in one region (one ESME's codes share a count). */
    @Override
    final String deviceGroup() {
        return cohort + ":" + region + ":" + deviceType;
    }

    final int cohort() {
        return cohort;
    }

    @Override
    final long devices(long t) {
        return deviceCount;
    }

    @Override
    final long maxDevices() {
        return deviceCount;
    }

    @Override
    final long hubOf(long k) {
        return hubBase + k % hubCount;
    }

    @Override
    final int cohortOf(long k) {
        return cohort;
    }

    @Override
    final int recipientOf(long k) {
        return recipient;
    }

    @Override
    final int alsoRecipientOf(long k) {
        return alsoRecipient;
    }
}
