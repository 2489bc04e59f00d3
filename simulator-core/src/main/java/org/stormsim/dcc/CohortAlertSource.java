package org.stormsim.dcc;

import org.stormsim.engine.Kernel;
import org.stormsim.engine.RandomStream;
import org.stormsim.scenario.DailyProfile;

/**
 * The alerts of one code from one cohort's devices of one type in one region: devices times the
 * rate per device, shaped by the daily profile and the growth curve, from the process's start. A
 * firmware fix changes the rate per device (or stops it) while the run goes on.
 */
final class CohortAlertSource extends CohortDeviceSource {
    private final DailyProfile profile;
    private final long start;
    private double ratePerDeviceSecond;

    CohortAlertSource(int index, String id, int region, int code, RandomStream rng, Kernel kernel, long horizon, Growth growth,
                      Outages outages, int cohort, long hubBase, long hubCount, double devicesPerHub, double ratePerDeviceSecond,
                      DailyProfile profile, long start, int recipient, int alsoRecipient, String deviceType) {
        super(index, id, region, code, rng, kernel, horizon, growth, outages, cohort, deviceType, hubBase, hubCount,
                Math.round(hubCount * devicesPerHub), recipient, alsoRecipient);
        this.ratePerDeviceSecond = ratePerDeviceSecond;
        this.profile = profile;
        this.start = start;
    }

    /** A firmware fix: the new rate per device per second (0 stops the alerts). */
    void setRatePerDevice(double perSecond) {
        this.ratePerDeviceSecond = perSecond;
        reschedule();
    }

    @Override
    double rate(long t) {
        if (t < start || ratePerDeviceSecond == 0) {
            return 0;
        }
        return deviceCount * ratePerDeviceSecond * profile.weight((int) ((t / HOUR) % 24)) * growth.factorAt(t);
    }

    @Override
    long nextChange(long t) {
        return t < start ? Math.min(start, super.nextChange(t)) : super.nextChange(t);
    }
}
