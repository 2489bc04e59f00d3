package org.stormsim.throttle;

/**
 * Decides whether an alert goes on or is suppressed (SECMP0062 alert storm protection sits behind
 * this). A gate that lets an alert through may mark it, through its {@link AlertView}, as standing
 * for suppressed ones. Kernel thread only.
 */
@FunctionalInterface
public interface AlertGate {
    /** The gate of a model without storm protection: every alert goes on. */
    AlertGate OPEN = (alert, now) -> true;

    /** Whether alert {@code alert} (the model's message number) goes on at {@code now} (microseconds). */
    boolean pass(int alert, long now);
}
