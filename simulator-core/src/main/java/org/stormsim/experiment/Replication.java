package org.stormsim.experiment;

import org.stormsim.engine.Kernel;

/**
 * One replication of a model, whatever the model: it builds its model on a kernel of its own, runs
 * it to the horizon and returns what it produced. The kernel is published once it starts, so that
 * other threads can watch its progress or ask it to stop (Ctrl-C, a study's stop); a stop asked
 * before the kernel exists is kept. A model's replication extends this with its own {@link #run}.
 *
 * @param <R> what one run of the replication produces
 */
public abstract class Replication<R> {
    private volatile Kernel kernel;
    private volatile boolean stopRequested;

    /** Builds the model, runs it to its horizon (or until stopped) and returns its results. Once. */
    public abstract R run();

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
