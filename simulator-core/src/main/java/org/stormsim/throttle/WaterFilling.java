package org.stormsim.throttle;

/**
 * The water-filling reading of MP67's "Users exceeding their allocation are throttled down to their
 * allocation or the operating threshold, whichever is greater" [F], stormsim's default
 * ({@code limitRule: waterFilling}): once engaged, admitted demand is brought back to the operating
 * threshold by cutting only Users above their allocation, and never below it. In a window's whole
 * requests, with {@code A} a cell's allocation (rounded up) and {@code T} the operating threshold
 * (rounded up):
 * <ul>
 *   <li>a request of a cell that has had fewer than {@code A} admitted in the window is always
 *       admitted (a User at or below its allocation is never refused);</li>
 *   <li>any other request is admitted only while the window's admitted non-exempt requests are fewer
 *       than {@code T}, and while its cell has had fewer than its limit: {@code A} plus its share of the
 *       headroom {@code T - sum of min(demand, A)}, shared among the cells above their allocation by
 *       water-filling (each gets {@code min(its excess demand, L)}, the level {@code L} the largest that
 *       the headroom fills, the requests left over one each to the first cells still above it).</li>
 * </ul>
 * Requests arrive one by one, so the demand the shares are computed from is the previous window's
 * (management engages from a window's start when the previous window's demand exceeded the threshold,
 * so that window measured the demand being cut); when that window's demand was within the headroom
 * there is no level and only the threshold cuts. With the same demand in consecutive windows every
 * cell gets exactly its water-filling share and the window admits at most {@code T}; when demand
 * within allocations grows from one window to the next, the window admits up to that growth more.
 * No allocation per request: the limits are computed once per engaged window, by bisection on the
 * level. Kernel thread only.
 */
final class WaterFilling implements CellLimits {
    private final long[] allocation;
    private final long threshold;
    private final long[] limit;
    private final long[] excess;

    /** Limits from the cells' allocations and the operating threshold, both per second, over windows of {@code seconds}. */
    WaterFilling(double[] allocationPerSecond, double thresholdPerSecond, double seconds) {
        this.allocation = new long[allocationPerSecond.length];
        for (int c = 0; c < allocation.length; c++) {
            allocation[c] = (long) Math.ceil(allocationPerSecond[c] * seconds);
        }
        this.threshold = (long) Math.ceil(thresholdPerSecond * seconds);
        this.limit = new long[allocation.length];
        this.excess = new long[allocation.length];
    }

    @Override
    public void newWindow(long[] previousDemand) {
        long within = 0;
        long excessTotal = 0;
        long most = 0;
        for (int c = 0; c < allocation.length; c++) {
            long d = previousDemand[c];
            long w = Math.min(d, allocation[c]);
            within += w;
            excess[c] = d - w;
            excessTotal += d - w;
            most = Math.max(most, d - w);
        }
        long headroom = threshold - within;
        if (headroom <= 0) {
            System.arraycopy(allocation, 0, limit, 0, limit.length); // every cell above its allocation is cut to it
            return;
        }
        if (excessTotal <= headroom) {
            java.util.Arrays.fill(limit, Long.MAX_VALUE); // the headroom holds all the excess: no level, only the threshold cuts
            return;
        }
        long level = level(headroom, most);
        long left = headroom - filled(level);
        for (int c = 0; c < limit.length; c++) {
            long share = Math.min(excess[c], level);
            if (excess[c] > level && left > 0) {
                share++;
                left--;
            }
            limit[c] = allocation[c] + share;
        }
    }

    /** The largest level whose water fills at most {@code headroom}; {@code filled(most)} is more than it. */
    private long level(long headroom, long most) {
        long lo = 0;
        long hi = most;
        while (hi - lo > 1) {
            long mid = (lo + hi) >>> 1;
            if (filled(mid) <= headroom) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private long filled(long level) {
        long sum = 0;
        for (long e : excess) {
            sum += Math.min(e, level);
        }
        return sum;
    }

    @Override
    public boolean admits(int cell, long inCell, long inWindow, boolean last) {
        return inCell < allocation[cell] || inWindow < threshold && (last || inCell < limit[cell]);
    }

    /** Cell {@code cell}'s limit in the window (requests; {@code Long.MAX_VALUE}: none but the threshold), after {@link #newWindow}. */
    long limit(int cell) {
        return limit[cell];
    }
}
