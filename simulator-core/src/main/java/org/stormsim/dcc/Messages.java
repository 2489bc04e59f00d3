package org.stormsim.dcc;

import java.util.Arrays;
import java.util.BitSet;
import java.util.function.IntConsumer;

/**
 * The messages in flight in the GB model, as pooled slots of one {@code long[]}: a message is an
 * {@code int} slot, and all its attributes lie together in the slot's record of {@link #STRIDE}
 * longs (two 64-byte cache lines), so that a message which has waited hours in an overloaded lane
 * costs two cache misses when it comes out, not one per attribute (with one array per attribute, as
 * before, about twenty). The record holds the pool's attributes (created, arrived, service start,
 * current stage, the link through the free list or a stage's line) and the domain's, narrow ones
 * packed into shared words. Finished slots are reused last-freed first; the array doubles when every
 * slot is taken, so the steady state allocates nothing.
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
    /** No message: the end of a line or of the free list. */
    static final int NONE = -1;

    /** Longs per record: 128 bytes, the hot attributes in the first 64. */
    static final int STRIDE = 16;
    /** Longs before record 0, so that records start on a 64-byte line in an array that starts on one (G1's large arrays do). */
    private static final int BASE = 6;
    private static final int INITIAL = 4096;
    /**
     * The most messages in flight at once: records of {@link #STRIDE} longs in one {@code long[]},
     * whose index is an {@code int} (2^26, 67,108,864, about 8.6 GB of records).
     */
    public static final int MAX_LIVE = 1 << 26;

    // The words of a record. Line 1: what every hop touches.
    private static final int CREATED = 0;
    private static final int ARRIVED = 1;
    private static final int SERVICE_START = 2;
    /** Low 32 bits the stage the message is in, high 32 the next message in the free list or in a stage's line. */
    private static final int LINK = 3;
    /** Bytes 0-7: kind, hop, region, category, attempt, state, refs, delivery. */
    private static final int BYTES = 4;
    /** Shorts 0-3: code, user, alsoUser, cohort. */
    private static final int SHORTS = 5;
    /** Bytes 0-2: flags, result, tries; high 32 bits: source. */
    private static final int MIXED = 6;
    /** Low 32 bits the device, high 32 the alerts carried. */
    private static final int DEVICE = 7;
    // Line 2: the points the measures start and stop at.
    private static final int CSP_AT = 8;
    private static final int DSP_AT = 9;
    private static final int POWER_LOST_AT = 10;
    private static final int HANDED_AT = 11;
    private static final int FIRST_SUBMITTED = 12;
    private static final int SUBMITTED_AT = 13;
    private static final int FIRST_START = 14;

    private static final long LOW = 0xFFFF_FFFFL;

    private long[] w = new long[BASE + INITIAL * STRIDE];
    private int capacity = INITIAL;
    private int freeHead = NONE;
    private int highWater;
    private int live;

    /** A new message of {@code kind} created now. */
    int allocate(long now, byte messageKind) {
        int m;
        if (freeHead != NONE) {
            m = freeHead;
            freeHead = next(m);
        } else {
            if (highWater == capacity) {
                grow();
            }
            m = highWater++;
        }
        live++;
        int b = at(m);
        long[] a = w;
        a[b + CREATED] = now;
        a[b + LINK] = (a[b + LINK] & LOW) | ((long) NONE << 32);
        // kind, hop 0, region kept, category 0, attempt 1, state OPEN, refs 0, delivery 0
        a[b + BYTES] = (a[b + BYTES] & (0xFFL << 16)) | (messageKind & 0xFFL) | (1L << 32);
        a[b + SHORTS] = (a[b + SHORTS] & ~(0xFFFFL << 32)) | (0xFFFFL << 32); // alsoUser -1
        a[b + MIXED] = a[b + MIXED] & ~0xFF_FFFFL; // flags, result, tries 0
        a[b + DEVICE] = a[b + DEVICE] & LOW; // carried 0
        a[b + CSP_AT] = -1;
        a[b + DSP_AT] = -1;
        a[b + POWER_LOST_AT] = -1;
        a[b + HANDED_AT] = -1;
        a[b + FIRST_SUBMITTED] = now;
        a[b + SUBMITTED_AT] = now;
        a[b + FIRST_START] = now;
        return m;
    }

    void release(int m) {
        next(m, freeHead);
        freeHead = m;
        live--;
    }

    public int live() {
        return live;
    }

    /**
     * Calls {@code action} with every live slot, in slot order (for the end of a run: it allocates a
     * set of the free slots).
     */
    void forEachLive(IntConsumer action) {
        BitSet free = new BitSet(highWater);
        for (int m = freeHead; m != NONE; m = next(m)) {
            free.set(m);
        }
        for (int m = free.nextClearBit(0); m < highWater; m = free.nextClearBit(m + 1)) {
            action.accept(m);
        }
    }

    /** A delivery of alert {@code m} to a second User: a new message with every field of {@code m} but the User. */
    int copyDelivery(int m, short toUser, byte number) {
        int c = allocate(createdAt(m), ALERT);
        hop(c, hop(m));
        region(c, region(m));
        code(c, code(m));
        user(c, toUser);
        cohort(c, cohort(m));
        source(c, source(m));
        device(c, device(m));
        carried(c, carried(m));
        delivery(c, number);
        flags(c, flags(m));
        cspAt(c, cspAt(m));
        dspAt(c, dspAt(m));
        powerLostAt(c, powerLostAt(m));
        handedAt(c, handedAt(m));
        return c;
    }

    private static int at(int m) {
        return BASE + m * STRIDE;
    }

    private void grow() {
        if (capacity >= MAX_LIVE) {
            throw new IllegalStateException("more than " + MAX_LIVE + " messages in flight at once: beyond what one array holds");
        }
        int n = capacity << 1;
        w = Arrays.copyOf(w, BASE + n * STRIDE);
        capacity = n;
    }

    private byte getByte(int m, int word, int k) {
        return (byte) (w[at(m) + word] >>> (k << 3));
    }

    private void setByte(int m, int word, int k, int v) {
        int i = at(m) + word;
        int s = k << 3;
        w[i] = (w[i] & ~(0xFFL << s)) | ((v & 0xFFL) << s);
    }

    private short getShort(int m, int k) {
        return (short) (w[at(m) + SHORTS] >>> (k << 4));
    }

    private void setShort(int m, int k, int v) {
        int i = at(m) + SHORTS;
        int s = k << 4;
        w[i] = (w[i] & ~(0xFFFFL << s)) | ((v & 0xFFFFL) << s);
    }

    private int getLow(int m, int word) {
        return (int) w[at(m) + word];
    }

    private void setLow(int m, int word, int v) {
        int i = at(m) + word;
        w[i] = (w[i] & ~LOW) | (v & LOW);
    }

    private int getHigh(int m, int word) {
        return (int) (w[at(m) + word] >>> 32);
    }

    private void setHigh(int m, int word, int v) {
        int i = at(m) + word;
        w[i] = (w[i] & LOW) | ((long) v << 32);
    }

    // The pool's attributes.

    long createdAt(int m) {
        return w[at(m) + CREATED];
    }

    /** Restarts a message's clock (a future-dated request is measured from its execution; a held one from its release). */
    void createdAt(int m, long t) {
        w[at(m) + CREATED] = t;
    }

    long arrivedAt(int m) {
        return w[at(m) + ARRIVED];
    }

    void arrivedAt(int m, long t) {
        w[at(m) + ARRIVED] = t;
    }

    long serviceStart(int m) {
        return w[at(m) + SERVICE_START];
    }

    void serviceStart(int m, long t) {
        w[at(m) + SERVICE_START] = t;
    }

    /** The stage the message is in. */
    int station(int m) {
        return getLow(m, LINK);
    }

    void station(int m, int s) {
        setLow(m, LINK, s);
    }

    /** The next message in the free list or in the line the message waits in ({@link #NONE}: none). */
    int next(int m) {
        return getHigh(m, LINK);
    }

    void next(int m, int n) {
        setHigh(m, LINK, n);
    }

    // The domain's attributes.

    byte kind(int m) {
        return getByte(m, BYTES, 0);
    }

    byte hop(int m) {
        return getByte(m, BYTES, 1);
    }

    void hop(int m, int v) {
        setByte(m, BYTES, 1, v);
    }

    byte region(int m) {
        return getByte(m, BYTES, 2);
    }

    void region(int m, int v) {
        setByte(m, BYTES, 2, v);
    }

    byte category(int m) {
        return getByte(m, BYTES, 3);
    }

    void category(int m, int v) {
        setByte(m, BYTES, 3, v);
    }

    byte attempt(int m) {
        return getByte(m, BYTES, 4);
    }

    void attempt(int m, int v) {
        setByte(m, BYTES, 4, v);
    }

    byte state(int m) {
        return getByte(m, BYTES, 5);
    }

    void state(int m, int v) {
        setByte(m, BYTES, 5, v);
    }

    /** Events still to come that refer to the message (its slot is kept until they have come). */
    byte refs(int m) {
        return getByte(m, BYTES, 6);
    }

    void refs(int m, int v) {
        setByte(m, BYTES, 6, v);
    }

    byte delivery(int m) {
        return getByte(m, BYTES, 7);
    }

    void delivery(int m, int v) {
        setByte(m, BYTES, 7, v);
    }

    short code(int m) {
        return getShort(m, 0);
    }

    void code(int m, int v) {
        setShort(m, 0, v);
    }

    short user(int m) {
        return getShort(m, 1);
    }

    void user(int m, int v) {
        setShort(m, 1, v);
    }

    /** An alert's second recipient (the Network Operator of a power outage alert), or -1. */
    short alsoUser(int m) {
        return getShort(m, 2);
    }

    void alsoUser(int m, int v) {
        setShort(m, 2, v);
    }

    short cohort(int m) {
        return getShort(m, 3);
    }

    void cohort(int m, int v) {
        setShort(m, 3, v);
    }

    byte flags(int m) {
        return getByte(m, MIXED, 0);
    }

    void flags(int m, int v) {
        setByte(m, MIXED, 0, v);
    }

    /** What a stage left for the path: a firmware job's result ({@link FirmwareStage#OK} and the others). */
    byte result(int m) {
        return getByte(m, MIXED, 1);
    }

    void result(int m, int v) {
        setByte(m, MIXED, 1, v);
    }

    /** Tries at the stage the message is in (a firmware job's download attempts). */
    byte tries(int m) {
        return getByte(m, MIXED, 2);
    }

    void tries(int m, int v) {
        setByte(m, MIXED, 2, v);
    }

    int source(int m) {
        return getHigh(m, MIXED);
    }

    void source(int m, int v) {
        setHigh(m, MIXED, v);
    }

    int device(int m) {
        return getLow(m, DEVICE);
    }

    void device(int m, int v) {
        setLow(m, DEVICE, v);
    }

    int carried(int m) {
        return getHigh(m, DEVICE);
    }

    void carried(int m, int v) {
        setHigh(m, DEVICE, v);
    }

    /** Alerts: received by the CSP (-1: not yet). */
    long cspAt(int m) {
        return w[at(m) + CSP_AT];
    }

    void cspAt(int m, long t) {
        w[at(m) + CSP_AT] = t;
    }

    /** Alerts: received by the DSP (-1: not yet). */
    long dspAt(int m) {
        return w[at(m) + DSP_AT];
    }

    void dspAt(int m, long t) {
        w[at(m) + DSP_AT] = t;
    }

    /** Power outage alerts: the hub's power loss (-1: none). */
    long powerLostAt(int m) {
        return w[at(m) + POWER_LOST_AT];
    }

    void powerLostAt(int m, long t) {
        w[at(m) + POWER_LOST_AT] = t;
    }

    /** Alerts: handed over to Users (-1: not yet). */
    long handedAt(int m) {
        return w[at(m) + HANDED_AT];
    }

    void handedAt(int m, long t) {
        w[at(m) + HANDED_AT] = t;
    }

    long firstSubmitted(int m) {
        return w[at(m) + FIRST_SUBMITTED];
    }

    void firstSubmitted(int m, long t) {
        w[at(m) + FIRST_SUBMITTED] = t;
    }

    /** Requests: this attempt's submission (its measure may start later, at execution). */
    long submittedAt(int m) {
        return w[at(m) + SUBMITTED_AT];
    }

    void submittedAt(int m, long t) {
        w[at(m) + SUBMITTED_AT] = t;
    }

    /** Requests: the first attempt's measure start (its submission, or its execution), carried to every retry. */
    long firstStart(int m) {
        return w[at(m) + FIRST_START];
    }

    void firstStart(int m, long t) {
        w[at(m) + FIRST_START] = t;
    }
}
