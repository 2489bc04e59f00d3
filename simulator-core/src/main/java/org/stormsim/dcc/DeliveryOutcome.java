package org.stormsim.dcc;

/**
 * What became of one delivery of an alert to a User after the DSP's hand-off: handed over (every
 * delivery), then taken in by the User's system, rejected by it as a duplicate (a counter reset), or
 * lost at a full intake. The ordinal indexes the count tables.
 */
public enum DeliveryOutcome {
    HANDED_OVER, TAKEN_IN, REJECTED_DUPLICATE, LOST
}
