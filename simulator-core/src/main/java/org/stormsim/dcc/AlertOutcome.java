package org.stormsim.dcc;

/**
 * How an alert's journey ended, as the metrics count it: delivered to its User, suppressed by storm
 * protection, rejected by the User's system as a duplicate (a counter reset), or lost at a full
 * stage. The ordinal indexes the count tables.
 */
public enum AlertOutcome {
    DELIVERED, SUPPRESSED, REJECTED_DUPLICATE, LOST;

    /** The outcome of an alert outcome record's kind ({@link DccOutcome#ALERT_DELIVERED} and the others). */
    static AlertOutcome of(int kind) {
        return values()[kind - DccOutcome.ALERT_DELIVERED];
    }
}
