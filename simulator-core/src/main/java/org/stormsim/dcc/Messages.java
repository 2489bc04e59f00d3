package org.stormsim.dcc;

import java.util.Arrays;
import org.stormsim.stations.CustomerPool;

/**
 * The messages in flight in the GB model, as pooled struct-of-arrays slots: the generic customer
 * attributes (created, arrived, service start, current stage, FIFO link) live in a
 * {@link CustomerPool}; the domain's attributes live in the parallel arrays here, grown in step.
 * A message is an alert, a Service Request attempt or a WAN re-registration. Times are simulated
 * microseconds. Kernel thread only.
 */
public final class Messages {
    public static final byte ALERT = 0;
    public static final byte SERVICE_REQUEST = 1;
    public static final byte REGISTRATION = 2;

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
    short[] cohort = new short[0];
    int[] source = new int[0];
    int[] device = new int[0];
    int[] carried = new int[0];
    long[] firstSubmitted = new long[0];

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
    }
}
