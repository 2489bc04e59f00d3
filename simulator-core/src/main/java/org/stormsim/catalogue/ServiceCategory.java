package org.stormsim.catalogue;

/**
 * The Service Level categories a Target Response Time is set for: Service Requests on demand,
 * future-dated and DCC-scheduled, firmware payloads (Category 1 firmware, which drives CPM1), and
 * alerts (Device and DCC alerts delivered to Users).
 */
public enum ServiceCategory {
    ON_DEMAND, FUTURE_DATED, DCC_SCHEDULED, FIRMWARE, ALERTS;

    /** The name used in scenario files and summary.json (lower camel case). */
    public String key() {
        switch (this) {
            case ON_DEMAND:
                return "onDemand";
            case FUTURE_DATED:
                return "futureDated";
            case DCC_SCHEDULED:
                return "dccScheduled";
            case FIRMWARE:
                return "firmware";
            default:
                return "alerts";
        }
    }
}
