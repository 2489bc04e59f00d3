package org.stormsim.dcc;

/**
 * Decides whether an alert goes on or is suppressed (SECMP0062 alert storm protection sits behind
 * this). A gate that lets an alert through may mark it as standing for suppressed ones
 * ({@code carried}). Kernel thread only.
 */
public interface AlertGate {
    AlertGate OPEN = (model, m, now) -> true;

    /** Whether alert {@code m} goes on. */
    boolean pass(DccModel model, int m, long now);
}
