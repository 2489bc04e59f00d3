package org.stormsim.loops;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * The textbook Java event list: a {@link PriorityQueue} of event objects ordered by (time, insertion
 * sequence). Polled events go onto a free stack and are reused by the next {@code schedule}, so a
 * steady state allocates nothing here either. Single-threaded.
 */
final class PriorityQueueEventList implements EventList {
    private final PriorityQueue<Event> queue;
    private Event[] free = new Event[4];
    private int freeCount;
    private long nextSequence;

    PriorityQueueEventList(int initialCapacity) {
        queue = new PriorityQueue<>(Math.max(2, initialCapacity));
    }

    @Override
    public void schedule(long time, int payload) {
        Event e = freeCount > 0 ? free[--freeCount] : new Event();
        e.time = time;
        e.sequence = nextSequence++;
        e.payload = payload;
        queue.add(e);
    }

    @Override
    public boolean isEmpty() {
        return queue.isEmpty();
    }

    @Override
    public long peekTime() {
        return queue.peek().time;
    }

    @Override
    public int poll() {
        Event e = queue.poll();
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, freeCount * 2);
        }
        free[freeCount++] = e;
        return e.payload;
    }

    /** One pending event: its time (microseconds), insertion sequence and payload. */
    private static final class Event implements Comparable<Event> {
        long time;
        long sequence;
        int payload;

        @Override
        public int compareTo(Event o) {
            int c = Long.compare(time, o.time);
            return c != 0 ? c : Long.compare(sequence, o.sequence);
        }
    }
}
