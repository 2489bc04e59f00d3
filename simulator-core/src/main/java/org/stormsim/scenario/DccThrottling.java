package org.stormsim.scenario;

import java.util.List;

/**
 * The traffic-management rules this simulator exists to evaluate: SECMP0062 alert storm protection
 * (northbound) and SECMP0067 per-User Service Request throttling. Both are off unless enabled.
 */
public record DccThrottling(
        @Default(value = "{}") @Doc("SECMP0062 alert storm protection") AlertStormProtection alertStormProtection,
        @Default(value = "{}") @Doc("SECMP0067 Service Request traffic management") ServiceRequestTrafficManagement serviceRequestTrafficManagement) {

    /** SECMP0062: per device (and code) at most {@code threshold} alerts in {@code window}, then one per {@code forwardOnePer}. */
    public record AlertStormProtection(
            @Default(value = "false") @Doc("whether protection is on") boolean enabled,
            @Default(value = "dsp", source = "F") @Doc("where it acts: dsp (as implemented) or csp (what-if, before the WAN)") Where at,
            @Default(value = "deviceAndCode", source = "F") @Doc("count per device and alert code, or per device") Key key,
            @Default(value = "1h") @Doc("the counting window") SimDuration window,
            @Default(value = "10") @Range(min = 1, unit = "alerts") @Doc("alerts with the same key in the window before protection starts") int threshold,
            @Default(value = "24h") @Doc("then one alert per period (more than zero) is forwarded, carrying the count it stands for") SimDuration forwardOnePer,
            @Default(value = "[8F75]", source = "F") @Doc("alert codes never throttled (the Traffic Management Mechanism list)") List<String> exempt)
            implements Validated {
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

    /** SECMP0067: a DSP capacity shared among Users by allocation, enforced while demand exceeds the operating threshold. */
    public record ServiceRequestTrafficManagement(
            @Default(value = "false") @Doc("whether throttling is on") boolean enabled,
            @Default(value = "1500/s") @Doc("the maximum DSP capacity (finite: to stop throttling, set enabled: false)") Rate capacity,
            @Default(value = "0.9") @Doc("management engages while demand in a window exceeds this share of capacity") double operatingThreshold,
            @Default(value = "1s") @Doc("the measurement window") SimDuration window,
            @Default(value = "forecast") @Doc("each User's allocation: forecast (proportional to its forecast, with the floor) or equal") Allocation allocation,
            @Default(value = "2/s") @Doc("the floor of every User's allocation") Rate minimumAllocation,
            @Default(value = "[2.2, 1.5]") @Doc("DUIS variants never throttled (the list TABASC keeps)") List<String> exempt,
            @Default(value = "reject") @Doc("reject (the User retries per its policy) or defer (queued to the next window)") OnThrottle onThrottle)
            implements Validated {
        @Override
        public void validate(Validation v) {
            v.check(operatingThreshold > 0 && operatingThreshold <= 1, "operatingThreshold", "allowed: a fraction more than 0, at most 1");
            v.check(minimumAllocation.perSecond() <= capacity.perSecond(), "minimumAllocation",
                    "allowed: at most the capacity (" + capacity + "): every User's allocation is at least this floor");
            v.check(window.micros() > 0, "window", "allowed: a window more than zero");
            for (int i = 0; i < exempt.size(); i++) {
                v.check(org.stormsim.catalogue.ServiceRequestCatalogue.get().find(exempt.get(i)) != null, "exempt[" + i + "]", "unknown DUIS variant"
                        + Suggest.didYouMean(exempt.get(i), org.stormsim.catalogue.ServiceRequestCatalogue.get().variantIds())
                        + "; allowed: a variant such as 2.2 (see stormsim requests)");
            }
        }
    }

    /** How allocations are computed. */
    public enum Allocation { FORECAST, EQUAL }

    /** What happens to a throttled request. */
    public enum OnThrottle { REJECT, DEFER }
}
