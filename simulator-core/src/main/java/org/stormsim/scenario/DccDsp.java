package org.stormsim.scenario;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stormsim.catalogue.AlertCatalogue;
import org.stormsim.engine.Distribution;

/**
 * The Data Service Provider: the DSP's own processing capacity, shared by the alerts it takes in
 * from the CSPs and the Service Requests it takes from Users and their responses (the TABASC Chair,
 * OPSG 25: the current volume of alerts "could be handled by the DCC system, since actual service
 * request volumes are still low" [S]); alert ingest, the motorway lanes that deliver alerts
 * northbound (each lane one server with its own FIFO), how alerts are routed to lanes, lanes
 * dedicated to some alert codes, and the latency of Service Request processing. The DSP's real
 * capacity was not found: its servers and service times are assumptions [A].
 */
public record DccDsp(
        @Default(value = "100", source = "A") @Range(min = 1, max = 1_000_000, unit = "servers")
        @Doc("the DSP's processing servers, shared by alerts (before the lanes) and Service Requests (each way)") int servers,
        @Default(value = "exponential(2ms)", source = "A") @Doc("a DSP server's time per alert taken in") Distribution alertService,
        @Default(value = "exponential(10ms)", source = "A") @Doc("a DSP server's time per Service Request, each way") Distribution requestService,
        @Default(value = "none", source = "A")
        @Doc("what a free DSP server takes first: none (first come first served), alerts, or requests") DspPriority priority,
        @Default(value = "exponential(50ms)") @Doc("DSP ingest latency of an alert or response") Distribution ingestLatency,
        @Default(value = "2", source = "S") @Range(min = 1, max = 4096, unit = "lanes") @Doc("motorway lanes (2 designed in 2015: OPSG 28)") int lanes,
        @Default(value = "exponential(3.3ms)") @Doc("one lane's time per alert (about 300 alerts/s per lane)") Distribution laneService,
        @Default(value = "deviceHash") @Doc("how an alert picks its lane: deviceHash, roundRobin, leastLoaded") LaneRouting laneRouting,
        @Default(value = "[]") @Doc("lanes reserved for some alert codes: [{codes: [8F3E], lanes: 1}]") List<DedicatedLanes> dedicated,
        @Default(value = "lognormal(500ms, 250ms)") @Doc("DSP processing of a Service Request, each way") Distribution serviceRequestProcessing,
        @Default(value = "uniform(0s, 12h)") @Doc("how far ahead a future-dated or DCC-scheduled request executes") Distribution futureDatedDelay)
        implements Validated, java.io.Serializable {

    @Override
    public void validate(Validation v) {
        long reserved = 0;
        Map<String, Integer> dedicatedIn = new HashMap<>();
        for (int i = 0; i < dedicated.size(); i++) {
            DedicatedLanes d = dedicated.get(i);
            reserved += d.lanes();
            v.check(!d.codes().isEmpty(), "dedicated[" + i + "].codes", "allowed: at least one alert code; lanes kept for no code would carry nothing");
            for (int k = 0; k < d.codes().size(); k++) {
                String code = d.codes().get(k);
                v.check(AlertCatalogue.get().find(code) != null, "dedicated[" + i + "].codes[" + k + "]",
                        "unknown alert code; allowed: a GBCS alert code such as 8F3E");
                Integer first = dedicatedIn.putIfAbsent(code, i);
                v.check(first == null, "dedicated[" + i + "].codes[" + k + "]", "alert code " + code + " already has lanes in dedicated["
                        + first + "]; allowed: each code in one entry of dedicated");
            }
        }
        v.check(reserved < lanes, "dedicated", "dedicated lanes (" + reserved + ") must leave at least one of the " + lanes + " lanes for other alerts");
    }

    /** Lanes kept for the listed alert codes. */
    public record DedicatedLanes(@Doc("alert codes that use these lanes, at least one") List<String> codes,
                                 @Range(min = 1, max = 4096, unit = "lanes") @Doc("how many lanes") int lanes) implements java.io.Serializable {
    }

    /** What a free DSP server takes first. */
    public enum DspPriority { NONE, ALERTS, REQUESTS }

    /** How an alert picks its lane among those open to its code. */
    public enum LaneRouting { DEVICE_HASH, ROUND_ROBIN, LEAST_LOADED }
}
