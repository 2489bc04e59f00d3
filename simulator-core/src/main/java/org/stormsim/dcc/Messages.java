package org.stormsim.dcc;

import java.util.Arrays;
import org.stormsim.stations.CustomerPool;

/**
 * The messages in flight in the GB model, as pooled struct-of-arrays slots: the generic customer
 * attributes (created, arrived, service start, current stage, FIFO link) live in a
 * {@link CustomerPool}; the domain's attributes live in the parallel arrays here, grown in step.
 * A message is an alert (one delivery of it, after the hand-off to Users), a Service Request
 * attempt, a WAN re-registration, a CSP test command or a SMETS1 migration. Besides its creation and arrival times, each
 * message keeps the points of its path that the Service Level measures start or stop at (-1: not
 * passed). Times are simulated microseconds. Kernel thread only.
 */
public final class Messages {
    public static final byte ALERT = 0;
    public static final byte SERVICE_REQUEST = 1;
    public static final byte REGISTRATION = 2;
    public static final byte TEST_COMMAND = 3;
    public static final byte MIGRATION = 4;
    /** A power outage alert of a mass outage (more than the isolated number of hubs in its 3-minute window). */
    static final byte MASS_OUTAGE = 1;
    /** A migration that will fail once the DSP has taken it (drawn when it is attempted). */
    static final byte FAILS = 2;

    /** A new message's state: no state bits set (DccModel keeps "resolved" and "left the network" bits). */
    static final byte OPEN = 0;

    final CustomerPool core = new CustomerPool(4096);
    byte[] kind = new byte[0];
    byte[] hop = new byte[0];
    byte[] region = new byte[0];
    byte[] category = new byte[0];
    byte[] attempt = new byte[0];
    byte[] state = new byte[0];
    byte[] refs = new byte[0];
    short[] code = new short[0];
    short[] user = new short[0];
    /** An alert's second recipient (the Network Operator of a power outage alert), or -1. */
    short[] alsoUser = new short[0];
    byte[] delivery = new byte[0];
    byte[] flags = new byte[0];
    /** What a stage left for the path: a firmware job's result ({@link FirmwareStage#OK} and the others). */
    byte[] result = new byte[0];
    /** Tries at the stage the message is in (a firmware job's download attempts). */
    byte[] tries = new byte[0];
    short[] cohort = new short[0];
    int[] source = new int[0];
    int[] device = new int[0];
    int[] carried = new int[0];
    long[] firstSubmitted = new long[0];
    /** Alerts: received by the CSP, received by the DSP, the hub's power loss (power outage alerts), handed over. */
    long[] cspAt = new long[0];
    long[] dspAt = new long[0];
    long[] powerLostAt = new long[0];
    long[] handedAt = new long[0];
    /** Requests: this attempt's submission (its measure may start later, at execution). */
    long[] submittedAt = new long[0];
    /** Requests: the first attempt's measure start (its submission, or its execution), carried to every retry. */
    long[] firstStart = new long[0];

    /** A new message of {@code kind} created now. */
    int allocate(long now, byte messageKind) {
        int m = core.allocate(now);
        if (m >= kind.length) {
            grow(Math.max(4096, kind.length * 2));
        }
        kind[m] = messageKind;
        hop[m] = 0;
        attempt[m] = 1;
        state[m] = OPEN;
        refs[m] = 0;
        carried[m] = 0;
        category[m] = 0;
        firstSubmitted[m] = now;
        alsoUser[m] = -1;
        delivery[m] = 0;
        flags[m] = 0;
        result[m] = 0;
        tries[m] = 0;
        cspAt[m] = -1;
        dspAt[m] = -1;
        powerLostAt[m] = -1;
        handedAt[m] = -1;
        submittedAt[m] = now;
        firstStart[m] = now;
        return m;
    }

    void release(int m) {
        core.release(m);
    }

    public int live() {
        return core.live();
    }

    long createdAt(int m) {
        return core.createdAt(m);
    }

    /** A delivery of alert {@code m} to a second User: a new message with every field of {@code m} but the User. */
    int copyDelivery(int m, short toUser, byte number) {
        int c = allocate(core.createdAt(m), ALERT);
        hop[c] = hop[m];
        region[c] = region[m];
        code[c] = code[m];
        user[c] = toUser;
        cohort[c] = cohort[m];
        source[c] = source[m];
        device[c] = device[m];
        carried[c] = carried[m];
        delivery[c] = number;
        flags[c] = flags[m];
        cspAt[c] = cspAt[m];
        dspAt[c] = dspAt[m];
        powerLostAt[c] = powerLostAt[m];
        handedAt[c] = handedAt[m];
        return c;
    }

    private void grow(int n) {
        kind = Arrays.copyOf(kind, n);
        hop = Arrays.copyOf(hop, n);
        region = Arrays.copyOf(region, n);
        category = Arrays.copyOf(category, n);
        attempt = Arrays.copyOf(attempt, n);
        state = Arrays.copyOf(state, n);
        refs = Arrays.copyOf(refs, n);
        code = Arrays.copyOf(code, n);
        user = Arrays.copyOf(user, n);
        cohort = Arrays.copyOf(cohort, n);
        source = Arrays.copyOf(source, n);
        device = Arrays.copyOf(device, n);
        carried = Arrays.copyOf(carried, n);
        firstSubmitted = Arrays.copyOf(firstSubmitted, n);
        alsoUser = Arrays.copyOf(alsoUser, n);
        delivery = Arrays.copyOf(delivery, n);
        flags = Arrays.copyOf(flags, n);
        result = Arrays.copyOf(result, n);
        tries = Arrays.copyOf(tries, n);
        cspAt = Arrays.copyOf(cspAt, n);
        dspAt = Arrays.copyOf(dspAt, n);
        powerLostAt = Arrays.copyOf(powerLostAt, n);
        handedAt = Arrays.copyOf(handedAt, n);
        submittedAt = Arrays.copyOf(submittedAt, n);
        firstStart = Arrays.copyOf(firstStart, n);
    }
}
