package org.stormsim.throttle;

import org.stormsim.scenario.DccThrottling;

/**
 * One reading of how SECMP0067 cuts Users back once management is engaged: whether the next
 * non-exempt request of a cell of the threshold matrix may be admitted in the window, given what the
 * cell and the whole system have had admitted in it so far. MP67 [F]: "Users exceeding their
 * allocation are throttled down to their allocation or the operating threshold, whichever is
 * greater"; {@link WaterFilling} and {@link GreaterOfAllocationAndShare} are its two readings.
 * Counts are of requests in one measurement window. Kernel thread only; no allocation per request.
 */
interface CellLimits {
    /**
     * A window in which management is engaged needs its limits: {@code previousDemand[c]} is cell
     * {@code c}'s non-exempt demand in the window just before (all 0 when that window saw none).
     */
    void newWindow(long[] previousDemand);

    /**
     * Whether the next request of {@code cell} may be admitted while engaged, with {@code inCell} of the
     * cell's and {@code inWindow} of all non-exempt requests admitted in the window so far;
     * {@code last}: a Critical request under {@code critical: throttleLast}, refused only once the
     * window's admitted non-exempt requests have reached the operating threshold.
     */
    boolean admits(int cell, long inCell, long inWindow, boolean last);

    /** The reading {@code rule} over the cells' allocations and the operating threshold (requests per second), in windows of {@code seconds}. */
    static CellLimits of(DccThrottling.LimitRule rule, double[] allocationPerSecond, double thresholdPerSecond, double seconds) {
        return rule == DccThrottling.LimitRule.WATER_FILLING ? new WaterFilling(allocationPerSecond, thresholdPerSecond, seconds)
                : new GreaterOfAllocationAndShare(allocationPerSecond, thresholdPerSecond, seconds);
    }
}
