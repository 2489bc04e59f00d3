package org.stormsim.experiment;

import org.stormsim.engine.Kernel;

/**
 * What every replication shares whatever the scenario kind: the kernel it runs on, published once it
 * starts so that other threads can watch its progress or ask it to stop (Ctrl-C, a sweep's stop).
 */
public abstract class Replication {
    private volatile Kernel kernel;
    private volatile boolean stopRequested;

    /** The kernel once the replication has started, else null (for watching its progress from another thread). */
    public final Kernel kernel() {
        return kernel;
    }

    /** Asks the replication to stop at its next check (from any thread); one not started yet stops at once when it starts. */
    public final void requestStop() {
        stopRequested = true;
        Kernel k = kernel;
        if (k != null) {
            k.requestStop();
        }
    }

    /** A new kernel for this replication's run, published to other threads. */
    protected final Kernel newKernel() {
        Kernel k = new Kernel();
        kernel = k;
        if (stopRequested) { // asked before the kernel existed: the request must not be lost
            k.requestStop();
        }
        return k;
    }
}
