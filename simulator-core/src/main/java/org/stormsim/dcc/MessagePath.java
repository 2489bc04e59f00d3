package org.stormsim.dcc;

import org.stormsim.engine.Kernel;
import org.stormsim.metrics.OutcomeRing;

/**
 * What the paths of the three kinds of message share: the kernel, the message store and the outcome
 * ring; moving a message into its next stage, and hearing when a full stage turns it away. Each
 * path moves its own kind of message from stage to stage ({@link #advance}), and publishes an
 * outcome record when a message ends. Kernel thread only.
 */
abstract class MessagePath {
    final Kernel kernel;
    final Messages msgs;
    final OutcomeRing ring;

    MessagePath(Kernel kernel, Messages msgs, OutcomeRing ring) {
        this.kernel = kernel;
        this.msgs = msgs;
        this.ring = ring;
    }

    /** Message {@code m} left the stage it was in (or the hold): it moves on along its path. */
    abstract void advance(int m);

    /** A full stage turned message {@code m} away. */
    abstract void turnedAway(int m, Stage stage);

    /** Puts message {@code m} into {@code stage} now. */
    final void moveTo(int m, Stage stage) {
        msgs.station(m, stage.index);
        msgs.arrivedAt(m, kernel.now());
        if (!stage.arrive(m)) {
            turnedAway(m, stage);
        }
    }
}
