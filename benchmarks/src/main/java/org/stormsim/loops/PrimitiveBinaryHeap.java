package org.stormsim.loops;

import java.util.Arrays;

/**
 * A binary min-heap of (long time, long insertion sequence, int payload) in three parallel primitive
 * arrays, ordered by time and then sequence: what one writes by hand instead of a
 * {@link java.util.PriorityQueue} of objects. The arrays double when full and never shrink, so a
 * steady state allocates nothing. Single-threaded.
 */
final class PrimitiveBinaryHeap implements EventList {
    private long[] times;
    private long[] sequences;
    private int[] payloads;
    private int size;
    private long nextSequence;

    PrimitiveBinaryHeap(int initialCapacity) {
        int capacity = Math.max(2, initialCapacity);
        times = new long[capacity];
        sequences = new long[capacity];
        payloads = new int[capacity];
    }

    @Override
    public void schedule(long time, int payload) {
        if (size == times.length) {
            grow();
        }
        long sequence = nextSequence++;
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!precedes(time, sequence, times[parent], sequences[parent])) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        set(i, time, sequence, payload);
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public long peekTime() {
        return times[0];
    }

    @Override
    public int poll() {
        int payload = payloads[0];
        int last = --size;
        if (last > 0) {
            siftDown(times[last], sequences[last], payloads[last], last);
        }
        return payload;
    }

    /** Puts (time, sequence, payload) into the hole at the root of a heap of {@code n} entries. */
    private void siftDown(long time, long sequence, int payload, int n) {
        int i = 0;
        int child;
        while ((child = 2 * i + 1) < n) {
            int right = child + 1;
            if (right < n && precedes(times[right], sequences[right], times[child], sequences[child])) {
                child = right;
            }
            if (!precedes(times[child], sequences[child], time, sequence)) {
                break;
            }
            move(child, i);
            i = child;
        }
        set(i, time, sequence, payload);
    }

    /** The order: (time a, sequence a) leaves before (time b, sequence b). */
    private static boolean precedes(long timeA, long sequenceA, long timeB, long sequenceB) {
        return timeA < timeB || (timeA == timeB && sequenceA < sequenceB);
    }

    private void move(int from, int to) {
        times[to] = times[from];
        sequences[to] = sequences[from];
        payloads[to] = payloads[from];
    }

    private void set(int i, long time, long sequence, int payload) {
        times[i] = time;
        sequences[i] = sequence;
        payloads[i] = payload;
    }

    private void grow() {
        int capacity = times.length * 2;
        times = Arrays.copyOf(times, capacity);
        sequences = Arrays.copyOf(sequences, capacity);
        payloads = Arrays.copyOf(payloads, capacity);
    }
}
