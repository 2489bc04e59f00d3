package org.stormsim.dcc;

import org.stormsim.engine.Kernel;
import org.stormsim.metrics.OutcomeRing;

/**
 * The path of a CSP test command: WAN downlink -> the hub's turn-around -> WAN uplink, back to the
 * WAN gateway ([F] PMM p9: "WAN Gateway -> Comms Hub -> back"), where its round trip ends; lost at a
 * full stage. The round trips are RTT2-4 of the CSPs' performance measures. Kernel thread only.
 */
final class TestCommandPath extends MessagePath {
    private static final byte DOWNLINK = 0;
    private static final byte HUB = 1;
    private static final byte UPLINK = 2;

    private final Stages stages;
    private final Counters counters;

    TestCommandPath(Kernel kernel, Messages msgs, OutcomeRing ring, Stages stages, Counters counters) {
        super(kernel, msgs, ring);
        this.stages = stages;
        this.counters = counters;
    }

    /** The CSP of region {@code region} sends a test command now. */
    void send(int region, long now) {
        int m = msgs.allocate(now, Messages.TEST_COMMAND);
        msgs.region(m, (byte) region);
        msgs.hop(m, DOWNLINK - 1);
        counters.testCommands++;
        counters.liveTestCommands++;
        advance(m);
    }

    @Override
    void advance(int m) {
        int r = msgs.region(m);
        byte next = (byte) (msgs.hop(m) + 1);
        msgs.hop(m, next);
        switch (next) {
            case DOWNLINK -> moveTo(m, stages.downlink[r]);
            case HUB -> moveTo(m, stages.testHub[r]);
            case UPLINK -> moveTo(m, stages.uplink[r]);
            default -> end(m, DccOutcome.TEST_RETURNED);
        }
    }

    @Override
    void turnedAway(int m, Stage stage) {
        end(m, DccOutcome.TEST_LOST);
    }

    private void end(int m, int outcome) {
        ring.record(outcome, 0, DccOutcome.pack(msgs.region(m), 0, 0), msgs.createdAt(m), 0, kernel.now());
        counters.liveTestCommands--;
        msgs.release(m);
    }
}
