package org.stormsim.dcc;

/**
 * A first-in first-out line of messages in a stage, linked through each message's record
 * ({@link Messages#next}), so that joining and leaving allocate nothing and taking the head touches
 * only the record the stage reads next anyway. Kernel thread only.
 */
final class MessageFifo {
    private final Messages msgs;
    private int head = Messages.NONE;
    private int tail = Messages.NONE;
    private int size;

    MessageFifo(Messages msgs) {
        this.msgs = msgs;
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

    void add(int m) {
        msgs.next(m, Messages.NONE);
        if (tail == Messages.NONE) {
            head = m;
        } else {
            msgs.next(tail, m);
        }
        tail = m;
        size++;
    }

    /**
     * Takes message {@code m} out of the line wherever it is (a walk from the head: for the rare
     * message that leaves before its turn); false when it is not in the line.
     */
    boolean unlink(int m) {
        int prev = Messages.NONE;
        for (int x = head; x != Messages.NONE; x = msgs.next(x)) {
            if (x == m) {
                int after = msgs.next(x);
                if (prev == Messages.NONE) {
                    head = after;
                } else {
                    msgs.next(prev, after);
                }
                if (tail == m) {
                    tail = prev;
                }
                size--;
                return true;
            }
            prev = x;
        }
        return false;
    }

    int remove() {
        int m = head;
        head = msgs.next(m);
        if (head == Messages.NONE) {
            tail = Messages.NONE;
        }
        size--;
        return m;
    }
}
