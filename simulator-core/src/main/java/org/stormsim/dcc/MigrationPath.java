package org.stormsim.dcc;

import org.stormsim.engine.Kernel;
import org.stormsim.metrics.OutcomeRing;

/**
 * The path of a SMETS1 migration: the S1SP's servers (its migration time) -> the S1SP's transit ->
 * the DSP's servers (a Service Request's time: the DCC takes the device on) -> migrated, or failed
 * as drawn when it was attempted; lost at a full stage. A migration carries no Service Level (the
 * minutes gate migrations daily on the alert level, OPSG 29 [S]); its ledger counts every one.
 * Kernel thread only.
 */
final class MigrationPath extends MessagePath {
    private static final byte S1SP = 0;
    private static final byte TO_DSP = 1;
    private static final byte DSP = 2;

    private final Stages stages;
    private final Counters counters;

    MigrationPath(Kernel kernel, Messages msgs, OutcomeRing ring, Stages stages, Counters counters) {
        super(kernel, msgs, ring);
        this.stages = stages;
        this.counters = counters;
    }

    /** A migration in {@code region} is attempted now; {@code fails} whether it will fail once the DSP has taken it. */
    void attempt(int region, boolean fails, long now) {
        int m = msgs.allocate(now, Messages.MIGRATION);
        msgs.region(m, (byte) region);
        msgs.flags(m, fails ? Messages.FAILS : 0);
        msgs.hop(m, S1SP - 1);
        counters.migrations++;
        counters.liveMigrations++;
        advance(m);
    }

    @Override
    void advance(int m) {
        byte next = (byte) (msgs.hop(m) + 1);
        msgs.hop(m, next);
        switch (next) {
            case S1SP -> moveTo(m, stages.smets1.s1sp());
            case TO_DSP -> moveTo(m, stages.smets1.toDsp());
            case DSP -> moveTo(m, stages.dsp);
            default -> end(m, (msgs.flags(m) & Messages.FAILS) != 0 ? DccOutcome.MIGRATION_FAILED : DccOutcome.MIGRATION_DONE);
        }
    }

    @Override
    void turnedAway(int m, Stage stage) {
        end(m, DccOutcome.MIGRATION_LOST);
    }

    private void end(int m, int outcome) {
        ring.record(outcome, 0, DccOutcome.pack(msgs.region(m), 0, 0), msgs.createdAt(m), 0, kernel.now());
        counters.liveMigrations--;
        msgs.release(m);
    }
}
