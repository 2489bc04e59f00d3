package org.stormsim.dcc;

/**
 * Decides what happens to a Service Request as it reaches the DSP (SECMP0067 traffic management
 * sits behind this): admitted, throttled (rejected), or deferred (the gate later hands it back with
 * {@link DccModel#admit(int)}). Kernel thread only.
 */
interface RequestGate {
    int ADMIT = 0;
    int THROTTLE = 1;
    int DEFER = 2;

    RequestGate OPEN = (model, m, now) -> ADMIT;

    int decide(DccModel model, int m, long now);
}
