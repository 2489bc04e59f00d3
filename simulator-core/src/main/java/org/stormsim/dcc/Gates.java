package org.stormsim.dcc;

/**
 * Installs the traffic-management gates a scenario asks for: SECMP0062 alert storm protection at
 * the CSP or the DSP, SECMP0067 Service Request throttling at the DSP. With both off every gate is
 * open.
 */
final class Gates {
    private Gates() {
    }

    static void install(DccModel m) {
        m.gateAtCsp = AlertGate.OPEN;
        m.gateAtDsp = AlertGate.OPEN;
        m.requestGate = RequestGate.OPEN;
    }
}
