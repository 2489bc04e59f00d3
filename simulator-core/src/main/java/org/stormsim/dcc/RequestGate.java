package org.stormsim.dcc;

/**
 * Decides what happens to a Service Request as it reaches the DSP (SECMP0067 traffic management
 * sits behind this): admitted, throttled (rejected), or deferred (the gate later hands it back with
 * {@link DccModel#admit(int)}). Kernel thread only.
 */
public interface RequestGate {
    int ADMIT = 0;
    int THROTTLE = 1;
    int DEFER = 2;

    RequestGate OPEN = (model, m, now) -> ADMIT;

    int decide(DccModel model, int m, long now);

    /** A tick the gate asked for with {@link DccModel#requestTick(long)} has come. */
    default void tick(DccModel model, long now) {
    }

    /** The run ends at {@code end}: close whatever is open (throttle episodes). */
    default void finish(DccModel model, long end) {
    }
}
