package org.stormsim.metrics;

/**
 * One entry of the outcome ring: a preallocated batch of outcome records in struct-of-arrays form.
 * The kernel fills a batch in place and publishes it whole, so the ring's cost is paid once per
 * {@link #capacity()} records rather than once per message. A record is (kind, subject, attribute,
 * t0, t1, t2): the model defines what the kinds mean; times are simulated microseconds.
 * Written by the kernel thread before publication, read by consumer threads after it.
 */
public final class OutcomeBatch {
    final int[] kind;
    final int[] subject;
    final int[] attribute;
    final long[] t0;
    final long[] t1;
    final long[] t2;
    int size;

    public OutcomeBatch(int capacity) {
        kind = new int[capacity];
        subject = new int[capacity];
        attribute = new int[capacity];
        t0 = new long[capacity];
        t1 = new long[capacity];
        t2 = new long[capacity];
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
}
