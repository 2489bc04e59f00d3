package org.stormsim.metrics;

/**
 * One entry of the outcome ring: a preallocated batch of outcome records in struct-of-arrays form.
 * The kernel fills a batch in place and publishes it whole, so the ring's cost is paid once per
 * {@link #capacity()} records rather than once per message. A record is (kind, subject, attribute,
 * t0, t1, t2), and for a ring made with extra times, up to {@link #EXTRA} more (t3 to t6) that only
 * the records written with them carry (a consumer reads them only for kinds its model writes so):
 * the model defines what the kinds and fields mean; times are simulated microseconds. Written by the
 * kernel thread before publication, read by consumer threads after it.
 */
public final class OutcomeBatch {
    /** The most extra time fields a record may carry. */
    public static final int EXTRA = 4;
    final int[] kind;
    final int[] subject;
    final int[] attribute;
    final long[] t0;
    final long[] t1;
    final long[] t2;
    final long[] t3;
    final long[] t4;
    final long[] t5;
    final long[] t6;
    int size;

    /** A batch of {@code capacity} records without extra times. */
    public OutcomeBatch(int capacity) {
        this(capacity, 0);
    }

    /** A batch of {@code capacity} records, each with room for {@code extra} (0 or {@link #EXTRA}) more times. */
    public OutcomeBatch(int capacity, int extra) {
        if (extra != 0 && extra != EXTRA) {
            throw new IllegalArgumentException("extra times: 0 or " + EXTRA + ", not " + extra);
        }
        kind = new int[capacity];
        subject = new int[capacity];
        attribute = new int[capacity];
        t0 = new long[capacity];
        t1 = new long[capacity];
        t2 = new long[capacity];
        int e = extra == 0 ? 0 : capacity;
        t3 = new long[e];
        t4 = new long[e];
        t5 = new long[e];
        t6 = new long[e];
    }

    public int capacity() {
        return kind.length;
    }

    public int size() {
        return size;
    }

    public int kind(int i) {
        return kind[i];
    }

    public int subject(int i) {
        return subject[i];
    }

    public int attribute(int i) {
        return attribute[i];
    }

    public long t0(int i) {
        return t0[i];
    }

    public long t1(int i) {
        return t1[i];
    }

    public long t2(int i) {
        return t2[i];
    }

    /** Extra time 3 of record {@code i} (only for a record written with extra times). */
    public long t3(int i) {
        return t3[i];
    }

    public long t4(int i) {
        return t4[i];
    }

    public long t5(int i) {
        return t5[i];
    }

    public long t6(int i) {
        return t6[i];
    }
}
