package org.stormsim.loops;

/**
 * The customers in the M/M/1 system, first in first out: each customer's creation time
 * (microseconds) in a ring of {@code long}s, indexed by the customer's number (0, 1, 2, ... in
 * order of arrival). The head is the customer in service. The ring doubles when full and never
 * shrinks, so a steady state allocates nothing. Single-threaded.
 */
final class CustomerLine {
    private long[] createdAt;
    private int mask;
    private int head;
    private int tail;

    CustomerLine(int initialCapacity) {
        int capacity = Integer.highestOneBit(Math.max(2, initialCapacity - 1)) << 1;
        createdAt = new long[capacity];
        mask = capacity - 1;
    }

    /** Appends a customer created at {@code time} and returns its number. */
    int add(long time) {
        if (tail - head == createdAt.length) {
            grow();
        }
        createdAt[tail & mask] = time;
        return tail++;
    }

    /** Removes the head, which must be customer {@code number}, and returns its creation time. */
    long removeHead(int number) {
        if (number != head || head == tail) {
            throw new IllegalStateException("customer " + number + " left, but the head is " + head
                    + " of " + size());
        }
        return createdAt[head++ & mask];
    }

    /** The number of the customer at the head (in service); undefined when empty. */
    int head() {
        return head;
    }

    int size() {
        return tail - head;
    }

    /** Re-indexes every customer into a ring twice the size, so numbers stay valid. */
    private void grow() {
        long[] old = createdAt;
        int oldMask = mask;
        createdAt = new long[old.length * 2];
        mask = createdAt.length - 1;
        for (int n = head; n != tail; n++) {
            createdAt[n & mask] = old[n & oldMask];
        }
    }

    /** For tests: the ring's capacity. */
    int capacity() {
        return createdAt.length;
    }
}
