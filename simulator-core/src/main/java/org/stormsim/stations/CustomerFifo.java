package org.stormsim.stations;

/**
 * A first-in first-out line of customers, linked through the pool's {@code next} array, so that
 * joining and leaving allocate nothing. Kernel thread only.
 */
public final class CustomerFifo {
    private final CustomerPool pool;
    private int head = CustomerPool.NONE;
    private int tail = CustomerPool.NONE;
    private int size;

    public CustomerFifo(CustomerPool pool) {
        this.pool = pool;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int peek() {
        return head;
    }

    public void add(int c) {
        pool.next[c] = CustomerPool.NONE;
        if (tail == CustomerPool.NONE) {
            head = c;
        } else {
            pool.next[tail] = c;
        }
        tail = c;
        size++;
    }

    /**
     * Takes customer {@code c} out of the line wherever it is (a walk from the head: for the rare
     * customer that leaves before its turn); false when it is not in the line.
     */
    public boolean unlink(int c) {
        int prev = CustomerPool.NONE;
        for (int x = head; x != CustomerPool.NONE; x = pool.next[x]) {
            if (x == c) {
                int after = pool.next[x];
                if (prev == CustomerPool.NONE) {
                    head = after;
                } else {
                    pool.next[prev] = after;
                }
                if (tail == c) {
                    tail = prev;
                }
                size--;
                return true;
            }
            prev = x;
        }
        return false;
    }

    public int remove() {
        int c = head;
        head = pool.next[c];
        if (head == CustomerPool.NONE) {
            tail = CustomerPool.NONE;
        }
        size--;
        return c;
    }
}
