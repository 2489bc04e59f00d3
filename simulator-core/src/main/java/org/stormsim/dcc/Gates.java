package org.stormsim.dcc;

import org.stormsim.scenario.DccThrottling;
import org.stormsim.throttle.AlertStormProtection;
import org.stormsim.throttle.ServiceRequestTrafficManagement;

/**
 * Installs the traffic-management gates a scenario asks for: SECMP0062 alert storm protection at
 * the CSP (before the WAN: a what-if) or at the DSP (as implemented), SECMP0067 Service Request
 * throttling at the DSP. With both off every gate is open.
 */
final class Gates {
    private Gates() {
    }

    static void install(DccModel m) {
        DccThrottling t = m.scenario.throttling();
        m.gateAtCsp = AlertGate.OPEN;
        m.gateAtDsp = AlertGate.OPEN;
        m.requestGate = RequestGate.OPEN;
        if (t.alertStormProtection().enabled()) {
            AlertStormProtection asp = new AlertStormProtection(t.alertStormProtection(), m);
            m.stormProtection = asp;
            if (t.alertStormProtection().at() == DccThrottling.Where.CSP) {
                m.gateAtCsp = asp;
            } else {
                m.gateAtDsp = asp;
            }
        }
        if (t.serviceRequestTrafficManagement().enabled()) {
            ServiceRequestTrafficManagement tm = new ServiceRequestTrafficManagement(t.serviceRequestTrafficManagement(), m);
            m.trafficManagement = tm;
            m.requestGate = tm;
        }
    }
}
