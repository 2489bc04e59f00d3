package org.stormsim.dcc;

/**
 * How an alert's journey to the DCC's interface ended, as the metrics count it: handed to its Users
 * ({@code DELIVERED}: the DSP's hand-off, once per alert), suppressed by storm protection, or lost at
 * a full stage before the hand-off. The ordinal indexes the count tables; what became of each
 * delivery to a User is a {@link DeliveryOutcome}.
 */
public enum AlertOutcome {
    DELIVERED, SUPPRESSED, LOST
}
