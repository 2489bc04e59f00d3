package org.stormsim.bench;

import org.stormsim.engine.EventList;
import org.stormsim.engine.RandomStream;

/**
 * The hold model over one of stormsim's event lists (EventQueue or LadderQueue). JMH runs each
 * benchmark in a fork of its own, so the list's calls see one implementation and inline as if the
 * field had its concrete type. Single-threaded.
 */
final class EventListHold implements HoldModel {
    private final EventList queue;
    private final RandomStream rng = new RandomStream(SEED);
    private long now;

    EventListHold(EventList queue, int pending) {
        this.queue = queue;
        for (int i = 0; i < pending; i++) {
            queue.schedule(increment(), i);
        }
    }

    @Override
    public void hold(int holds) {
        final EventList q = queue;
        long t = now;
        for (int i = 0; i < holds; i++) {
            long next = q.peekTime();
            if (next < t) {
                throw new IllegalStateException("time went backwards: " + next + " after " + t);
            }
            t = next;
            int payload = q.poll();
            q.schedule(t + increment(), payload);
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
}
