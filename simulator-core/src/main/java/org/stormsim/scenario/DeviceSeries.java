package org.stormsim.scenario;

/**
 * One device-keyed series of a replay: the alerts of one code that the devices of one type of one
 * device combination (a cohort of {@code population.cohorts}) raised in one region, row by row as
 * the file gives them. Each row holds the alerts ({@code counts}, at full scale), how many of the
 * combination's devices raised them ({@code devices}) and how unevenly ({@code skews}: a Zipf
 * exponent, 0 for an even share), for the period that starts at {@code starts}: an interval index
 * ({@code replay.interval} long) of an {@code intervalStart} trace, or a calendar month
 * ({@code year * 12 + month - 1}) of a monthly alert report ({@code monthly}). Rows are in order of
 * their start, one per start. Immutable once read (the arrays are never written after reading).
 */
public record DeviceSeries(int region, int code, String combination, String deviceType, boolean monthly,
                           long[] starts, long[] devices, long[] counts, double[] skews) implements java.io.Serializable {

    /** The number of rows. */
    public int rows() {
        return starts.length;
    }

    /** The alerts of every row, at full scale. */
    public long total() {
        long sum = 0;
        for (long c : counts) {
            sum += c;
        }
        return sum;
    }
}
