package org.stormsim.scenario;

import java.util.List;
import org.stormsim.catalogue.AlertCatalogue;
import org.stormsim.catalogue.ServiceCategory;

/**
 * A Service Level measure a scenario adds to the built-in ones: the share of messages whose time
 * from one point of their path to another is within a Target Response Time, per region and over
 * the whole run, each day and each calendar month. Alerts are measured per delivery to a User,
 * Service Requests per attempt; filters narrow what counts. Every measure states what it leaves out
 * and how many (summary.json's {@code excluded}).
 */
public record DccMeasure(
        @Doc("a short id, used in metric paths (sla.measures.ID.all.achieved)") String id,
        @Doc("from where the time runs: a point of an alert's path (raised, powerLost, cspReceived, dspReceived, handedOver, takenIn) "
                + "or of a Service Request's (firstSubmitted, submitted, executed, responded)") MeasurePoint from,
        @Doc("to where: a later point of the same path") MeasurePoint to,
        @Doc("the Target Response Time") SimDuration trt,
        @Default("[]") @Doc("alert codes counted (alerts; [] every code)") List<String> codes,
        @Default("[]") @Doc("request categories counted (requests: onDemand, futureDated, dccScheduled, firmware; [] every category)")
        List<String> categories,
        @Default("[]") @Doc("roles of the Users counted: the receiving User of an alert, the sending User of a request ([] every role)")
        List<DccUser.Role> roles) implements Validated, java.io.Serializable {

    @Override
    public void validate(Validation v) {
        v.check(id.matches("[A-Za-z][A-Za-z0-9_.-]*"), "id", "allowed: a name of letters, digits, '_', '-' and '.', starting with a letter");
        v.check(trt.micros() > 0, "trt", "allowed: a Target Response Time more than zero");
        if (!v.check(from.ofAlerts() == to.ofAlerts(), "to", "from and to must be points of the same path (both an alert's or both a "
                + "request's)")) {
            return;
        }
        v.check(to.ordinal() > from.ordinal() && !(from == MeasurePoint.FIRST_SUBMITTED && to == MeasurePoint.SUBMITTED),
                "to", "allowed: a point after '" + Scalars.enumName(from) + "' on the path");
        v.check(from != MeasurePoint.POWER_LOST || codes.isEmpty() || codes.stream().allMatch(c -> c.equalsIgnoreCase("AD1")), "codes",
                "powerLost is a point of power outage alerts (AD1) only");
        for (int i = 0; i < codes.size(); i++) {
            v.check(from.ofAlerts(), "codes", "alert codes filter alerts; this measure is of requests");
            v.check(AlertCatalogue.get().find(codes.get(i)) != null, "codes[" + i + "]", "unknown alert code; allowed: a GBCS alert code "
                    + "such as 8F3E, or AD1 (see stormsim codes)");
        }
        for (int i = 0; i < categories.size(); i++) {
            v.check(!from.ofAlerts(), "categories", "request categories filter requests; this measure is of alerts");
            v.check(category(categories.get(i)) != null, "categories[" + i + "]", "allowed: onDemand, futureDated, dccScheduled, firmware");
        }
    }

    /** The category named {@code key} (onDemand, futureDated, dccScheduled, firmware), or null. */
    public static ServiceCategory category(String key) {
        for (ServiceCategory c : ServiceCategory.values()) {
            if (c != ServiceCategory.ALERTS && c.key().equals(key)) {
                return c;
            }
        }
        return null;
    }
}
