package org.stormsim.dcc;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import org.stormsim.scenario.DailyProfile;
import org.stormsim.scenario.DeviceSeries;

/**
 * What a device-keyed replay series raises in the run, interval by interval: the alerts of each
 * interval that has any ({@code at}, an interval index of {@code interval} microseconds; in order),
 * how many devices raise them and with what Zipf exponent. Built once per replication from the
 * trace at the run's {@code population.scale}: counts are scaled by cumulative rounding along the
 * series (so that the series' total is its scaled total, rounded, and at scale 1 every row's count
 * exactly), devices are scaled and rounded, at least 1 and at most the combination's devices. A
 * monthly report's row becomes hourly counts: the month's volume split evenly over its days and
 * over each day's hours by the daily profile, by cumulative rounding over the whole month (so a run
 * holding a whole month raises exactly its volume; a run holding part of it raises those hours'
 * share). Immutable.
 */
record DeviceReplaySchedule(long interval, long[] at, long[] counts, int[] devices, double[] skews) {
    static final long HOUR = 3_600_000_000L;
    static final long DAY = 24 * HOUR;

    /** The schedule of an {@code intervalStart} series whose intervals are {@code interval} long. */
    static DeviceReplaySchedule byInterval(DeviceSeries s, long interval, double scale, long horizon, long maxDevices) {
        int n = s.rows();
        long[] at = new long[n];
        long[] counts = new long[n];
        int[] devices = new int[n];
        double[] skews = new double[n];
        double cumulative = 0;
        long given = 0;
        int k = 0;
        for (int i = 0; i < n && s.starts()[i] * interval < horizon; i++) {
            cumulative += s.counts()[i] * scale;
            long c = Math.round(cumulative) - given;
            given += c;
            if (c > 0) {
                at[k] = s.starts()[i];
                counts[k] = c;
                devices[k] = scaledDevices(s.devices()[i], scale, maxDevices);
                skews[k++] = s.skews()[i];
            }
        }
        return new DeviceReplaySchedule(interval, Arrays.copyOf(at, k), Arrays.copyOf(counts, k), Arrays.copyOf(devices, k),
                Arrays.copyOf(skews, k));
    }

    /** The hourly schedule of a monthly report's series over a run from {@code start} to {@code horizon}. */
    static DeviceReplaySchedule monthly(DeviceSeries s, LocalDate start, DailyProfile profile, double scale, long horizon, long maxDevices) {
        int hours = (int) Math.min(Integer.MAX_VALUE - 8, (horizon + HOUR - 1) / HOUR);
        long[] at = new long[hours];
        long[] counts = new long[at.length];
        int[] devices = new int[at.length];
        double[] skews = new double[at.length];
        int k = 0;
        YearMonth month = YearMonth.from(start);
        long monthStart = -DAY * (start.getDayOfMonth() - 1);
        while (monthStart < horizon) {
            int row = Arrays.binarySearch(s.starts(), month.getYear() * 12L + month.getMonthValue() - 1);
            int monthHours = 24 * month.lengthOfMonth();
            if (row >= 0 && s.counts()[row] > 0) {
                double perHour = s.counts()[row] * scale / monthHours; // the profile's weights average 1 over a day
                double cumulative = 0;
                long given = 0;
                for (int h = 0; h < monthHours; h++) {
                    cumulative += perHour * profile.weight(h % 24);
                    long c = Math.round(cumulative) - given;
                    given += c;
                    long t = monthStart + h * HOUR;
                    if (c > 0 && t >= 0 && t < horizon) {
                        at[k] = t / HOUR;
                        counts[k] = c;
                        devices[k] = scaledDevices(s.devices()[row], scale, maxDevices);
                        skews[k++] = s.skews()[row];
                    }
                }
            }
            monthStart += DAY * month.lengthOfMonth();
            month = month.plusMonths(1);
        }
        return new DeviceReplaySchedule(HOUR, Arrays.copyOf(at, k), Arrays.copyOf(counts, k), Arrays.copyOf(devices, k),
                Arrays.copyOf(skews, k));
    }

    private static int scaledDevices(long devices, double scale, long maxDevices) {
        return (int) Math.max(1, Math.min(Math.min(maxDevices, Integer.MAX_VALUE), Math.round(devices * scale)));
    }

    /** The most devices any interval names (sizes the source's share tree). */
    int maxDevices() {
        int m = 0;
        for (int d : devices) {
            m = Math.max(m, d);
        }
        return m;
    }

    /** The alerts of every interval. */
    long total() {
        long sum = 0;
        for (long c : counts) {
            sum += c;
        }
        return sum;
    }

    /**
     * The alerts each of {@code devices} devices raises out of {@code count}, rank 1 first: shares
     * proportional to {@code rank^-skew} (Zipf; 0: even), by cumulative rounding, so that they add up
     * to {@code count} exactly and each is within one of its share. Written into {@code out[1..devices]}.
     */
    static void shares(long count, int devices, double skew, long[] out) {
        double total = 0;
        for (int r = 1; r <= devices; r++) {
            total += weight(r, skew);
        }
        double cumulative = 0;
        long given = 0;
        for (int r = 1; r <= devices; r++) {
            cumulative += weight(r, skew);
            long upTo = r == devices ? count : Math.round(count * (cumulative / total));
            out[r] = upTo - given;
            given = upTo;
        }
    }

    private static double weight(int rank, double skew) {
        return skew == 0 ? 1 : Math.pow(rank, -skew);
    }
}
