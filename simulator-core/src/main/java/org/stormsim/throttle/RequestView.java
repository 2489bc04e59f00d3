package org.stormsim.throttle;

/**
 * What SECMP0067 traffic management sees of a Service Request in flight and may do with it, by the
 * model's message number: whose it is, which DUIS variant and in which request category, whether it
 * is already resolved (it timed out while deferred), admitting a deferred request into the DSP,
 * dropping one that was resolved while deferred, and asking the model for a tick at the start of a
 * later window. A model
 * implements it over its own message store; a test over a few arrays. Kernel thread only.
 */
public interface RequestView {
    /** The index of the User that sent the request. */
    int user(int request);

    /** The DUIS variant's catalogue index. */
    int variant(int request);

    /** The request's category: a {@link org.stormsim.catalogue.ServiceCategory} ordinal (on-demand, future-dated, DCC-scheduled, firmware). */
    int category(int request);

    /** Whether the request is already resolved (e.g. it timed out while deferred). */
    boolean resolved(int request);

    /** A deferred request goes into the DSP now. */
    void admit(int request);

    /** A deferred request that was resolved meanwhile is dropped by the gate (the model recycles it when nothing refers to it). */
    void abandon(int request);

    /** Asks for a {@link RequestGate#tick} at {@code time} (microseconds; ignored past the horizon). */
    void requestTick(long time);
}
