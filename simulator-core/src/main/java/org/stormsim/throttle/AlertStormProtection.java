package org.stormsim.throttle;

import java.util.List;
import org.stormsim.dcc.AlertCatalogue;
import org.stormsim.dcc.AlertGate;
import org.stormsim.dcc.DccModel;
import org.stormsim.scenario.DccThrottling;

/**
 * SECMP0062 alert storm protection. Per device (and, by default, per alert code) alerts are
 * counted in a window that opens with the first alert after the previous one closed; the first
 * {@code threshold} in a window pass. The next one starts protection: it is suppressed, and so is
 * every alert until {@code forwardOnePer} has passed; then the first alert is forwarded carrying the
 * number it stands for (DUIS's ThrottledAlertCount) and a new period starts. A device quiet for a
 * whole window after a period leaves protection, and its next alert carries any still uncounted.
 * Exempt codes are never counted or suppressed; alerts raised by storm events (AD1, restoration)
 * have no per-device source and pass. Suppressed alerts are reported to the model, which counts
 * them; nothing is dropped silently.
 *
 * <p>State is four {@code int} arrays indexed by the device's protection slot, times in ticks of
 * 100 ms from the start of the run (plus one, so that 0 means "not protected"). Kernel thread only.
 */
public final class AlertStormProtection implements AlertGate {
    private static final long TICK = 100_000L;

    private final boolean perCode;
    private final int threshold;
    private final int windowTicks;
    private final int periodTicks;
    private final boolean[] exempt;
    private final int[] windowStart;
    private final int[] count;
    private final int[] periodEnd;
    private final int[] pending;
    private final long[] everProtected;
    private final long[] suppressedByCode;
    private final long[] sparedByLane;
    private long consolidatedForwarded;
    private long devicesThrottled;

    public AlertStormProtection(DccThrottling.AlertStormProtection config, DccModel model) {
        this.perCode = config.key() == DccThrottling.Key.DEVICE_AND_CODE;
        this.threshold = config.threshold();
        this.windowTicks = ticks(config.window().micros());
        this.periodTicks = ticks(config.forwardOnePer().micros());
        this.exempt = exemptCodes(config.exempt());
        long slots = model.protectionSlots(perCode);
        if (slots > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many devices for storm protection state: " + slots);
        }
        int n = (int) slots;
        windowStart = new int[n];
        count = new int[n];
        periodEnd = new int[n];
        pending = new int[n];
        everProtected = new long[(n >> 6) + 1];
        suppressedByCode = new long[AlertCatalogue.get().size()];
        sparedByLane = new long[model.laneCount()];
    }

    @Override
    public boolean pass(DccModel model, int m, long now) {
        int code = model.code(m);
        if (exempt[code]) {
            return true;
        }
        long slot = model.protectionSlot(m, perCode);
        if (slot < 0) {
            return true;
        }
        int i = (int) slot;
        int t = (int) (now / TICK) + 1;
        if (periodEnd[i] != 0) {
            return protectedAlert(model, m, i, t, code);
        }
        if (count[i] == 0 || t - windowStart[i] >= windowTicks) {
            windowStart[i] = t;
            count[i] = 0;
        }
        if (++count[i] <= threshold) {
            return true;
        }
        periodEnd[i] = t + periodTicks;
        pending[i] = 1;
        markProtected(i);
        suppress(model, m, code);
        return false;
    }

    /** An alert from a device under protection. */
    private boolean protectedAlert(DccModel model, int m, int i, int t, int code) {
        if (t < periodEnd[i]) {
            pending[i]++;
            suppress(model, m, code);
            return false;
        }
        model.carry(m, pending[i] + 1);
        consolidatedForwarded++;
        pending[i] = 0;
        if (t - periodEnd[i] < windowTicks) {
            periodEnd[i] = t + periodTicks; // still storming: the next period starts
        } else {
            periodEnd[i] = 0; // quiet for a window: protection is over, counting starts again
            windowStart[i] = t;
            count[i] = 1;
        }
        return true;
    }

    private void suppress(DccModel model, int m, int code) {
        suppressedByCode[code]++;
        sparedByLane[model.hashedLane(m)]++;
    }

    private void markProtected(int i) {
        long bit = 1L << (i & 63);
        if ((everProtected[i >> 6] & bit) == 0) {
            everProtected[i >> 6] |= bit;
            devicesThrottled++;
        }
    }

    public long[] suppressedByCode() {
        return suppressedByCode.clone();
    }

    /** Suppressed alerts by the lane their device hashes to: the load each motorway lane was spared. */
    public long[] sparedByLane() {
        return sparedByLane.clone();
    }

    /** Forwarded alerts that stood for suppressed ones. */
    public long consolidatedForwarded() {
        return consolidatedForwarded;
    }

    /** Alerts suppressed since their device's last forward: owed to Users in a consolidated alert still to come. */
    public long pendingAtEnd() {
        long n = 0;
        for (int p : pending) {
            n += p;
        }
        return n;
    }

    /** Devices (or device-code pairs) that were ever under protection. */
    public long devicesThrottled() {
        return devicesThrottled;
    }

    private static int ticks(long micros) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE / 4, micros / TICK));
    }

    private static boolean[] exemptCodes(List<String> codes) {
        boolean[] out = new boolean[AlertCatalogue.get().size()];
        for (String c : codes) {
            out[AlertCatalogue.get().find(c).index()] = true;
        }
        return out;
    }
}
