package org.stormsim.stations;

/**
 * The outcome record kinds the queueing network publishes. The record's subject is the station
 * index; times t0, t1, t2 are simulated microseconds as listed per kind.
 */
public final class NetworkOutcome {
    /** A customer left a queue, delay or token bucket: t0 arrival, t1 service start, t2 departure. */
    public static final int DEPARTED = 1;
    /** A customer was turned away (station full, or token bucket empty with onEmpty: reject): t0 = t2 = time. */
    public static final int LOST = 2;
    /** A customer reached a sink: t0 created at its source, t2 absorbed. */
    public static final int ABSORBED = 3;

    private NetworkOutcome() {
    }
}
