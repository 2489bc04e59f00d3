package org.stormsim.throttle;

/**
 * SECMP0062 alert storm protection for one key (a device, or a device and code), written straight
 * from {@link AlertStormProtection}'s stated rule, as a test oracle: a window opens with the first
 * alert after the last one closed; its first {@code threshold} alerts pass; the next starts
 * protection and is suppressed, as is every alert until {@code forwardOnePer} has passed; the first
 * alert after that is forwarded carrying the number it stands for, and starts the next period unless
 * a whole window has gone by since the period ended, in which case protection is over and that alert
 * opens a new window. Times are in the gate's 100 ms ticks. Test threads only.
 */
final class ProtectionOracle {
    static final long TICK_MICROS = 100_000L;

    private final int threshold;
    private final long windowTicks;
    private final long periodTicks;
    private boolean protecting;
    private long windowOpened;
    private int inWindow;
    private long periodEnds;
    private int suppressedSinceForward;

    ProtectionOracle(int threshold, long windowMicros, long periodMicros) {
        this.threshold = threshold;
        this.windowTicks = windowMicros / TICK_MICROS;
        this.periodTicks = periodMicros / TICK_MICROS;
    }

    /** An alert reaches the gate at {@code micros}: 0 if suppressed, else the count it carries (1: itself only). */
    int offer(long micros) {
        long tick = micros / TICK_MICROS;
        return protecting ? whileProtecting(tick) : counting(tick);
    }

    private int counting(long tick) {
        if (inWindow == 0 || tick - windowOpened >= windowTicks) {
            windowOpened = tick;
            inWindow = 0;
        }
        inWindow++;
        if (inWindow <= threshold) {
            return 1;
        }
        protecting = true;
        periodEnds = tick + periodTicks;
        suppressedSinceForward = 1;
        return 0;
    }

    private int whileProtecting(long tick) {
        if (tick < periodEnds) {
            suppressedSinceForward++;
            return 0;
        }
        int carried = suppressedSinceForward + 1;
        suppressedSinceForward = 0;
        if (tick - periodEnds < windowTicks) {
            periodEnds = tick + periodTicks;
        } else {
            protecting = false;
            windowOpened = tick;
            inWindow = 1;
        }
        return carried;
    }

    /** Alerts suppressed since the last forwarded one: what the next forwarded alert will carry, less itself. */
    int pending() {
        return suppressedSinceForward;
    }
}
