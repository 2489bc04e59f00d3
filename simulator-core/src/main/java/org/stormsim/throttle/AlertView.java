package org.stormsim.throttle;

/**
 * What SECMP0062 alert storm protection sees of an alert in flight, and the one thing it may do to
 * it, by the model's message number: its alert code, the per-device state slot it counts in, the
 * motorway lane its device hashes to (to report the load each lane was spared), and marking a
 * forwarded alert as standing for the ones suppressed before it. A model implements it over its own
 * message store; a test implements it over a few arrays. Kernel thread only.
 */
public interface AlertView {
    /** The alert code's catalogue index. */
    int code(int alert);

    /**
     * The storm-protection state slot of the alert's device: per device and code ({@code perCode}) or
     * per device (all its codes), from 0 up to the model's slot count; -1 for an alert no device
     * raised (a storm event's AD1 or restoration alert), which protection lets pass.
     */
    long protectionSlot(int alert, boolean perCode);

    /** The motorway lane the alert's device hashes to. */
    int hashedLane(int alert);

    /** Marks a forwarded alert as standing for {@code count} alerts, itself included (DUIS ThrottledAlertCount). */
    void carry(int alert, int count);
}
