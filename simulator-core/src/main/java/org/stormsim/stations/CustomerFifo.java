package org.stormsim.stations;

/**
 * A first-in first-out line of customers, linked through the pool's {@code next} array, so that
 * joining and leaving allocate nothing. Kernel thread only.
 */
final class CustomerFifo {
    private final CustomerPool pool;
    private int head = CustomerPool.NONE;
    private int tail = CustomerPool.NONE;
    private int size;

    CustomerFifo(CustomerPool pool) {
        this.pool = pool;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int peek() {
        return head;
    }

    void add(int c) {
        pool.next[c] = CustomerPool.NONE;
        if (tail == CustomerPool.NONE) {
            head = c;
        } else {
            pool.next[tail] = c;
        }
        tail = c;
        size++;
    }

    int remove() {
        int c = head;
        head = pool.next[c];
        if (head == CustomerPool.NONE) {
            tail = CustomerPool.NONE;
        }
        size--;
        return c;
    }
}
