package org.stormsim.dcc;

import org.stormsim.engine.Kernel;
import org.stormsim.engine.RandomStream;

/**
 * One device-keyed series of a replayed trace: the alerts of one code from the devices of one type
 * of one device combination (a cohort) in one region, interval by interval as its
 * {@link DeviceReplaySchedule} says. In each interval exactly the scheduled count is raised, at
 * times uniform over the interval (drawn in order, as successive minima), by the interval's
 * {@code devices} devices, each raising its Zipf share ({@link DeviceReplaySchedule#shares}); the
 * order in which the alerts come is a random order of those shares (drawn without replacement). A
 * share rank is the same device in every interval and every code of the combination's devices of
 * that type in the region: rank {@code r} is device {@code (stride * r + offset) mod N}, a bijection
 * drawn from the stream {@code replay-devices:COHORT:REGION:TYPE}. Devices are numbered as the
 * cohort's own sources number them and share their storm-protection state, so SECMP0062 counts a
 * replayed device as the device it is. Kernel thread only; the share tree is allocated once.
 */
final class DeviceReplayAlertSource extends CohortDeviceSource {
    private static final long NONE = -1;

    private final DeviceReplaySchedule schedule;
    private final long stride;
    private final long offset;
    /** A Fenwick tree over share ranks 1..devices of the alerts each still has to raise in this interval. */
    private final long[] left;
    private int row = -1;
    private int ranks;
    private long remaining;
    private long position;
    private long end;
    private long pending = NONE;

    DeviceReplayAlertSource(int index, String id, int region, int code, RandomStream rng, Kernel kernel, long horizon, Growth growth,
                            Outages outages, DeviceReplaySchedule schedule, int cohort, String deviceType, long hubBase, long hubCount,
                            long deviceCount, RandomStream devices, int recipient, int alsoRecipient) {
        super(index, id, region, code, rng, kernel, horizon, growth, outages, cohort, deviceType, hubBase, hubCount, deviceCount, recipient,
                alsoRecipient);
        this.schedule = schedule;
        this.offset = (long) (devices.nextDouble() * deviceCount);
        this.stride = coprimeStride(deviceCount, devices);
        this.left = new long[schedule.maxDevices() + 1];
    }

    /** A stride in [1, n) sharing no factor with {@code n} (1 when n is 1 or 2), so that rank to device is a bijection. */
    private static long coprimeStride(long n, RandomStream rng) {
        if (n <= 2) {
            return 1;
        }
        long s = 1 + (long) (rng.nextDouble() * (n - 1));
        while (gcd(s, n) != 1) {
            s = s % (n - 1) + 1;
        }
        return s;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /** Not a rate: the arrivals are drawn from the schedule's counts ({@link #nextArrival}). */
    @Override
    double rate(long t) {
        return 0;
    }

    @Override
    long nextChange(long t) {
        return NEVER;
    }

    @Override
    long nextArrival(long now) {
        if (pending != NONE) {
            return pending;
        }
        while (remaining == 0) {
            if (row + 1 >= schedule.at().length) {
                return NEVER;
            }
            startInterval(++row);
        }
        double u = rng.nextDouble();
        long gap = (long) ((end - position) * (1 - Math.pow(u, 1.0 / remaining)));
        pending = Math.min(end - 1, position + gap);
        return pending;
    }

    private void startInterval(int r) {
        remaining = schedule.counts()[r];
        position = schedule.at()[r] * schedule.interval();
        end = position + schedule.interval();
        ranks = schedule.devices()[r];
        DeviceReplaySchedule.shares(remaining, ranks, schedule.skews()[r], left);
        for (int i = 1; i <= ranks; i++) { // the linear Fenwick build
            int parent = i + (i & -i);
            if (parent <= ranks) {
                left[parent] += left[i];
            }
        }
    }

    /** The device of the pending alert: a rank drawn in proportion to the alerts it still has to raise. */
    @Override
    long pickDevice(long now) {
        long u = (long) (rng.nextDouble() * remaining);
        int rank = 0;
        for (int step = Integer.highestOneBit(Math.max(1, ranks)); step > 0; step >>= 1) {
            int next = rank + step;
            if (next <= ranks && left[next] <= u) {
                rank = next;
                u -= left[next];
            }
        }
        rank++; // the first rank whose running total passes u
        for (int i = rank; i <= ranks; i += i & -i) {
            left[i]--;
        }
        remaining--;
        position = pending;
        pending = NONE;
        return (stride * (rank - 1) + offset) % deviceCount;
    }
}
