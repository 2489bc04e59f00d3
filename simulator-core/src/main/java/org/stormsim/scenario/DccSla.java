package org.stormsim.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.stormsim.catalogue.ServiceCategory;

/**
 * Target Response Times of the built-in Service Level measures and the Service Levels a measure is
 * judged against over a calendar month ([F] PMM p8): the share of messages within target against the
 * Target and Minimum Service Levels. The DCC's measures stop where the DCC hands a message to the
 * User (docs/model.md, "Where a Service Level is measured"); further measures between any two points
 * of a path are added with {@code measures}. The SEC's Service Level numbers and most Target Response
 * Times were not found in public sources: they are assumptions [A], tagged so.
 */
public record DccSla(
        @Default(value = "30s", source = "A") @Doc("on-demand Service Requests, from submission to the response at the DCC's interface "
                + "(RTT4 25 s plus a few seconds of DSP)") SimDuration onDemand,
        @Default(value = "30s", source = "A") @Doc("future-dated requests, measured from their execution time") SimDuration futureDated,
        @Default(value = "30s", source = "A") @Doc("DCC-scheduled requests, measured from their execution time") SimDuration dccScheduled,
        @Default(value = "1h", source = "A") @Doc("Category 1 firmware payloads (PM2), from the job's submission to its completion") SimDuration firmware,
        @Default(value = "60s", source = "A") @Doc("alerts, from the DSP's receipt (from the CSP) to the hand-off at the User's interface "
                + "(the DCC's part; the User's own intake is reported beside)") SimDuration alerts,
        @Default(value = "60s", source = "S") @Doc("power outage alerts (AD1) to Electricity Distributors, from the power loss: \"a SEC "
                + "requirement for alerts to be sent within 60 seconds of a power outage\" (OPSG 36x)") SimDuration powerOutage,
        @Default(value = "60s", source = "A") @Doc("PM12.1 and PM12.2, the CSP's part of a power outage alert: from its raise by the CSP to "
                + "the DSP's receipt") SimDuration powerOutageCsp,
        @Default(value = "50", source = "F") @Range(min = 1, unit = "hubs")
        @Doc("at most this many hubs losing power in one 3-minute window (aligned to 00:00) is an isolated outage (PM12.1), more a "
                + "mass outage (PM12.2): PMM p23") int isolatedOutageHubs,
        @Default(value = "25s", source = "F") @Doc("RTT4: a CSP test command's round trip, WAN gateway to hub and back (CPM1; PMM p9)") SimDuration rtt4,
        @Default(value = "2h", source = "F") @Doc("RTT3: the same round trip's longer target (CPM2; PMM p9)") SimDuration rtt3,
        @Default(value = "22h", source = "F") @Doc("RTT2: its longest target (CPM2; PMM p9)") SimDuration rtt2,
        @Default(value = "0.99", source = "A") @Doc("the Target Service Level (share within target over a calendar month; SEC H13 value not "
                + "found)") double targetServiceLevel,
        @Default(value = "0.96", source = "A") @Doc("the Minimum Service Level (SEC H13 value not found)") double minimumServiceLevel,
        @Default(value = "[]") @Doc("further measures: {id, from, to, trt, codes, categories, roles} (docs/model.md)") List<DccMeasure> measures)
        implements Validated, java.io.Serializable {

    /** The ids of the built-in measures, which a further measure may not take. */
    public static final List<String> BUILT_IN = List.of("alerts", "alertsEndToEnd", "alertsUserShare", "dnoPowerOutage", "powerOutageAlerts",
            "PM12.1", "PM12.2", "onDemand", "futureDated", "dccScheduled", "firmware", "firmwareAsReported", "rtt4", "rtt3", "rtt2",
            "onDemandAllRequests", "futureDatedAllRequests", "dccScheduledAllRequests", "firmwareAllRequests");

    @Override
    public void validate(Validation v) {
        String[] names = {"onDemand", "futureDated", "dccScheduled", "firmware", "alerts", "powerOutage", "powerOutageCsp", "rtt4", "rtt3",
            "rtt2"};
        SimDuration[] targets = {onDemand, futureDated, dccScheduled, firmware, alerts, powerOutage, powerOutageCsp, rtt4, rtt3, rtt2};
        for (int i = 0; i < names.length; i++) {
            v.check(targets[i].micros() > 0, names[i], "allowed: a Target Response Time more than zero (no response takes no time)");
        }
        v.check(targetServiceLevel > 0 && targetServiceLevel <= 1, "targetServiceLevel", "allowed: a fraction more than 0, at most 1");
        v.check(minimumServiceLevel > 0 && minimumServiceLevel <= targetServiceLevel, "minimumServiceLevel",
                "allowed: a fraction more than 0 and at most the target (" + targetServiceLevel + ")");
        Set<String> ids = new HashSet<>(BUILT_IN);
        for (int i = 0; i < measures.size(); i++) {
            v.check(ids.add(measures.get(i).id()), "measures[" + i + "].id", "the id '" + measures.get(i).id() + "' is taken"
                    + (BUILT_IN.contains(measures.get(i).id()) ? " by a built-in measure" : " by another measure") + "; allowed: a new id");
        }
    }

    /** The Target Response Time of a category, microseconds. */
    public long target(ServiceCategory c) {
        switch (c) {
            case ON_DEMAND:
                return onDemand.micros();
            case FUTURE_DATED:
                return futureDated.micros();
            case DCC_SCHEDULED:
                return dccScheduled.micros();
            case FIRMWARE:
                return firmware.micros();
            default:
                return alerts.micros();
        }
    }
}
