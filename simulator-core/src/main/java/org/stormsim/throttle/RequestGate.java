package org.stormsim.throttle;

/**
 * Decides what happens to a Service Request as it reaches the DSP (SECMP0067 traffic management
 * sits behind this): admitted, throttled (rejected: the User may retry), or deferred (the gate keeps
 * it and later hands it back through {@link RequestView#admit}). Kernel thread only.
 */
public interface RequestGate {
    int ADMIT = 0;
    int THROTTLE = 1;
    int DEFER = 2;

    /** The gate of a model without traffic management: every request is admitted. */
    RequestGate OPEN = (request, now) -> ADMIT;

    /** {@link #ADMIT}, {@link #THROTTLE} or {@link #DEFER} for request {@code request} at {@code now}. */
    int decide(int request, long now);

    /** A tick the gate asked for with {@link RequestView#requestTick(long)} has come. */
    default void tick(long now) {
    }

    /** The run ends at {@code end}: close whatever is open (throttle episodes). */
    default void finish(long end) {
    }
}
