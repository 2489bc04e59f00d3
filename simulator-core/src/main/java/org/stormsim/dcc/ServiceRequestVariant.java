package org.stormsim.dcc;

import java.util.Set;

/**
 * One DUIS Service Reference Variant (e.g. {@code 4.1.1}) with its catalogue flags ([F] DUIS, via the
 * duis-parser request matrix): Critical, On Demand, the future-dated response pattern, DCC Scheduled,
 * Non-Device, and the User roles eligible to send it. {@link #defaultCategory()} is the Service Level
 * category a request of this variant falls in unless the scenario says otherwise.
 */
public record ServiceRequestVariant(int index, String variant, String serviceReference, String name,
                                    boolean critical, boolean onDemand, String futureDatedPattern,
                                    boolean dccScheduled, boolean nonDevice, Set<String> eligibleRoles) {
    /** The firmware distribution variant, measured under its own Target Response Time. */
    public static final String UPDATE_FIRMWARE = "11.1";

    public boolean mayBeFutureDated() {
        return !futureDatedPattern.equalsIgnoreCase("No") && !futureDatedPattern.isEmpty();
    }

    /** firmware for 11.1; else onDemand when on-demand; else dccScheduled, futureDated, or nonDevice by the flags. */
    public ServiceCategory defaultCategory() {
        if (variant.equals(UPDATE_FIRMWARE)) {
            return ServiceCategory.FIRMWARE;
        }
        if (onDemand) {
            return ServiceCategory.ON_DEMAND;
        }
        if (dccScheduled) {
            return ServiceCategory.DCC_SCHEDULED;
        }
        if (mayBeFutureDated()) {
            return ServiceCategory.FUTURE_DATED;
        }
        return ServiceCategory.ON_DEMAND;
    }

    /** Whether a request of this variant may be sent in {@code category}. */
    public boolean allows(ServiceCategory category) {
        switch (category) {
            case FIRMWARE:
                return variant.equals(UPDATE_FIRMWARE);
            case ON_DEMAND:
                return onDemand;
            case FUTURE_DATED:
                return mayBeFutureDated();
            case DCC_SCHEDULED:
                return dccScheduled;
            default:
                return false;
        }
    }
}
