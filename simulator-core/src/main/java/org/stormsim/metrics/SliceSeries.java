package org.stormsim.metrics;

/**
 * The mean of an observation (a wait, an alert's latency) in each of equal slices of simulated time,
 * by the time the observed message arrived: the series from which the warm-up is detected (MSER-5).
 * Fixed size, so recording never allocates. Owned by one consumer thread.
 */
public final class SliceSeries implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Slices a run is cut into; MSER-5 batches them in fives. */
    public static final int SLICES = 500;

    private final long sliceMicros;
    private final double[] sums = new double[SLICES];
    private final long[] counts = new long[SLICES];

    public SliceSeries(long horizonMicros) {
        this.sliceMicros = Math.max(1, (horizonMicros + SLICES - 1) / SLICES);
    }

    /** Records observation {@code x} of a message that arrived at {@code t} (microseconds). */
    public void record(long t, double x) {
        int i = (int) Math.min(SLICES - 1, Math.max(0, t / sliceMicros));
        sums[i] += x;
        counts[i]++;
    }

    public long sliceMicros() {
        return sliceMicros;
    }

    public double sum(int slice) {
        return sums[slice];
    }

    public long count(int slice) {
        return counts[slice];
    }

    /** Equal when every slice holds the same sum and count (results are compared by value). */
    @Override
    public boolean equals(Object o) {
        return o instanceof SliceSeries other && sliceMicros == other.sliceMicros
                && java.util.Arrays.equals(sums, other.sums) && java.util.Arrays.equals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(sums) + java.util.Arrays.hashCode(counts);
    }
}
