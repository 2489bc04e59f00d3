package org.stormsim.dcc;

/**
 * The outcome records the GB model publishes, and how their fields are packed. For alerts the
 * subject is the alert code's catalogue index; for Service Requests the variant's. The attribute
 * packs the region (bits 0-1), the Service Level category (bits 2-4) and the User (bits 8-23).
 * t0 is when the measured span started (alert raised; request submitted, or executed for future-dated
 * and DCC-scheduled ones), t1 an extra field per kind, t2 when the outcome happened.
 */
public final class DccOutcome {
    /** An alert reached its User. t1: the count of alerts it stands for (1, or more when consolidated). */
    public static final int ALERT_DELIVERED = 1;
    /** An alert was suppressed by storm protection. */
    public static final int ALERT_SUPPRESSED = 2;
    /** An alert was rejected by the User's systems as a duplicate (counter reset). */
    public static final int ALERT_REJECTED_DUPLICATE = 3;
    /** An alert was lost (a full stage turned it away). */
    public static final int ALERT_LOST = 4;
    /** A Service Request attempt was submitted. t1: the attempt number (1 first). */
    public static final int SR_SUBMITTED = 10;
    /** A response reached the User in time. t1: the first attempt's submission time. */
    public static final int SR_COMPLETED = 11;
    /** The User's time-out passed without a response. */
    public static final int SR_TIMED_OUT = 12;
    /** SECMP0067 throttled the request (rejected; the User may retry). */
    public static final int SR_THROTTLED = 13;
    /** Turned away: a firmware job that found every download channel busy (cancelled). */
    public static final int SR_REJECTED = 14;
    /** A full stage lost the request. */
    public static final int SR_LOST = 15;
    /** SECMP0067 deferred the request to a later window (it stays in flight). */
    public static final int SR_DEFERRED = 16;
    /** A WAN re-registration reached the CSP. */
    public static final int REGISTRATION_DONE = 20;
    /** A WAN re-registration was lost. */
    public static final int REGISTRATION_LOST = 21;

    private DccOutcome() {
    }

    public static int pack(int region, int category, int user) {
        return region | (category << 2) | (user << 8);
    }

    public static int region(int attribute) {
        return attribute & 3;
    }

    public static int category(int attribute) {
        return (attribute >>> 2) & 7;
    }

    public static int user(int attribute) {
        return attribute >>> 8;
    }
}
