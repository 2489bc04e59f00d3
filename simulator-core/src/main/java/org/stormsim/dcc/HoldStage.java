package org.stormsim.dcc;

import org.stormsim.engine.Kernel;

/**
 * A waiting place whose release time the model chooses per message: restoration alerts spread over
 * the restoration period, Service Requests waiting to be resubmitted after a back-off.
 */
final class HoldStage extends Stage {
    HoldStage(int index, String id, Kernel kernel, Messages msgs, long warmup) {
        super(index, id, kernel, msgs, warmup);
    }

    /** Holds message {@code m} until {@code until} (not before now). */
    void hold(int m, long until) {
        long now = kernel.now();
        msgs.station(m, index);
        msgs.arrivedAt(m, now);
        content.add(now, 1);
        kernel.schedule(Math.max(now, until), m);
    }

    @Override
    boolean arrive(int m) {
        throw new IllegalStateException("messages enter the hold with hold(m, until)");
    }

    /** The message leaves the hold: it is raised (or resubmitted) now, so its clock starts now. */
    @Override
    boolean depart(int m) {
        long now = kernel.now();
        content.add(now, -1);
        msgs.createdAt(m, now);
        return true;
    }
}
