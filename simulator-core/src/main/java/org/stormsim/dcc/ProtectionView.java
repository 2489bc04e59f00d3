package org.stormsim.dcc;

import org.stormsim.throttle.AlertView;

/**
 * SECMP0062's view of the alerts in flight: their code, their device's protection slot, the lane
 * their device hashes to, and the count a forwarded alert carries, all read from or written to the
 * message store. Kernel thread only.
 */
final class ProtectionView implements AlertView {
    private final Messages msgs;
    private final ProtectionSlots slots;
    private final LaneRouter router;

    ProtectionView(Messages msgs, ProtectionSlots slots, LaneRouter router) {
        this.msgs = msgs;
        this.slots = slots;
        this.router = router;
    }

    @Override
    public int code(int alert) {
        return msgs.code(alert);
    }

    @Override
    public long protectionSlot(int alert, boolean perCode) {
        return slots.slot(msgs.source(alert), msgs.device(alert), perCode);
    }

    @Override
    public int hashedLane(int alert) {
        return router.hashedLane(alert);
    }

    @Override
    public void carry(int alert, int count) {
        msgs.carried(alert, count);
    }
}
