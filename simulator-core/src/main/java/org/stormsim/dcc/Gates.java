package org.stormsim.dcc;

import java.util.List;
import org.stormsim.engine.RandomStreams;
import org.stormsim.scenario.DccThrottling;
import org.stormsim.scenario.DccUser;
import org.stormsim.throttle.AlertGate;
import org.stormsim.throttle.AlertStormProtection;
import org.stormsim.throttle.RequestGate;
import org.stormsim.throttle.RequestView;
import org.stormsim.throttle.ServiceRequestTrafficManagement;

/**
 * The traffic-management gates a scenario asks for: SECMP0062 alert storm protection at the CSP
 * (before the WAN: a what-if) or at the DSP (as implemented), SECMP0067 Service Request throttling
 * at the DSP. With both off every gate is open. The rules see the model only through their views.
 */
final class Gates {
    final AlertGate atCsp;
    final AlertGate atDsp;
    /** SECMP0062, or null when it is off. */
    final AlertStormProtection protection;
    private final DccThrottling.ServiceRequestTrafficManagement management;
    private final List<DccUser> users;
    private final RandomStreams streams;

    Gates(DccThrottling throttling, ProtectionView alerts, ProtectionSlots slots, int lanes, List<DccUser> users, RandomStreams streams) {
        DccThrottling.AlertStormProtection asp = throttling.alertStormProtection();
        this.protection = asp.enabled() ? new AlertStormProtection(asp, alerts, slots.count(true), slots.count(false), lanes) : null;
        boolean atCspToo = protection != null && asp.at() == DccThrottling.Where.CSP;
        this.atCsp = atCspToo ? protection : AlertGate.OPEN;
        this.atDsp = protection != null && !atCspToo ? protection : AlertGate.OPEN;
        this.management = throttling.serviceRequestTrafficManagement();
        this.users = users;
        this.streams = streams;
    }

    /**
     * The request gate, seeing requests through {@code requests}: SECMP0067 when it is on (its Users'
     * forecast errors drawn from the stream {@code throttle:forecastError}), else open.
     */
    RequestGate requestGate(RequestView requests) {
        return management.enabled()
                ? new ServiceRequestTrafficManagement(management, requests, users, streams.stream("throttle:forecastError"))
                : RequestGate.OPEN;
    }
}
