package org.stormsim.dcc;

/**
 * The kernel-side counts the conservation ledger needs besides the outcome records: alerts raised
 * (per code and region, and per cohort and code) and still in flight before their hand-off (per code), deliveries handed over
 * and not yet ended, Service Request attempts not yet resolved and requests not yet final, WAN
 * re-registrations and CSP test commands. Kernel thread; read after the run.
 */
public final class Counters {
    private final long[] raised;
    /** Alerts raised per cohort and code (cohort-major), for alerts with a cohort. */
    private final long[] raisedByCohort;
    private final int codes;
    private final long[] live;
    private final long[] liveByRegion = new long[Population.REGIONS];
    long unresolvedRequests;
    long requests;
    long openRequests;
    long registrations;
    long liveRegistrations;
    long testCommands;
    long liveTestCommands;
    long migrations;
    long liveMigrations;
    long smets1Raised;
    private long deliveries;
    private long liveDeliveries;

    Counters(int codes, int cohorts) {
        this.codes = codes;
        raised = new long[codes * Population.REGIONS];
        raisedByCohort = new long[codes * cohorts];
        live = new long[codes];
    }

    /** An alert of {@code code} raised in {@code region} by a device of {@code cohort} (-1: none, e.g. a replayed alert). */
    void alertRaised(int code, int region, int cohort) {
        raised[code * Population.REGIONS + region]++;
        if (cohort >= 0) {
            raisedByCohort[cohort * codes + code]++;
        }
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
    /** SMETS1 migrations attempted, and those still on their way. */
    public long migrations() {
        return migrations;
    }

    public long liveMigrations() {
        return liveMigrations;
    }

    /** Alerts raised by migrated SMETS1 installations (on the SMETS1 path). */
    public long smets1Raised() {
        return smets1Raised;
    }

    public long testCommands() {
        return testCommands;
    }

    public long liveTestCommands() {
        return liveTestCommands;
    }

    /** Alerts of {@code code} raised by devices of {@code cohort}. */
    public long raisedByCohort(int cohort, int code) {
        return raisedByCohort[cohort * codes + code];
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
