package org.stormsim.dcc;

import org.stormsim.engine.Kernel;
import org.stormsim.engine.RandomStream;

/**
 * The alerts of SMETS1 installations as a migration wave brings them onto the DCC: installed(t)
 * grows by {@code perDay / 24} each hour from the wave's start up to {@code total}, and each
 * installation alerts at its own rate ([S]: 2.3 a day), shaped by the growth curve. Migrated hubs
 * are numbered after the region's own, so power outages of the region's hubs do not reach them.
 */
final class MigrationAlertSource extends AlertSource {
    private final long start;
    private final long perDay;
    private final long total;
    private final double ratePerInstallationSecond;
    private final long regionHubs;
    private final int supplier;
    private final int cohortIndex;

    MigrationAlertSource(int index, String id, int region, int code, RandomStream rng, Kernel kernel, long horizon, Growth growth,
                         Outages outages, long start, long perDay, long total, double ratePerInstallationSecond, long regionHubs,
                         int supplier, int cohortIndex) {
        super(index, id, region, code, rng, kernel, horizon, growth, outages);
        this.start = start;
        this.perDay = perDay;
        this.total = total;
        this.ratePerInstallationSecond = ratePerInstallationSecond;
        this.regionHubs = regionHubs;
        this.supplier = supplier;
        this.cohortIndex = cohortIndex;
    }

    @Override
    long devices(long t) {
        if (t < start) {
            return 0;
        }
        long hours = (t - start) / HOUR;
        return Math.min(total, perDay * hours / 24);
    }

    @Override
    double rate(long t) {
        return devices(t) * ratePerInstallationSecond * growth.factorAt(t);
    }

    @Override
    long nextChange(long t) {
        return t < start ? Math.min(start, super.nextChange(t)) : super.nextChange(t);
    }

    @Override
    long maxDevices() {
        return total;
    }

    @Override
    long hubOf(long k) {
        return regionHubs + k;
    }

    @Override
    int cohortOf(long k) {
        return cohortIndex;
    }

    @Override
    int recipientOf(long k) {
        return supplier;
    }
}
