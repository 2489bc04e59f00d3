package org.stormsim.dcc;

import java.util.List;
import org.stormsim.catalogue.AlertCatalogue;
import org.stormsim.scenario.DccDsp;

/**
 * Picks the motorway lane of an alert among the lanes open to its code (its dedicated lanes, or the
 * general ones): by a hash of the device (an alert storm from one device stays on one lane), round
 * robin, or the least loaded (fewest alerts waiting or in service; ties to the lowest lane).
 */
final class LaneRouter {
    private final int[] first;
    private final int[] count;
    private final int[] roundRobin;
    private final DccDsp.LaneRouting routing;
    private final int[] groupOf;
    private final ServerStage[] lanes;
    private final Messages msgs;
    private final ProtectionSlots slots;

    LaneRouter(DccDsp dsp, AlertCatalogue catalogue, ServerStage[] lanes, Messages msgs, ProtectionSlots slots) {
        this.lanes = lanes;
        this.msgs = msgs;
        this.slots = slots;
        int codes = catalogue.size();
        first = new int[codes];
        count = new int[codes];
        roundRobin = new int[dsp.dedicated().size() + 1];
        int next = 0;
        int group = 1;
        List<DccDsp.DedicatedLanes> dedicated = dsp.dedicated();
        int[] groupOf = new int[codes];
        for (DccDsp.DedicatedLanes d : dedicated) {
            for (String c : d.codes()) {
                int i = catalogue.find(c).index();
                first[i] = next;
                count[i] = d.lanes();
                groupOf[i] = group;
            }
            next += d.lanes();
            group++;
        }
        for (int i = 0; i < codes; i++) {
            if (count[i] == 0) {
                first[i] = next;
                count[i] = dsp.lanes() - next;
            }
        }
        this.routing = dsp.laneRouting();
        this.groupOf = groupOf;
    }

    /** The lane of alert {@code m}. */
    int lane(int m) {
        int code = msgs.code(m);
        int n = count[code];
        int base = first[code];
        switch (routing) {
            case ROUND_ROBIN -> {
                int g = groupOf[code];
                int k = roundRobin[g];
                roundRobin[g] = k + 1 == n ? 0 : k + 1;
                return base + k;
            }
            case LEAST_LOADED -> {
                int best = base;
                for (int i = base + 1; i < base + n; i++) {
                    if (lanes[i].load() < lanes[best].load()) {
                        best = i;
                    }
                }
                return best;
            }
            default -> {
                return hashedLane(m);
            }
        }
    }

    /**
     * The lane alert {@code m}'s device hashes to among the lanes open to its code: the key is the
     * device itself (its per-device slot, shared by all its codes), or for an alert raised by a storm
     * event, its hub.
     */
    int hashedLane(int m) {
        int code = msgs.code(m);
        long device = slots.slot(msgs.source(m), msgs.device(m), false);
        long h = mix(device >= 0 ? device : ((long) msgs.region(m) << 40) ^ msgs.device(m) ^ Long.MIN_VALUE);
        return first[code] + (int) Long.remainderUnsigned(h, count[code]);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51_AFD7_ED55_8CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CE_B9FE_1A85_EC53L;
        return z ^ (z >>> 33);
    }
}
