package org.stormsim.bench;

import org.stormsim.engine.EventQueue;
import org.stormsim.engine.RandomStream;

/** The hold model over stormsim's {@link EventQueue}. Single-threaded. */
final class EventQueueHold implements HoldModel {
    private final EventQueue queue;
    private final RandomStream rng = new RandomStream(SEED);
    private long now;

    EventQueueHold(int pending) {
        queue = new EventQueue(pending);
        for (int i = 0; i < pending; i++) {
            queue.schedule(increment(), i);
        }
    }

    @Override
    public void hold(int holds) {
        final EventQueue q = queue;
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
