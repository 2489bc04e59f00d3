package org.stormsim.throttle;

import java.util.List;
import org.stormsim.scenario.DccThrottling;
import org.stormsim.scenario.DccUser;

/**
 * How SECMP0067 shares the DSP's capacity among Users (the modification leaves the formula to a
 * threshold matrix not found in public sources, so it is pluggable). {@code forecast} (default):
 * each User's allocation is the capacity times its share of all forecasts, but at least
 * {@code minimumAllocation}; a User without a forecast gets the floor. {@code equal}: the capacity
 * split evenly, again with the floor. Allocations are in requests per second.
 */
public interface AllocationFormula {
    /** Each User's allocation, requests per second, in the order of {@code users}. */
    double[] allocations(List<DccUser> users, DccThrottling.ServiceRequestTrafficManagement config);

    static AllocationFormula of(DccThrottling.Allocation allocation) {
        return allocation == DccThrottling.Allocation.EQUAL ? AllocationFormula::equal : AllocationFormula::forecast;
    }

    private static double[] forecast(List<DccUser> users, DccThrottling.ServiceRequestTrafficManagement c) {
        double total = 0;
        for (DccUser u : users) {
            total += u.forecast() == null ? 0 : u.forecast().perSecond();
        }
        double[] out = new double[users.size()];
        for (int i = 0; i < out.length; i++) {
            double f = users.get(i).forecast() == null ? 0 : users.get(i).forecast().perSecond();
            out[i] = Math.max(c.minimumAllocation().perSecond(), total > 0 ? c.capacity().perSecond() * f / total : 0);
        }
        return out;
    }

    private static double[] equal(List<DccUser> users, DccThrottling.ServiceRequestTrafficManagement c) {
        double[] out = new double[users.size()];
        java.util.Arrays.fill(out, Math.max(c.minimumAllocation().perSecond(), c.capacity().perSecond() / out.length));
        return out;
    }
}
