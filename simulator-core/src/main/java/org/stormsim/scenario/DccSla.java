package org.stormsim.scenario;

/**
 * Target Response Times per category and the Service Levels a Code Performance Measure is judged
 * against: the share of requests (or alerts) within target, against the Target and Minimum
 * Service Levels. Defaults and sources in docs/model.md.
 */
public record DccSla(
        @Default(value = "30s", source = "A") @Doc("on-demand Service Requests: RTT4 25 s plus a few seconds of DSP") SimDuration onDemand,
        @Default(value = "30s", source = "A") @Doc("future-dated requests, measured from their execution time") SimDuration futureDated,
        @Default(value = "30s", source = "A") @Doc("DCC-scheduled requests, measured from their execution time") SimDuration dccScheduled,
        @Default(value = "1h", source = "A") @Doc("Category 1 firmware payloads") SimDuration firmware,
        @Default(value = "60s", source = "S") @Doc("alerts, from the device to the User (DNOs need outage alerts within 60 s: OPSG 36x)") SimDuration alerts,
        @Default(value = "0.99", source = "S") @Doc("the Target Service Level (share within target)") double targetServiceLevel,
        @Default(value = "0.96", source = "S") @Doc("the Minimum Service Level") double minimumServiceLevel) implements Validated {

    @Override
    public void validate(Validation v) {
        String[] names = {"onDemand", "futureDated", "dccScheduled", "firmware", "alerts"};
        SimDuration[] targets = {onDemand, futureDated, dccScheduled, firmware, alerts};
        for (int i = 0; i < names.length; i++) {
            v.check(targets[i].micros() > 0, names[i], "allowed: a Target Response Time more than zero (no response takes no time)");
        }
        v.check(targetServiceLevel > 0 && targetServiceLevel <= 1, "targetServiceLevel", "allowed: a fraction more than 0, at most 1");
        v.check(minimumServiceLevel > 0 && minimumServiceLevel <= targetServiceLevel, "minimumServiceLevel",
                "allowed: a fraction more than 0 and at most the target (" + targetServiceLevel + ")");
    }

    /** The Target Response Time of a category, microseconds. */
    public long target(org.stormsim.catalogue.ServiceCategory c) {
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
