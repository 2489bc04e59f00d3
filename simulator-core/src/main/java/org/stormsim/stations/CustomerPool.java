package org.stormsim.stations;

import java.util.Arrays;

/**
 * Customers in flight, as pooled struct-of-arrays slots: a customer is an {@code int} slot index,
 * its attributes live in primitive arrays, and finished slots are recycled through a free list
 * threaded through {@link #next}. The same {@code next} array links customers waiting in a FIFO,
 * since a customer is never free and waiting at once. Arrays double when every slot is taken, so
 * the steady state allocates nothing. Times are simulated microseconds. Kernel thread only.
 */
public final class CustomerPool {
    static final int NONE = -1;

    long[] createdAt;
    long[] arrivedAt;
    long[] serviceStart;
    int[] station;
    int[] next;
    private int freeHead = NONE;
    private int highWater;
    private int live;

    public CustomerPool(int initialCapacity) {
        createdAt = new long[initialCapacity];
        arrivedAt = new long[initialCapacity];
        serviceStart = new long[initialCapacity];
        station = new int[initialCapacity];
        next = new int[initialCapacity];
    }

    /** A fresh customer slot created at {@code now}. */
    public int allocate(long now) {
        int c;
        if (freeHead != NONE) {
            c = freeHead;
            freeHead = next[c];
        } else {
            if (highWater == createdAt.length) {
                grow();
            }
            c = highWater++;
        }
        createdAt[c] = now;
        next[c] = NONE;
        live++;
        return c;
    }

    public void release(int c) {
        next[c] = freeHead;
        freeHead = c;
        live--;
    }

    /** Customers currently in the system. */
    public int live() {
        return live;
    }

    public long createdAt(int c) {
        return createdAt[c];
    }

    /** Restarts a customer's clock (a future-dated request is measured from its execution). */
    public void createdAt(int c, long t) {
        createdAt[c] = t;
    }

    public long arrivedAt(int c) {
        return arrivedAt[c];
    }

    public void arrivedAt(int c, long t) {
        arrivedAt[c] = t;
    }

    public long serviceStart(int c) {
        return serviceStart[c];
    }

    public void serviceStart(int c, long t) {
        serviceStart[c] = t;
    }

    /** The station (or stage) the customer is at. */
    public int station(int c) {
        return station[c];
    }

    public void station(int c, int s) {
        station[c] = s;
    }

    /**
     * Calls {@code action} with every live slot, in slot order (for the end of a run: it allocates a
     * set of the free slots).
     */
    public void forEachLive(java.util.function.IntConsumer action) {
        java.util.BitSet free = new java.util.BitSet(highWater);
        for (int c = freeHead; c != NONE; c = next[c]) {
            free.set(c);
        }
        for (int c = free.nextClearBit(0); c < highWater; c = free.nextClearBit(c + 1)) {
            action.accept(c);
        }
    }

    /** Slots ever used: every live slot index is below this. */
    public int highWater() {
        return highWater;
    }

    private void grow() {
        int n = Math.max(16, createdAt.length << 1);
        createdAt = Arrays.copyOf(createdAt, n);
        arrivedAt = Arrays.copyOf(arrivedAt, n);
        serviceStart = Arrays.copyOf(serviceStart, n);
        station = Arrays.copyOf(station, n);
        next = Arrays.copyOf(next, n);
    }
}
