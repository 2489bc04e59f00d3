package org.stormsim.throttle;

import java.util.List;
import org.stormsim.catalogue.AlertCatalogue;
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
 * <p>It sees alerts only through an {@link AlertView}, so it is tested without a model. State is one
 * {@code int} array holding four values per device protection slot, times in ticks of
 * 100 ms from the start of the run (plus one, so that 0 means "not protected"). Kernel thread only.
 */
public final class AlertStormProtection implements AlertGate {
    private static final long TICK = 100_000L;
    private static final int FIELDS = 4;
    private static final int WINDOW_START = 0;
    private static final int COUNT = 1;
    private static final int PERIOD_END = 2;
    private static final int PENDING = 3;

    private final AlertView view;
    private final boolean perCode;
    private final int threshold;
    private final int windowTicks;
    private final int periodTicks;
    private final boolean[] exempt;
    /** Per slot i, four ints at [4i]: window start, count in the window, protection period end, pending. */
    private final int[] state;
    private final long[] everProtected;
    private final long[] suppressedByCode;
    private final long[] sparedByLane;
    private long consolidatedForwarded;
    private long devicesThrottled;

    /**
     * Protection as {@code config} says, over alerts seen through {@code view}, whose devices number
     * {@code slotsPerCode} state slots when counted per device and code and {@code slotsPerDevice}
     * per device, their alerts going over {@code lanes} motorway lanes.
     */
    public AlertStormProtection(DccThrottling.AlertStormProtection config, AlertView view, long slotsPerCode, long slotsPerDevice,
                                int lanes) {
        this.view = view;
        this.perCode = config.key() == DccThrottling.Key.DEVICE_AND_CODE;
        this.threshold = config.threshold();
        this.windowTicks = ticks(config.window().micros());
        this.periodTicks = ticks(config.forwardOnePer().micros());
        this.exempt = exemptCodes(config.exempt());
        long slots = perCode ? slotsPerCode : slotsPerDevice;
        if (slots > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many devices for storm protection state: " + slots);
        }
        int n = (int) slots;
        if (n > (Integer.MAX_VALUE - 8) / FIELDS) {
            throw new IllegalArgumentException("too many devices for storm protection state: " + slots);
        }
        state = new int[FIELDS * n];
        everProtected = new long[(n >> 6) + 1];
        suppressedByCode = new long[AlertCatalogue.get().size()];
        sparedByLane = new long[lanes];
    }

    @Override
    public boolean pass(int m, long now) {
        int code = view.code(m);
        if (exempt[code]) {
            return true;
        }
        long slot = view.protectionSlot(m, perCode);
        if (slot < 0) {
            return true;
        }
        int i = FIELDS * (int) slot; // the slot's four ints share a cache line: one miss per alert, not four
        int t = (int) (now / TICK) + 1;
        if (state[i + PERIOD_END] != 0) {
            return protectedAlert(m, i, t, code);
        }
        if (state[i + COUNT] == 0 || t - state[i + WINDOW_START] >= windowTicks) {
            state[i + WINDOW_START] = t;
            state[i + COUNT] = 0;
        }
        if (++state[i + COUNT] <= threshold) {
            return true;
        }
        state[i + PERIOD_END] = t + periodTicks;
        state[i + PENDING] = 1;
        markProtected(i / FIELDS);
        suppress(m, code);
        return false;
    }

    /** An alert from a device under protection. */
    private boolean protectedAlert(int m, int i, int t, int code) {
        if (t < state[i + PERIOD_END]) {
            state[i + PENDING]++;
            suppress(m, code);
            return false;
        }
        view.carry(m, state[i + PENDING] + 1);
        consolidatedForwarded++;
        state[i + PENDING] = 0;
        if (t - state[i + PERIOD_END] < windowTicks) {
            state[i + PERIOD_END] = t + periodTicks; // still storming: the next period starts
        } else {
            state[i + PERIOD_END] = 0; // quiet for a window: protection is over, counting starts again
            state[i + WINDOW_START] = t;
            state[i + COUNT] = 1;
        }
        return true;
    }

    private void suppress(int m, int code) {
        suppressedByCode[code]++;
        sparedByLane[view.hashedLane(m)]++;
    }

    private void markProtected(int i) {
        long bit = 1L << (i & 63);
        if ((everProtected[i >> 6] & bit) == 0) {
            everProtected[i >> 6] |= bit;
            devicesThrottled++;
        }
    }

    /** What protection did over the run, copied out (read after the run). */
    public ThrottlingStats.Protection stats() {
        return new ThrottlingStats.Protection(suppressedByCode(), consolidatedForwarded(), devicesThrottled(), sparedByLane(), pendingAtEnd());
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
        for (int i = PENDING; i < state.length; i += FIELDS) {
            n += state[i];
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
