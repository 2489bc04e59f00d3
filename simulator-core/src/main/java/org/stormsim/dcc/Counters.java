package org.stormsim.dcc;

/**
 * The kernel-side counts the conservation ledger needs besides the outcome records: alerts raised
 * (per code and region) and still in flight before their hand-off (per code), deliveries handed over
 * and not yet ended, Service Request attempts not yet resolved and requests not yet final, WAN
 * re-registrations and CSP test commands. Kernel thread; read after the run.
 */
public final class Counters {
    private final long[] raised;
    private final long[] live;
    private final long[] liveByRegion = new long[Population.REGIONS];
    long unresolvedRequests;
    long requests;
    long openRequests;
    long registrations;
    long liveRegistrations;
    long testCommands;
    long liveTestCommands;
    private long deliveries;
    private long liveDeliveries;

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

    void deliveryHandedOver() {
        deliveries++;
        liveDeliveries++;
    }

    void deliveryEnded() {
        liveDeliveries--;
    }

    /** Deliveries handed over to Users, and those not yet taken in, rejected or lost. */
    public long deliveries() {
        return deliveries;
    }

    public long liveDeliveries() {
        return liveDeliveries;
    }

    /** Requests sent (first attempts), and those whose final outcome is still to come. */
    public long requests() {
        return requests;
    }

    public long openRequests() {
        return openRequests;
    }

    /** CSP test commands sent, and those still on their way. */
    public long testCommands() {
        return testCommands;
    }

    public long liveTestCommands() {
        return liveTestCommands;
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
