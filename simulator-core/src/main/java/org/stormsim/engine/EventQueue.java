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
public final class EventQueue implements EventList {
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
        HeapOrder.siftUp(heap, size++, time, tag);
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
            HeapOrder.siftDown(h, 0, h[2 * last], h[2 * last + 1], last);
        }
        return payload;
    }
}
