package org.stormsim.engine;

import java.util.Arrays;

/**
 * The pending-event list: a 4-ary min-heap of (time, sequence, payload) entries held in one
 * interleaved {@code long[]} so that a node's four children share one or two cache lines.
 *
 * <p>Times are simulated microseconds (see {@link SimTime}). Entries with equal times leave in the
 * order they were scheduled: each entry carries a 32-bit insertion sequence, compared with
 * wrap-around arithmetic, so the order stays right as long as two events scheduled for the same
 * instant were inserted fewer than 2^31 insertions apart. The payload is an {@code int} the model
 * interprets (for the queueing network, a customer slot). Nothing is allocated per event; the
 * backing array doubles when it fills. Single-threaded: only the kernel thread may call it.
 */
public final class EventQueue {
    private static final int ARITY_SHIFT = 2;
    private static final int ARITY = 1 << ARITY_SHIFT;

    /** Entry i lives at [2i] (time) and [2i+1] (sequence in the high 32 bits, payload in the low 32). */
    private long[] heap;
    private int size;
    private int nextSequence;

    public EventQueue() {
        this(1024);
    }

    public EventQueue(int initialCapacity) {
        if (initialCapacity < 1) {
            throw new IllegalArgumentException("initialCapacity must be positive: " + initialCapacity);
        }
        heap = new long[2 * initialCapacity];
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Removes every pending event; the insertion sequence restarts. */
    public void clear() {
        size = 0;
        nextSequence = 0;
    }

    /** Schedules {@code payload} at {@code time} (microseconds). */
    public void schedule(long time, int payload) {
        if (size == heap.length >> 1) {
            heap = Arrays.copyOf(heap, heap.length << 1);
        }
        long tag = ((long) nextSequence++ << 32) | (payload & 0xFFFF_FFFFL);
        siftUp(size++, time, tag);
    }

    /** The time of the earliest event; undefined when empty. */
    public long peekTime() {
        return heap[0];
    }

    /** Removes the earliest event and returns its payload; {@link #peekTime()} gives its time beforehand. */
    public int poll() {
        long[] h = heap;
        int payload = (int) h[1];
        int last = --size;
        if (last > 0) {
            siftDown(h[2 * last], h[2 * last + 1], last);
        }
        return payload;
    }

    private void siftUp(int index, long time, long tag) {
        long[] h = heap;
        int i = index;
        while (i > 0) {
            int parent = (i - 1) >>> ARITY_SHIFT;
            long pt = h[2 * parent];
            if (pt < time || (pt == time && before(h[2 * parent + 1], tag))) {
                break;
            }
            h[2 * i] = pt;
            h[2 * i + 1] = h[2 * parent + 1];
            i = parent;
        }
        h[2 * i] = time;
        h[2 * i + 1] = tag;
    }

    private void siftDown(long time, long tag, int n) {
        long[] h = heap;
        int i = 0;
        while (true) {
            int first = (i << ARITY_SHIFT) + 1;
            if (first >= n) {
                break;
            }
            int end = Math.min(first + ARITY, n);
            int best = first;
            long bt = h[2 * first];
            long btag = h[2 * first + 1];
            for (int c = first + 1; c < end; c++) {
                long ct = h[2 * c];
                if (ct < bt || (ct == bt && before(h[2 * c + 1], btag))) {
                    best = c;
                    bt = ct;
                    btag = h[2 * c + 1];
                }
            }
            if (time < bt || (time == bt && before(tag, btag))) {
                break;
            }
            h[2 * i] = bt;
            h[2 * i + 1] = btag;
            i = best;
        }
        h[2 * i] = time;
        h[2 * i + 1] = tag;
    }

    /** Whether tag a was inserted before tag b (sequence comparison with wrap-around). */
    private static boolean before(long a, long b) {
        return (int) ((a >>> 32) - (b >>> 32)) < 0;
    }
}
