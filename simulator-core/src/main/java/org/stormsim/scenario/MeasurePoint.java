package org.stormsim.scenario;

/**
 * A point on a message's path where a Service Level measure starts or stops (docs/model.md,
 * "Where a Service Level is measured"). An alert's points, for each delivery to a User: raised by
 * the device or hub ({@code raised}; for a power outage alert, raised by the CSP 3 minutes after the
 * hub lost power), {@code powerLost} (power outage alerts only), received by the CSP from the WAN
 * ({@code cspReceived}), received by the DSP from the CSP ({@code dspReceived}), handed to the User at
 * the DCC's interface ({@code handedOver}), taken in by the User's system ({@code takenIn}). A
 * Service Request's points: the request's first submission ({@code firstSubmitted}), this attempt's
 * submission at the DCC's interface ({@code submitted}), its execution for a future-dated or
 * DCC-scheduled request ({@code executed}; the submission otherwise), and its response made available
 * at the DCC's interface ({@code responded}).
 */
public enum MeasurePoint {
    RAISED, POWER_LOST, CSP_RECEIVED, DSP_RECEIVED, HANDED_OVER, TAKEN_IN,
    FIRST_SUBMITTED, SUBMITTED, EXECUTED, RESPONDED;

    /** Whether this is a point of an alert's path (else of a Service Request's). */
    public boolean ofAlerts() {
        return ordinal() <= TAKEN_IN.ordinal();
    }
}
