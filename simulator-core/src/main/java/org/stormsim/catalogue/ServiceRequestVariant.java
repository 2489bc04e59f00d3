package org.stormsim.catalogue;

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
    /** Firmware for the PPMID, distributed the same way. */
    public static final String UPDATE_PPMID_FIRMWARE = "11.4";

    /** Whether this variant distributes a firmware image (it takes a firmware download channel). */
    public boolean isFirmware() {
        return variant.equals(UPDATE_FIRMWARE) || variant.equals(UPDATE_PPMID_FIRMWARE);
    }

    public boolean mayBeFutureDated() {
        return !futureDatedPattern.equalsIgnoreCase("No") && !futureDatedPattern.isEmpty();
    }

    /**
     * firmware for 11.1 and 11.4; else onDemand when on-demand; else dccScheduled or futureDated by the
     * flags; the few variants that are none of these (DSP-only reads of the inventory and the like)
     * are measured as onDemand.
     */
    public ServiceCategory defaultCategory() {
        if (isFirmware()) {
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
                return isFirmware();
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
