package org.stormsim.scenario;

import java.util.Map;
import org.stormsim.engine.Distribution;

/**
 * The path between devices and the DSP: the HAN and hub latency, the device's own processing of a
 * Service Request, and per region the WAN (uplink shared by alerts and SR responses, downlink),
 * the CSP transit and the firmware download channels. Regions left out take the defaults.
 */
public record DccNetwork(
        @Default(value = "lognormal(1s, 0.5s)") @Doc("HAN plus Communications Hub latency, each way") org.stormsim.engine.Distribution hanLatency,
        @Default(value = "lognormal(2s, 1s)") @Doc("a device's processing of a Service Request") Distribution deviceProcessing,
        @Default(value = "{}") @Doc("the WAN and CSP of each region N, C, S") Map<String, Region> regions) implements Validated {

    @Override
    public void validate(Validation v) {
        for (String r : regions.keySet()) {
            v.check(DccScenario.REGIONS.contains(r), "regions." + r, "unknown region; allowed: N, C, S");
        }
    }

    /** The settings of region {@code r} (defaults when the file has none). */
    public Region region(String r) {
        Region given = regions.get(r);
        return given != null ? given : Region.DEFAULT;
    }

    /** One region's WAN, CSP and firmware channels. */
    public record Region(
            @Default(value = "64") @Range(min = 1, unit = "channels") @Doc("uplink channels (servers), shared by alerts and SR responses") int uplinkChannels,
            @Default(value = "exponential(100ms)") @Doc("uplink time of one alert") Distribution uplinkAlertService,
            @Default(value = "exponential(150ms)") @Doc("uplink time of one SR response") Distribution uplinkResponseService,
            @Default(value = "false", source = "S")
            @Doc("whether alerts go before SR responses on the uplink (CSP N does not prioritise: OPSG 28)") boolean prioritiseAlerts,
            @Default(value = "unbounded") @Doc("most messages waiting or in service on the uplink; beyond are lost") Capacity uplinkCapacity,
            @Default(value = "64") @Range(min = 1, unit = "channels") @Doc("downlink channels (servers) for Service Requests") int downlinkChannels,
            @Default(value = "exponential(150ms)") @Doc("downlink time of one Service Request") Distribution downlinkService,
            @Default(value = "lognormal(2s, 1s)") @Doc("CSP transit between the WAN and the DSP, each way") Distribution cspLatency,
            @Default(value = "400", source = "S") @Range(min = 0, unit = "channels")
            @Doc("firmware download channels (CSP N has 400: OPSG 36x); 0 means none: every firmware job is cancelled, counted as "
                    + "cancelledChannelsFull") int firmwareChannels,
            @Default(value = "lognormal(30min, 15min)") @Doc("how long a firmware download holds a channel") Distribution firmwareDownload)
            implements Validated {

        @Override
        public void validate(Validation v) {
            v.check(uplinkCapacity.limit() >= uplinkChannels, "uplinkCapacity",
                    "allowed: unbounded, or at least uplinkChannels (" + uplinkChannels + "): the capacity counts messages in service too");
        }

        static final Region DEFAULT = defaults();

        private static Region defaults() {
            Binder b = ScenarioLoader.binder();
            Object r = b.value(new Node.MapNode(new Location("(default)", 0, 0)), Region.class, "network.regions.default");
            if (r == null) {
                throw new IllegalStateException("the region defaults do not bind: " + b.problems());
            }
            return (Region) r;
        }
    }
}
