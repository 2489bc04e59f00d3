package org.stormsim.scenario;

import java.util.Map;
import org.stormsim.engine.Distribution;

/**
 * The path between devices and the DSP: the HAN and hub latency, the device's own processing of a
 * Service Request, and per region the WAN (uplink shared by alerts and SR responses, downlink),
 * the CSP transit and the firmware download channels. Regions left out take the defaults.
 */
public record DccNetwork(
        @Default(value = "lognormal(1s, 0.5s)") @Doc("HAN plus Communications Hub latency, each way") Distribution hanLatency,
        @Default(value = "lognormal(2s, 1s)") @Doc("a device's processing of a Service Request") Distribution deviceProcessing,
        @Default(value = "0.5", source = "F")
        @Doc("CSP test commands per commissioned hub per month, spread evenly over the days (PMM p9: \"on average >= 0.5\"): their round "
                + "trip, WAN gateway to hub and back, is what RTT2-4 measure; 0: none") double testCommandsPerHubPerMonth,
        @Default(value = "{}") @Doc("the WAN and CSP of each region N, C, S") Map<String, Region> regions,
        @Default(value = "{}")
        @Doc("the SMETS1 path: the SMETS1 WAN and the SMETS1 Service Provider (S1SP) that migrated SMETS1 installations' alerts and the "
                + "migrations themselves pass, instead of a Communications Hub, a CSP uplink and a CSP (built only for a scenario with a "
                + "migration event)") Smets1 smets1) implements Validated, java.io.Serializable {

    /**
     * The SMETS1 path. SMETS1 devices are served through the SMETS1 Service Providers, not the CSPs
     * (the minutes discuss the S1SP's own performance: "poor performance by the Capgemini SMETS1
     * Service Provider (S1SP)", OPSG 36x [S]); its capacity and times were not found: every default
     * is [A].
     */
    public record Smets1(
            @Default(value = "lognormal(5s, 2s)", source = "A") @Doc("an alert's way from the SMETS1 device over its WAN to the S1SP") Distribution wanLatency,
            @Default(value = "32", source = "A") @Range(min = 1, max = 1_000_000, unit = "servers")
            @Doc("the S1SP's servers, shared by SMETS1 alerts and migrations") int servers,
            @Default(value = "exponential(20ms)", source = "A") @Doc("an S1SP server's time per alert") Distribution alertService,
            @Default(value = "exponential(1s)", source = "A") @Doc("an S1SP server's time per migration (the device's keys and configuration "
                    + "moved to the DCC)") Distribution migrationService,
            @Default(value = "unbounded") @Doc("most messages waiting or in service at the S1SP; beyond are lost") Capacity capacity,
            @Default(value = "lognormal(1s, 0.5s)", source = "A") @Doc("the S1SP's transit to the DSP (the DSP's ingest latency follows)") Distribution latency)
            implements Validated, java.io.Serializable {
        @Override
        public void validate(Validation v) {
            v.check(capacity.limit() >= servers, "capacity",
                    "allowed: unbounded, or at least servers (" + servers + "): the capacity counts messages in service too");
        }
    }

    @Override
    public void validate(Validation v) {
        v.check(testCommandsPerHubPerMonth >= 0 && testCommandsPerHubPerMonth <= 10_000, "testCommandsPerHubPerMonth",
                "allowed: a number from 0 to 10000");
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
            @Default(value = "lognormal(30min, 15min)") @Doc("how long a firmware download holds a channel") Distribution firmwareDownload,
            @Default(value = "0", source = "S") @Range(min = 0, max = 100_000_000, unit = "jobs")
            @Doc("firmware jobs that may wait for a channel; 0: a job that finds every channel busy is cancelled (CSP N's rule as it "
                    + "reported it: jobs are \"only cancelled if the Firmware download channels were full\", OPSG 36x)") long firmwareQueue,
            @Default(value = "24h", source = "A")
            @Doc("how long a firmware job waits for a channel before it is dropped from the queue (\"dropped from the queue\": OPSG 28)")
            SimDuration firmwareQueueTimeout,
            @Default(value = "0", source = "A") @Doc("the share of firmware downloads the device rejects (\"firmware downloads of Devices being "
                    + "rejected\": OPSG 36x)") double firmwareRejection,
            @Default(value = "1", source = "A") @Doc("the chance that one download attempt succeeds (\"a 50% success rate of OTA firmware "
                    + "upgrades especially in CSP N\": OPSG 27)") double firmwareSuccess,
            @Default(value = "1", source = "A") @Range(min = 1, max = 100, unit = "attempts")
            @Doc("download attempts per job before it fails (each holds a channel)") int firmwareAttempts)
            implements Validated, java.io.Serializable {

        @Override
        public void validate(Validation v) {
            v.check(uplinkCapacity.limit() >= uplinkChannels, "uplinkCapacity",
                    "allowed: unbounded, or at least uplinkChannels (" + uplinkChannels + "): the capacity counts messages in service too");
            v.check(firmwareRejection >= 0 && firmwareRejection <= 1, "firmwareRejection", "allowed: a share from 0 to 1");
            v.check(firmwareSuccess > 0 && firmwareSuccess <= 1, "firmwareSuccess", "allowed: a chance more than 0, at most 1");
            v.check(firmwareQueueTimeout.micros() > 0, "firmwareQueueTimeout", "allowed: a wait more than zero");
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
