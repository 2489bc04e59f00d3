package org.stormsim.dcc;

/**
 * The kernel-side counts the conservation ledger needs besides the outcome records: alerts raised
 * (per code and region) and still in flight (per code), Service Request attempts not yet resolved,
 * and WAN re-registrations. Kernel thread; read after the run.
 */
public final class Counters {
    private final long[] raised;
    private final long[] live;
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
    }

    void alertFinished(int code) {
        live[code]--;
    }

    public long raised(int code, int region) {
        return raised[code * Population.REGIONS + region];
    }

    public long inFlight(int code) {
        return live[code];
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
