package org.stormsim.dcc;

import java.util.HashMap;
import java.util.Map;

/**
 * The numbering of SECMP0062's per-device state: per (source, device) when protection counts per
 * device and code, per (cohort, region, device type, device) when it counts per device, so that one
 * ESME's codes share a count (replay and migration devices count per source either way). Numbered
 * once from the model's sources, in source order. Immutable.
 */
final class ProtectionSlots {
    private final long[] perCodeBase;
    private final long[] perDeviceBase;
    private final long perCodeCount;
    private final long perDeviceCount;

    ProtectionSlots(PoissonSource[] sources) {
        perCodeBase = new long[sources.length];
        perDeviceBase = new long[sources.length];
        long perCode = 0;
        long perDevice = 0;
        Map<String, Long> groups = new HashMap<>();
        for (PoissonSource p : sources) {
            if (p instanceof AlertSource s) {
                perCodeBase[s.index] = perCode;
                perCode += s.maxDevices();
                Long base = groups.get(s.deviceGroup());
                if (base == null) {
                    base = perDevice;
                    groups.put(s.deviceGroup(), base);
                    perDevice += s.maxDevices();
                }
                perDeviceBase[s.index] = base;
            }
        }
        perCodeCount = perCode;
        perDeviceCount = perDevice;
    }

    /** The slot of device {@code device} of source {@code source}; -1 for an alert no source raised ({@code source} below 0). */
    long slot(int source, int device, boolean perCode) {
        if (source < 0) {
            return -1;
        }
        return (perCode ? perCodeBase[source] : perDeviceBase[source]) + device;
    }

    /** How many slots the run needs, per device and code or per device. */
    long count(boolean perCode) {
        return perCode ? perCodeCount : perDeviceCount;
    }
}
