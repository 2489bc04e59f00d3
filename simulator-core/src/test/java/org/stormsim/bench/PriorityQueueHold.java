package org.stormsim.bench;

import java.util.PriorityQueue;
import org.stormsim.engine.RandomStream;

/**
 * The hold model over {@link java.util.PriorityQueue} of event objects ordered by (time, insertion
 * sequence): the textbook Java event list, and the baseline measured beside {@link EventListHold}.
 * Event objects are reused, so the baseline allocates nothing per hold either. Single-threaded.
 */
final class PriorityQueueHold implements HoldModel {
    private final PriorityQueue<Event> queue;
    private final RandomStream rng = new RandomStream(SEED);
    private long now;
    private long sequence;

    PriorityQueueHold(int pending) {
        queue = new PriorityQueue<>(pending);
        for (int i = 0; i < pending; i++) {
            queue.add(new Event(increment(), sequence++, i));
        }
    }

    @Override
    public void hold(int holds) {
        final PriorityQueue<Event> q = queue;
        long t = now;
        for (int i = 0; i < holds; i++) {
            Event e = q.poll();
            if (e.time < t) {
                throw new IllegalStateException("time went backwards: " + e.time + " after " + t);
            }
            t = e.time;
            e.time = t + increment();
            e.sequence = sequence++;
            q.add(e);
        }
        now = t;
    }

    @Override
    public int pending() {
        return queue.size();
    }

    private long increment() {
        return (long) (MEAN_INCREMENT * rng.nextExponential() + 0.5);
    }

    /** One pending event: its time (microseconds), insertion sequence and payload. */
    private static final class Event implements Comparable<Event> {
        long time;
        long sequence;
        final int payload;

        Event(long time, long sequence, int payload) {
            this.time = time;
            this.sequence = sequence;
            this.payload = payload;
        }

        @Override
        public int compareTo(Event o) {
            int c = Long.compare(time, o.time);
            return c != 0 ? c : Long.compare(sequence, o.sequence);
        }
    }
}
