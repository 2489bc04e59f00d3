package org.stormsim.dcc;

import org.stormsim.engine.Kernel;
import org.stormsim.engine.RandomStream;
import org.stormsim.scenario.DccEvent;

/**
 * The alerts of the SMETS1 installations a migration wave brings onto the DCC: those migrated
 * before the run ({@code installedBefore}), and from the wave's start the expected successes of the
 * migrations attempted so far, {@code perDay / 24} an hour up to {@code total}, less the failing share
 * ({@link DccEvent.Migration#installedAt}; [A]: the installed base follows the expected successes,
 * not the drawn outcomes of each migration, which {@link MigrationSource} sends). Each installation
 * alerts at its own rate ([S]: 2.3 a day), shaped by the growth curve, over the SMETS1 path: SMETS1
 * devices are served through the SMETS1 Service Providers, not a Communications Hub and a CSP.
 * Migrated installations are numbered after the region's hubs, so power outages of the region's
 * hubs do not reach them.
 */
final class MigrationAlertSource extends AlertSource {
    private final DccEvent.Migration wave;
    private final double ratePerInstallationSecond;
    private final long regionHubs;
    private final int supplier;

    MigrationAlertSource(int index, String id, int region, int code, RandomStream rng, Kernel kernel, long horizon, Growth growth,
                         Outages outages, DccEvent.Migration wave, long regionHubs, int supplier) {
        super(index, id, region, code, rng, kernel, horizon, growth, outages, true);
        this.wave = wave;
        this.ratePerInstallationSecond = wave.alertRatePerInstallation().perSecond();
        this.regionHubs = regionHubs;
        this.supplier = supplier;
    }

    @Override
    long devices(long t) {
        return wave.installedAt(t);
    }

    @Override
    double rate(long t) {
        return devices(t) * ratePerInstallationSecond * growth.factorAt(t);
    }

    @Override
    long nextChange(long t) {
        long start = wave.at().micros();
        return t < start ? Math.min(start, super.nextChange(t)) : super.nextChange(t);
    }

    @Override
    long maxDevices() {
        return wave.installedBefore() + wave.total();
    }

    @Override
    long hubOf(long k) {
        return regionHubs + k;
    }

    @Override
    int cohortOf(long k) {
        return -1;
    }

    @Override
    int recipientOf(long k) {
        return supplier;
    }
}
