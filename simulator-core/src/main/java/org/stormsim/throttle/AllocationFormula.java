package org.stormsim.throttle;

import org.stormsim.scenario.DccThrottling;

/**
 * How SECMP0067 shares the DSP's capacity among Users (the modification leaves the formula to a
 * threshold matrix not found in public sources, so it is pluggable). What is shared is the
 * {@code allocationBasis}: the operating threshold's requests (default) or the whole capacity.
 * {@code forecast} (default): each User's allocation is that basis times its share of all
 * forecasts, but at least {@code minimumAllocation}; a User without a forecast gets the floor.
 * {@code equal}: the basis split evenly, again with the floor. Forecasts and allocations are in requests per second; the
 * forecasts are those the DCC holds ({@link ForecastError}), NaN for a User without one.
 */
public interface AllocationFormula {
    /** Each User's allocation, requests per second, from the forecasts held ({@code NaN}: none), in User order. */
    double[] allocations(double[] forecasts, DccThrottling.ServiceRequestTrafficManagement config);

    static AllocationFormula of(DccThrottling.Allocation allocation) {
        return allocation == DccThrottling.Allocation.EQUAL ? AllocationFormula::equal : AllocationFormula::forecast;
    }

    private static double[] forecast(double[] forecasts, DccThrottling.ServiceRequestTrafficManagement c) {
        double total = 0;
        for (double f : forecasts) {
            total += Double.isNaN(f) ? 0 : f;
        }
        double[] out = new double[forecasts.length];
        for (int i = 0; i < out.length; i++) {
            double f = Double.isNaN(forecasts[i]) ? 0 : forecasts[i];
            out[i] = Math.max(c.minimumAllocation().perSecond(), total > 0 ? basis(c) * f / total : 0);
        }
        return out;
    }

    /** Requests per second the allocations share out. */
    static double basis(DccThrottling.ServiceRequestTrafficManagement c) {
        return c.allocationBasis() == DccThrottling.AllocationBasis.THRESHOLD ? c.capacity().perSecond() * c.operatingThreshold()
                : c.capacity().perSecond();
    }

    private static double[] equal(double[] forecasts, DccThrottling.ServiceRequestTrafficManagement c) {
        double[] out = new double[forecasts.length];
        java.util.Arrays.fill(out, Math.max(c.minimumAllocation().perSecond(), basis(c) / out.length));
        return out;
    }
}
