package org.stormsim.dcc;

/**
 * The outcome records the GB model publishes, what each field holds, and how the attribute is
 * packed. Times are simulated microseconds; -1 means a point the message never passed. For alerts
 * the subject is the alert code's catalogue index; for Service Requests the variant's; for test
 * commands 0. The attribute packs the region (bits 0-1), the Service Level category (bits 2-4), a
 * mass-outage flag (bit 5: a power outage alert from an outage of more than the isolated number of
 * hubs in its 3-minute window), the User (bits 8-23) and an alert's delivery number (bits 24-27: 0
 * for the first User it goes to).
 *
 * <p>An alert is raised, and either is suppressed by storm protection, or lost at a full stage, or
 * reaches the DSP's hand-off to Users, where it becomes one delivery per User entitled to it (the
 * Supplier, and for power outage alerts also the Network Operator). A delivery is handed over, then
 * taken in by the User's system, rejected by it as a duplicate, or lost at a full intake.
 */
public final class DccOutcome {
    /**
     * A delivery of an alert handed to its User at the DCC's interface. t0 raised, t1 the alerts it
     * stands for (1, or more when consolidated), t2 handed over, t3 received by the DSP, t4 received
     * by the CSP, t5 the hub's power loss (power outage alerts; else -1), t6 unused.
     */
    public static final int DELIVERY_HANDED_OVER = 1;
    /** An alert suppressed by storm protection. t0 raised, t1 1, t2 suppressed, t3 received by the DSP, t4 by the CSP, t5 power loss. */
    public static final int ALERT_SUPPRESSED = 2;
    /** A delivery rejected by the User's system as a duplicate (counter reset). t0-t2 as for {@link #DELIVERY_TAKEN_IN}. */
    public static final int DELIVERY_REJECTED_DUPLICATE = 3;
    /** An alert lost at a full stage before the hand-off. Times as for {@link #ALERT_SUPPRESSED}. */
    public static final int ALERT_LOST = 4;
    /**
     * A delivery taken in by the User's system. t0 raised, t1 the alerts it stands for, t2 taken in,
     * t3 handed over, t4 received by the DSP, t5 by the CSP, t6 the hub's power loss (or -1).
     */
    public static final int DELIVERY_TAKEN_IN = 5;
    /** A delivery lost at a full User intake. Times as for {@link #DELIVERY_TAKEN_IN}. */
    public static final int DELIVERY_LOST = 6;
    /** A Service Request attempt was submitted. t0 now, t1 the attempt number (1 first), t2 now. */
    public static final int SR_SUBMITTED = 10;
    /**
     * A response reached the DCC's interface in time (before the User timed out). t0 the attempt's
     * measure start (its submission, or its execution for a future-dated or DCC-scheduled one), t1 the
     * request's first submission, t2 now, t3 the attempt's submission. The other resolutions carry the same.
     */
    public static final int SR_COMPLETED = 11;
    /** The User's time-out passed without a response. */
    public static final int SR_TIMED_OUT = 12;
    /** SECMP0067 refused the request (throttled; the User may retry). */
    public static final int SR_THROTTLED = 13;
    /** A firmware job cancelled because every download channel was busy and it could not wait. */
    public static final int SR_REJECTED = 14;
    /** A full stage lost the request. */
    public static final int SR_LOST = 15;
    /** SECMP0067 deferred the request to a later window (it stays in flight). */
    public static final int SR_DEFERRED = 16;
    /** A firmware job dropped from its CSP's queue (the queue full, or its wait too long). */
    public static final int SR_DROPPED = 17;
    /** A firmware download rejected by the device. */
    public static final int SR_DEVICE_REJECTED = 18;
    /** A firmware job whose every download attempt failed. */
    public static final int SR_FAILED = 19;
    /**
     * A request's final outcome, across its attempts, once nothing more will happen to it: its
     * response arrived. t0 the first submission, t1 the attempts made, t2 now, t3 the completing
     * attempt's kind ({@link #SR_COMPLETED}).
     */
    public static final int REQUEST_COMPLETED = 20;
    /** A request abandoned: its last attempt ended without a response and the User will not retry. t3 that attempt's outcome kind. */
    public static final int REQUEST_ABANDONED = 21;
    /** A WAN re-registration reached the CSP. */
    public static final int REGISTRATION_DONE = 30;
    /** A WAN re-registration was lost. */
    public static final int REGISTRATION_LOST = 31;
    /** A CSP test command came back to the WAN gateway. t0 sent, t2 back. */
    public static final int TEST_RETURNED = 40;
    /** A CSP test command was lost at a full stage. */
    public static final int TEST_LOST = 41;
    /** A SMETS1 migration done: the DSP took the device on. t0 attempted, t2 done. */
    public static final int MIGRATION_DONE = 50;
    /** A SMETS1 migration that failed (the installation stays off the DCC). Times as for {@link #MIGRATION_DONE}. */
    public static final int MIGRATION_FAILED = 51;
    /** A SMETS1 migration lost at a full stage. */
    public static final int MIGRATION_LOST = 52;

    /** Bit 5 of the attribute: a power outage alert of a mass outage (PM12.2). */
    public static final int MASS_OUTAGE = 1 << 5;

    private DccOutcome() {
    }

    public static int pack(int region, int category, int user) {
        return region | (category << 2) | (user << 8);
    }

    /** The attribute of delivery {@code delivery} of an alert, with its mass-outage flag. */
    public static int packDelivery(int region, int category, int user, int delivery, boolean massOutage) {
        return pack(region, category, user) | (delivery << 24) | (massOutage ? MASS_OUTAGE : 0);
    }

    public static int region(int attribute) {
        return attribute & 3;
    }

    public static int category(int attribute) {
        return (attribute >>> 2) & 7;
    }

    public static int user(int attribute) {
        return (attribute >>> 8) & 0xFFFF;
    }

    /** The delivery number of an alert record (0: the alert's first). */
    public static int delivery(int attribute) {
        return (attribute >>> 24) & 0xF;
    }

    public static boolean massOutage(int attribute) {
        return (attribute & MASS_OUTAGE) != 0;
    }

    /** Whether {@code kind} is an alert's or a delivery's record. */
    public static boolean ofAlert(int kind) {
        return kind < SR_SUBMITTED;
    }

    /** Whether {@code kind} is a SMETS1 migration's record. */
    public static boolean ofMigration(int kind) {
        return kind >= MIGRATION_DONE && kind <= MIGRATION_LOST;
    }

    /** Whether {@code kind} is a Service Request attempt's or request's record. */
    public static boolean ofRequest(int kind) {
        return kind >= SR_SUBMITTED && kind < REGISTRATION_DONE;
    }
}
