package org.stormsim.scenario;

import java.util.List;
import java.util.Map;
import org.stormsim.catalogue.AlertCatalogue;

/**
 * The installed base: Communications Hubs per region, split into cohorts. A cohort is a Device Model
 * Combination with a behaviour: its share of every region's hubs, its responsible Supplier and
 * Network Operator, the devices each hub serves, and its alert processes per GBCS alert code.
 */
public record DccPopulation(
        @Default(value = "1.0", source = "A")
        @Doc("scales volumes and capacities together: hubs, absolute Service Request rates and forecasts, outage and migration sizes, WAN, lane,"
                + " firmware and intake capacity, SECMP0067 capacity (a smaller run of a full-scale scenario at the same utilisations)") double scale,
        @Doc("Communications Hubs per region, e.g. {N: 1300000, C: 1350000, S: 1350000}; at least one region; 0 to 100,000,000 hubs a region "
                + "after scaling") Map<String, Long> regions,
        @Doc("cohorts of hubs with their devices and alert behaviour; [] means none: no hub raises alerts and a ratePerHub sends nothing (an "
                + "absolute rate still does)") List<Cohort> cohorts) implements Validated, java.io.Serializable {

    @Override
    public void validate(Validation v) {
        v.check(scale > 0 && scale <= 100, "scale", "allowed: a number more than 0 and at most 100");
        v.check(!regions.isEmpty(), "regions", "allowed: the hubs of at least one region, e.g. {N: 1300000, C: 1350000, S: 1350000}");
        for (Map.Entry<String, Long> e : regions.entrySet()) {
            if (!DccScenario.REGIONS.contains(e.getKey())) {
                v.problem("regions." + e.getKey(), "unknown region '" + e.getKey() + "'; allowed: N, C, S");
            }
            if (v.check(e.getValue() >= 0, "regions." + e.getKey(), "allowed: a number of hubs of 0 or more")) {
                v.check(e.getValue() * Math.min(1, scale) <= MAX_HUBS && hubs(e.getKey()) <= MAX_HUBS, "regions." + e.getKey(),
                        "allowed: at most " + MAX_HUBS + " hubs in a region, after population.scale (GB has some 30 million meters;"
                                + " hubs are numbered in 32 bits)");
            }
        }
    }

    /** The most hubs a region may hold, after scaling: with migrations, every hub of a region is numbered in 32 bits. */
    public static final long MAX_HUBS = 100_000_000;

    /** Hubs in region {@code r} after scaling. */
    public long hubs(String r) {
        return Math.round(regions.getOrDefault(r, 0L) * scale);
    }

    /** A cohort of hubs with the same devices and behaviour. */
    public record Cohort(
            @Doc("the cohort's unique id") String id,
            @Doc("the fraction of each region's hubs in this cohort, 0 to 1") double share,
            @Default(value = "[N, C, S]") @Doc("the regions the cohort is in, at least one") List<String> regions,
            @Doc("the id of the responsible Supplier (a User)") String supplier,
            @Optional @Doc("the id of the Network Operator (a User) that receives outage alerts") String networkOperator,
            @Default(value = "{}")
            @Doc("devices per hub by type: ESME, GSME, GPF, IHD, PPMID, HCALCS, CHF, each 0 to 100; default ESME 1, GSME 1, GPF 1, IHD 1, CHF 1")
            Map<String, Double> devicesPerHub,
            @Default(value = "[]") @Doc("alert processes: one per GBCS alert code") List<AlertProcess> alerts) implements Validated, java.io.Serializable {

        public static final List<String> DEVICE_TYPES = List.of("ESME", "GSME", "GPF", "IHD", "PPMID", "HCALCS", "CHF");
        /** The most devices of one type a hub serves (a home has a handful). */
        public static final double MAX_DEVICES_PER_HUB = 100;
        private static final Map<String, Double> DEFAULT_DEVICES = Map.of("ESME", 1.0, "GSME", 1.0, "GPF", 1.0, "IHD", 1.0, "CHF", 1.0);

        @Override
        public void validate(Validation v) {
            v.check(!id.isBlank(), "id", "allowed: a non-empty id");
            v.check(share >= 0 && share <= 1, "share", "allowed: a fraction from 0 to 1");
            v.check(!regions.isEmpty(), "regions", "allowed: at least one of N, C, S; a cohort in no region has no hubs");
            for (int i = 0; i < regions.size(); i++) {
                v.check(DccScenario.REGIONS.contains(regions.get(i)), "regions[" + i + "]", "unknown region; allowed: N, C, S");
            }
            for (Map.Entry<String, Double> e : devicesPerHub.entrySet()) {
                v.check(DEVICE_TYPES.contains(e.getKey()), "devicesPerHub." + e.getKey(),
                        "unknown device type; allowed: " + String.join(", ", DEVICE_TYPES));
                v.check(e.getValue() >= 0 && e.getValue() <= MAX_DEVICES_PER_HUB, "devicesPerHub." + e.getKey(),
                        "allowed: 0 to " + (int) MAX_DEVICES_PER_HUB + " devices per hub");
            }
        }

        public boolean inRegion(String r) {
            return regions.contains(r);
        }

        /** Devices of {@code type} per hub (the defaults when the file gives none). */
        public double devices(String type) {
            Map<String, Double> m = devicesPerHub.isEmpty() ? DEFAULT_DEVICES : devicesPerHub;
            return m.getOrDefault(type, 0.0);
        }
    }

    /** One alert code raised by one device type of a cohort, at a rate per device with a daily profile. */
    public record AlertProcess(
            @Doc("the GBCS alert code, e.g. 8F3E") String code,
            @Default(value = "ESME") @Doc("the device type that raises it: ESME, GSME, GPF, IHD, PPMID, HCALCS, CHF") String device,
            @Doc("alerts per device per unit of time, e.g. 12/d") Rate ratePerDevice,
            @Default(value = "flat") @Doc("the daily profile: flat, domestic, or 24 hourly weights") DailyProfile profile,
            @Default(value = "0s") @Doc("when the process starts alerting") SimDuration start,
            @Optional
            @Doc("who receives it: supplier or networkOperator (default: networkOperator for outage and restoration codes, else supplier)") Recipient recipient)
            implements Validated, java.io.Serializable {
        @Override
        public void validate(Validation v) {
            v.check(AlertCatalogue.get().find(code) != null, "code", "unknown alert code" + Suggest.didYouMean(code, AlertCatalogue.get().codes())
                    + "; allowed: a GBCS alert code such as 8F3E (see stormsim codes)");
            v.check(Cohort.DEVICE_TYPES.contains(device), "device", "unknown device type; allowed: " + String.join(", ", Cohort.DEVICE_TYPES));
        }
    }

    /** Who an alert is delivered to. */
    public enum Recipient { SUPPLIER, NETWORK_OPERATOR }
}
