package org.stormsim.dcc;

/**
 * The space of kernel event payloads in the GB model, named in one place. A payload of zero or more
 * is a message whose current stage has an event; with {@link #TIMEOUT} set it is a Service
 * Request's time-out instead, with {@link #EXPIRY} the end of its wait at a stage. Negative payloads are the model's own events: the SECMP0067 gate's
 * tick, the time series' sample, each source's next arrival ({@link #source}) and, after the
 * sources, each storm action ({@link #action}). Payloads only say what an event is; the order of
 * events is the kernel's (time, insertion).
 */
final class Payloads {
    /** Set on a message's payload for its time-out event (message numbers stay below {@link #EXPIRY}). */
    static final int TIMEOUT = 1 << 30;
    /** Set on a message's payload for the end of its wait at a stage (a firmware job's queue time-out). */
    static final int EXPIRY = 1 << 29;
    /** The request gate's tick at the start of a later window. */
    static final int GATE_TICK = -1;
    /** The time series' sample at the end of an interval. */
    static final int SAMPLER_TICK = -2;
    private static final int FIRST_SOURCE = -3;

    private final int sources;

    /** The payloads of a model with {@code sources} sources (their actions follow them). */
    Payloads(int sources) {
        this.sources = sources;
    }

    /** The time-out event of message {@code m}. */
    static int timeout(int m) {
        return m | TIMEOUT;
    }

    /** The expiry of message {@code m}'s wait at its stage. */
    static int expiry(int m) {
        return m | EXPIRY;
    }

    /** Source {@code i}'s next-arrival event. */
    static int source(int i) {
        return FIRST_SOURCE - i;
    }

    /** Storm action {@code i}'s event. */
    int action(int i) {
        return FIRST_SOURCE - sources - i;
    }

    /** The source of a negative payload below the ticks, or -1 when it is an action's. */
    int sourceOf(int payload) {
        int i = FIRST_SOURCE - payload;
        return i < sources ? i : -1;
    }

    /** The action of a negative payload below the ticks that is not a source's. */
    int actionOf(int payload) {
        return FIRST_SOURCE - payload - sources;
    }
}
