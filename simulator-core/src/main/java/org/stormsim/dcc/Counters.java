package org.stormsim.dcc;

/**
 * The kernel-side counts the conservation ledger needs besides the outcome records: alerts raised
 * (per code and region) and still in flight (per code), Service Request attempts not yet resolved,
 * and WAN re-registrations. Kernel thread; read after the run.
 */
public final class Counters {
    private final long[] raised;
    private final long[] live;
    private final long[] liveByRegion = new long[Population.REGIONS];
    long unresolvedRequests;
    long registrations;
    long liveRegistrations;

    Counters(int codes) {
        raised = new long[codes * Population.REGIONS];
        live = new long[codes];
    }

    void alertRaised(int code, int region) {
        raised[code * Population.REGIONS + region]++;
        live[code]++;
        liveByRegion[region]++;
    }

    void alertFinished(int code, int region) {
        live[code]--;
        liveByRegion[region]--;
    }

    public long raised(int code, int region) {
        return raised[code * Population.REGIONS + region];
    }

    public long inFlight(int code) {
        return live[code];
    }

    /** Alerts of region {@code region} still in flight. */
    public long inFlightInRegion(int region) {
        return liveByRegion[region];
    }

    public long unresolvedRequests() {
        return unresolvedRequests;
    }

    public long registrations() {
        return registrations;
    }

    public long liveRegistrations() {
        return liveRegistrations;
    }
}
