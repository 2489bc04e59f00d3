package org.stormsim.throttle;

/**
 * The first reading of MP67's "throttled down to their allocation or the operating threshold,
 * whichever is greater" [F], stormsim's rule before the water-filling one: while engaged, a cell that
 * has had its limit admitted in the window has its further requests refused, its limit being the
 * greater of its allocation and its share of the operating threshold
 * ({@code threshold x allocation / sum of allocations}). With allocations that add up to the
 * capacity the share is never the greater term, so the limit is the allocation, and a throttled
 * system may still admit up to the whole capacity (more with the floors): the operating threshold
 * only decides when management engages. Kept as {@code limitRule: greaterOfAllocationAndShare}. Under
 * {@code critical: throttleLast} a Critical request over its limit passes while the window's admitted
 * requests are below the threshold. Kernel thread only.
 */
final class GreaterOfAllocationAndShare implements CellLimits {
    private final double[] limit;
    private final double thresholdPerWindow;

    /** Limits from the cells' allocations and the operating threshold, both per second, over windows of {@code seconds}. */
    GreaterOfAllocationAndShare(double[] allocationPerSecond, double thresholdPerSecond, double seconds) {
        this.thresholdPerWindow = thresholdPerSecond * seconds;
        double total = 0;
        for (double a : allocationPerSecond) {
            total += a;
        }
        this.limit = new double[allocationPerSecond.length];
        for (int c = 0; c < limit.length; c++) {
            limit[c] = Math.max(allocationPerSecond[c], thresholdPerSecond * allocationPerSecond[c] / total) * seconds;
        }
    }

    @Override
    public void newWindow(long[] previousDemand) {
        // the limits do not depend on demand
    }

    @Override
    public boolean admits(int cell, long inCell, long inWindow, boolean last) {
        return inCell < limit[cell] || last && inWindow < thresholdPerWindow;
    }

    /** Cell {@code cell}'s limit, requests per window. */
    double limit(int cell) {
        return limit[cell];
    }
}
