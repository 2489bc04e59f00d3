package org.stormsim.scenario;

import java.util.List;

/**
 * The traffic-management rules this simulator exists to evaluate: SECMP0062 alert storm protection
 * (northbound) and SECMP0067 per-User Service Request throttling. Both are off unless enabled.
 */
public record DccThrottling(
        @Default(value = "{}") @Doc("SECMP0062 alert storm protection") AlertStormProtection alertStormProtection,
        @Default(value = "{}") @Doc("SECMP0067 Service Request traffic management") ServiceRequestTrafficManagement serviceRequestTrafficManagement)
        implements java.io.Serializable {

    /** SECMP0062: per device (and code) at most {@code threshold} alerts in {@code window}, then one per {@code forwardOnePer}. */
    public record AlertStormProtection(
            @Default(value = "false") @Doc("whether protection is on") boolean enabled,
            @Default(value = "dsp", source = "F") @Doc("where it acts: dsp (as implemented) or csp (what-if, before the WAN)") Where at,
            @Default(value = "deviceAndCode", source = "F") @Doc("count per device and alert code, or per device") Key key,
            @Default(value = "1h") @Doc("the counting window") SimDuration window,
            @Default(value = "10") @Range(min = 1, unit = "alerts") @Doc("alerts with the same key in the window before protection starts") int threshold,
            @Default(value = "24h") @Doc("then one alert per period (more than zero) is forwarded, carrying the count it stands for") SimDuration forwardOnePer,
            @Default(value = "[8F75]", source = "F") @Doc("alert codes never throttled (the Traffic Management Mechanism list)") List<String> exempt)
            implements Validated, java.io.Serializable {
        @Override
        public void validate(Validation v) {
            v.check(window.micros() > 0, "window", "allowed: a window more than zero");
            v.check(forwardOnePer.micros() > 0, "forwardOnePer", "allowed: a period more than zero (0s would forward every alert, as if protection were off)");
            for (int i = 0; i < exempt.size(); i++) {
                v.check(org.stormsim.catalogue.AlertCatalogue.get().find(exempt.get(i)) != null, "exempt[" + i + "]", "unknown alert code"
                        + Suggest.didYouMean(exempt.get(i), org.stormsim.catalogue.AlertCatalogue.get().codes())
                        + "; allowed: a GBCS alert code such as 8F75 (see stormsim codes)");
            }
        }
    }

    /** Where storm protection acts. */
    public enum Where { DSP, CSP }

    /** What storm protection counts by. */
    public enum Key { DEVICE_AND_CODE, DEVICE }

    /**
     * SECMP0067: a DSP capacity shared among Users by allocation, per User and request category (the
     * threshold matrix), enforced while demand exceeds the operating threshold; docs/model.md gives
     * each field the sentence of MP67 or of the minutes it comes from.
     */
    public record ServiceRequestTrafficManagement(
            @Default(value = "false") @Doc("whether throttling is on") boolean enabled,
            @Default(value = "1500/s") @Doc("the maximum DSP capacity (finite: to stop throttling, set enabled: false)") Rate capacity,
            @Default(value = "0.9") @Doc("management engages while demand in a window exceeds this share of capacity") double operatingThreshold,
            @Default(value = "1s") @Doc("the measurement window") SimDuration window,
            @Default(value = "forecast") @Doc("each User's allocation: forecast (proportional to its forecast, with the floor) or equal") Allocation allocation,
            @Default(value = "threshold", source = "I")
            @Doc("what the allocations share out: threshold (the operating threshold's requests, so that the allocations together fit under "
                    + "it and a throttled system admits at most the threshold while no User within its allocation is refused) or capacity "
                    + "(the whole capacity, as before: within-allocation demand may then pass the threshold)") AllocationBasis allocationBasis,
            @Default(value = "2/s") @Doc("the floor of every User's allocation") Rate minimumAllocation,
            @Default(value = "[2.2, 1.5]") @Doc("DUIS variants never throttled (the list TABASC keeps)") List<String> exempt,
            @Default(value = "reject") @Doc("reject (the User retries per its policy) or defer (queued to the next window)") OnThrottle onThrottle,
            @Default(value = "waterFilling", source = "I")
            @Doc("how Users above their allocation are cut once engaged, two readings of MP67's \"throttled down to their allocation or the "
                    + "operating threshold, whichever is greater\": waterFilling (admitted demand brought back to the operating threshold by "
                    + "cutting only Users above their allocation, never below it) or greaterOfAllocationAndShare (each User held to the "
                    + "greater of its allocation and its share of the threshold)") LimitRule limitRule,
            @Default(value = "userAndCategory")
            @Doc("the threshold matrix (OPSG 25/10 asks for its formula, not found): a limit per User and request category "
                    + "(onDemand, futureDated, dccScheduled, firmware), or one per User") LimitBy limitBy,
            @Default(value = "mix")
            @Doc("how a User's allocation is split among its categories: mix (by the weights of its own mix) or even") CategorySplit categorySplit,
            @Default(value = "exempt")
            @Doc("DUIS Critical variants: exempt (never throttled, as if on the exempt list), throttleLast (cut only once admitted demand "
                    + "reaches the operating threshold) or asOthers") Critical critical,
            @Default(value = "0.1", source = "S")
            @Doc("the forecast error: a User's forecast is what it sends on average, the DCC allocates from forecast / (1 + e), so actual "
                    + "demand = forecast held x (1 + e); e uniform in [-forecastError, +forecastError], drawn per User and replication "
                    + "(OPSG 28: \"the required accuracy of forecasts, which is currently set at 10%\")")
            double forecastError,
            @Default(value = "1s", source = "S")
            @Doc("throttling longer than this is an operational risk (OPSG 25: \"Longer periods than the second or so anticipated could "
                    + "result in an operational risk\"): the summary gives the share of requests refused in episodes longer than it")
            SimDuration riskLimit)
            implements Validated, java.io.Serializable {
        @Override
        public void validate(Validation v) {
            v.check(operatingThreshold > 0 && operatingThreshold <= 1, "operatingThreshold", "allowed: a fraction more than 0, at most 1");
            v.check(minimumAllocation.perSecond() <= capacity.perSecond(), "minimumAllocation",
                    "allowed: at most the capacity (" + capacity + "): every User's allocation is at least this floor");
            v.check(window.micros() > 0, "window", "allowed: a window more than zero");
            v.check(forecastError >= 0 && forecastError < 1, "forecastError", "allowed: a fraction at least 0 and less than 1");
            v.check(riskLimit.micros() >= 0, "riskLimit", "allowed: a duration of at least zero");
            for (int i = 0; i < exempt.size(); i++) {
                v.check(org.stormsim.catalogue.ServiceRequestCatalogue.get().find(exempt.get(i)) != null, "exempt[" + i + "]", "unknown DUIS variant"
                        + Suggest.didYouMean(exempt.get(i), org.stormsim.catalogue.ServiceRequestCatalogue.get().variantIds())
                        + "; allowed: a variant such as 2.2 (see stormsim requests)");
            }
        }

        /** The same rule, on or off. */
        public ServiceRequestTrafficManagement withEnabled(boolean on) {
            return new ServiceRequestTrafficManagement(on, capacity, operatingThreshold, window, allocation, allocationBasis, minimumAllocation, exempt,
                    onThrottle, limitRule, limitBy, categorySplit, critical, forecastError, riskLimit);
        }

        /** The same rule with another capacity and floor (a scaled run). */
        public ServiceRequestTrafficManagement withRates(Rate newCapacity, Rate newMinimumAllocation) {
            return new ServiceRequestTrafficManagement(enabled, newCapacity, operatingThreshold, window, allocation, allocationBasis, newMinimumAllocation,
                    exempt, onThrottle, limitRule, limitBy, categorySplit, critical, forecastError, riskLimit);
        }
    }

    /** How a User above its allocation is cut once management is engaged (docs/model.md gives both readings). */
    public enum LimitRule { WATER_FILLING, GREATER_OF_ALLOCATION_AND_SHARE }

    /** What a limit is set for: each (User, request category) cell of the threshold matrix, or each User. */
    public enum LimitBy { USER_AND_CATEGORY, USER }

    /** How a User's allocation is split among the request categories. */
    public enum CategorySplit { MIX, EVEN }

    /** How DUIS Critical Service Requests are treated. */
    public enum Critical { EXEMPT, THROTTLE_LAST, AS_OTHERS }

    /** How allocations are computed. */
    public enum Allocation { FORECAST, EQUAL }

    /** What the allocations share out: the operating threshold's requests, or the whole capacity. */
    public enum AllocationBasis { THRESHOLD, CAPACITY }

    /** What happens to a throttled request. */
    public enum OnThrottle { REJECT, DEFER }
}
