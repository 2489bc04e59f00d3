package org.stormsim.dcc;

import org.stormsim.engine.Kernel;
import org.stormsim.metrics.OutcomeRing;

/**
 * The path of a hub's WAN re-registration after power comes back: it waits in the hold until it is
 * sent, takes the region's uplink (where it competes with alerts and SR responses), and ends when the
 * CSP has it, or is lost at a full uplink. Kernel thread only.
 */
final class RegistrationPath extends MessagePath {
    private final Stages stages;
    private final Counters counters;

    RegistrationPath(Kernel kernel, Messages msgs, OutcomeRing ring, Stages stages, Counters counters) {
        super(kernel, msgs, ring);
        this.stages = stages;
        this.counters = counters;
    }

    /** A hub of region {@code region} re-registers after {@code delay}. */
    void register(int region, long delay) {
        long now = kernel.now();
        int m = msgs.allocate(now, Messages.REGISTRATION);
        msgs.region(m, (byte) region);
        msgs.hop(m, -1);
        counters.registrations++;
        counters.liveRegistrations++;
        stages.hold.hold(m, now + delay);
    }

    @Override
    void advance(int m) {
        byte next = (byte) (msgs.hop(m) + 1);
        msgs.hop(m, next);
        if (next == 0) {
            moveTo(m, stages.uplink[msgs.region(m)]);
        } else {
            end(m, DccOutcome.REGISTRATION_DONE);
        }
    }

    @Override
    void turnedAway(int m, Stage stage) {
        end(m, DccOutcome.REGISTRATION_LOST);
    }

    private void end(int m, int outcome) {
        ring.record(outcome, 0, DccOutcome.pack(msgs.region(m), 0, 0), msgs.createdAt(m), 0, kernel.now());
        counters.liveRegistrations--;
        msgs.release(m);
    }
}
